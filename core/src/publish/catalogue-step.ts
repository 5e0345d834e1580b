/**
 * Opt-in catalogue step: build the row for the published dataset and, when the collectivité keeps
 * its catalogue as a resource on data.gouv.fr, write the row into that file.
 */

import { buildCatalogueRow, CATALOGUE_SCHEMA, type CatalogueContext, type CatalogueField, type CatalogueRow } from './catalogue';
import { parseCsv, serialiseCsv, upsertCatalogueRow } from './catalogue-csv';
import type { UdataClient } from './client';
import { PublishFailure, asPublishError, fail } from './errors';
import { uploadFilename } from './filename';
import { sha1Hex } from './sha1';
import { storedSha1, uploadFile } from './upload';
import { encodeUtf8 } from './utf8';
import type { PublishError, UdataResource } from './types';

export interface CatalogueOptions {
  context: CatalogueContext;
  /** The catalogue resource to update; without it, only the row is produced. */
  resource?: { datasetId: string; resourceId: string };
}

export interface CatalogueOutcome {
  row: CatalogueRow;
  missing: CatalogueField[];
  /** The catalogue file now holds the row. */
  updated: boolean;
  /** The row replaced an existing one (same ID or URL) rather than being appended. */
  replacedRow?: boolean;
  /** Publishing succeeded even if the catalogue could not be updated: this says why. */
  error?: PublishError;
}

export async function catalogueStep(client: UdataClient, datasetId: string, options: CatalogueOptions): Promise<CatalogueOutcome> {
  const dataset = await client.retry({ act: () => client.getDataset(datasetId) });
  const { row, missing } = buildCatalogueRow(dataset, options.context);
  if (!options.resource) return { row, missing, updated: false };
  try {
    const replacedRow = await updateCatalogueResource(client, options.resource, row);
    return { row, missing, updated: true, replacedRow };
  } catch (thrown) {
    return { row, missing, updated: false, error: { ...asPublishError(thrown), step: 'catalogue' } };
  }
}

async function catalogueResource(client: UdataClient, target: { datasetId: string; resourceId: string }): Promise<UdataResource> {
  const dataset = await client.retry({ act: () => client.getDataset(target.datasetId) });
  const resource = dataset.resources.find((r) => r.id === target.resourceId);
  if (!resource) return fail('not-found', { status: 404, subject: 'catalogue', datasetId: target.datasetId, resourceId: target.resourceId });
  return resource;
}

/**
 * Read-modify-write of the catalogue file. The stored sha1 is read again just before writing: if
 * someone else changed the file meanwhile, start over from their version (twice at most).
 */
export async function updateCatalogueResource(
  client: UdataClient,
  target: { datasetId: string; resourceId: string },
  row: CatalogueRow,
): Promise<boolean> {
  for (let round = 0; round < 2; round += 1) {
    const resource = await catalogueResource(client, target);
    const before = storedSha1(resource);
    if (!resource.url) fail('catalogue-unreadable', { subject: 'catalogue', resourceId: resource.id });
    const text = await client.retry({ act: () => client.download(resource.url as string) });
    // fetch decodes as UTF-8: a replacement character means another encoding we would corrupt.
    if (text.includes('\uFFFD')) fail('catalogue-unreadable', { subject: 'catalogue', resourceId: resource.id, detail: 'encoding' });
    const table = parseCsv(text);
    if (!table.header.includes('ID')) fail('catalogue-unreadable', { subject: 'catalogue', resourceId: resource.id, detail: 'ID' });
    const { table: next, replaced } = upsertCatalogueRow(table, row);
    const bytes = encodeUtf8(serialiseCsv(next));
    const sha1 = sha1Hex(bytes);
    if (sha1 === before) return replaced;

    const current = await catalogueResource(client, target);
    if (storedSha1(current) !== before) continue;

    // The catalogue is a side step: its upload does not report as the file's progress.
    const upload = await uploadFile({ ...client, progress: () => undefined }, {
      datasetId: target.datasetId,
      resourceId: target.resourceId,
      bytes,
      sha1,
      filename: uploadFilename(resource.title || 'catalogue.csv'),
    });
    if (storedSha1(upload.resource) !== sha1) {
      fail('checksum-mismatch', { subject: 'catalogue', expected: sha1, actual: storedSha1(upload.resource) ?? 'absent', resourceId: target.resourceId });
    }
    // The upload renamed the resource after the file: put its own metadata back.
    await client.retry({
      act: () => client.updateResource(target.datasetId, target.resourceId, {
        title: resource.title,
        description: resource.description ?? '',
        type: resource.type ?? 'main',
        schema: resource.schema?.name
          ? { name: resource.schema.name, ...(resource.schema.version ? { version: resource.schema.version } : {}) }
          : { name: CATALOGUE_SCHEMA.name, version: CATALOGUE_SCHEMA.version },
      }),
    });
    return replaced;
  }
  throw new PublishFailure({ code: 'catalogue-conflict', subject: 'catalogue', resourceId: target.resourceId });
}
