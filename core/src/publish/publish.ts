/**
 * Publishing a validated file to data.gouv.fr, the sequence data.gouv.fr's own front-end follows:
 * private draft → file upload → resource metadata (title, type, schema) → public on request.
 */

import type { UdataClient } from './client';
import { catalogueStep, type CatalogueOptions, type CatalogueOutcome } from './catalogue-step';
import { PublishFailure, asPublishError, fail } from './errors';
import {
  createPrivateDataset, defaultPublishKey, existingDataset, keepPrivate, makePublic, type NewDatasetInput,
} from './dataset';
import { uploadFilename } from './filename';
import { sha1Hex } from './sha1';
import { storedSha1, uploadFile } from './upload';
import type {
  ChunkResume, PublishError, PublishStep, Result, UdataDataset, UdataResource,
} from './types';
import type { ReportStatus } from '../report/types';

/** What validation said about the bytes; a full `Report` fits. */
export interface ValidatedFile {
  status: ReportStatus;
  schema: { name: string; version?: string } | null;
  source?: { bytes?: number };
}

export type PublishTarget =
  | { datasetId: string }
  | { newDataset: { title: string; description?: string; organizationId?: string; license?: string; frequency?: string; tags?: string[] } };

export interface PublishRequest {
  /** Exactly the bytes that were validated (after the chosen fixes). */
  bytes: Uint8Array;
  /** The user's file name; the default resource title. */
  fileName: string;
  report: ValidatedFile;
  /** Publish even when the report is `invalid`: the user's explicit choice. */
  force?: boolean;
  target: PublishTarget;
  /** Replace this resource's file (its id and permanent URL are kept). */
  resourceId?: string;
  resource?: { title?: string; description?: string };
  /** Make the dataset public at the end. Otherwise a private dataset stays private. */
  makePublic?: boolean;
  /** Identifies a new dataset across retries and runs; derived from organisation + title when absent. */
  idempotencyKey?: string;
  /** Continue an interrupted chunked upload (`error.upload` of a previous attempt). */
  resumeUpload?: ChunkResume;
  /** Opt-in: produce the catalogue row, and update the catalogue resource when given. */
  catalogue?: CatalogueOptions;
}

export interface PublishResult {
  sha1: string;
  bytes: number;
  schema: { name: string; version?: string };
  reportStatus: ReportStatus;
  forced: boolean;
  dataset: {
    id: string;
    slug: string;
    title: string;
    page: string;
    private: boolean;
    created: boolean;
    /** Created by an earlier attempt whose answer was lost, found by its key. */
    recovered: boolean;
  };
  resource: {
    id: string;
    title: string;
    /** The dataset page opened on this resource. */
    page: string;
    /** `/api/1/datasets/r/{id}`: always the current file, stable across replacements. */
    permanentUrl: string;
    fileUrl?: string;
    created: boolean;
    replaced: boolean;
    /** The same bytes were already there; nothing was sent. */
    unchanged: boolean;
    recovered: boolean;
  };
  catalogue?: CatalogueOutcome;
}

/** Checks that need no network: validation status, schema, the bytes' size. */
export function checkPublishRequest(request: PublishRequest): PublishError | null {
  if (request.bytes.length === 0) return { code: 'empty-file', step: 'check' };
  if (request.report.status === 'invalid' && request.force !== true) {
    return { code: 'refused-invalid', step: 'check', reportStatus: 'invalid' };
  }
  if (!request.report.schema?.name) return { code: 'missing-schema', step: 'check' };
  const validated = request.report.source?.bytes;
  if (validated !== undefined && validated !== request.bytes.length) {
    return { code: 'report-mismatch', step: 'check', expected: String(validated), actual: String(request.bytes.length) };
  }
  if ('newDataset' in request.target && request.target.newDataset.title.trim() === '') {
    return { code: 'bad-option', step: 'check', detail: 'title' };
  }
  if ('datasetId' in request.target && request.target.datasetId.trim() === '') {
    return { code: 'bad-option', step: 'check', detail: 'dataset' };
  }
  return null;
}

function schemaLabel(schema: { name: string; version?: string }): string {
  return schema.version ? `${schema.name} (version ${schema.version})` : schema.name;
}

export function resourcePage(client: UdataClient, dataset: UdataDataset, resourceId: string): string {
  const page = dataset.page ?? `${client.baseUrl}/datasets/${dataset.slug}/`;
  return `${page}${page.includes('?') ? '&' : '?'}resource_id=${encodeURIComponent(resourceId)}`;
}

/**
 * Publishes; never throws. On failure the error says which step failed and what already exists
 * (dataset id, resource id, upload to resume).
 */
export async function publish(client: UdataClient, request: PublishRequest): Promise<Result<PublishResult>> {
  const refused = checkPublishRequest(request);
  if (refused) return { ok: false, error: refused };
  let step: PublishStep = 'check';
  const known: { datasetId?: string; resourceId?: string } = { resourceId: request.resourceId };
  const enter = (next: PublishStep) => {
    step = next;
    // The upload step reports itself, with byte counts.
    if (next !== 'upload') client.progress({ step: next });
  };
  try {
    const schema = request.report.schema as { name: string; version?: string };
    const sha1 = sha1Hex(request.bytes);

    enter('account');
    const me = await client.retry({ act: () => client.me() });

    enter('dataset');
    let dataset: UdataDataset;
    let created = false;
    let recovered = false;
    if ('datasetId' in request.target) {
      dataset = await existingDataset(client, me, request.target.datasetId.trim());
    } else {
      const wanted = request.target.newDataset;
      const input: NewDatasetInput = {
        ...wanted,
        title: wanted.title.trim(),
        description: wanted.description?.trim() || `Données publiées au format du schéma ${schemaLabel(schema)}.`,
      };
      const key = request.idempotencyKey ?? defaultPublishKey(input.title, input.organizationId);
      const outcome = await createPrivateDataset(client, me, input, key);
      dataset = outcome.dataset;
      created = !outcome.recovered;
      recovered = outcome.recovered;
      if (!dataset.private && !request.makePublic && created) dataset = await keepPrivate(client, dataset.id);
    }
    known.datasetId = dataset.id;

    enter('upload');
    const upload = await uploadFile(client, {
      datasetId: dataset.id,
      resourceId: request.resourceId,
      bytes: request.bytes,
      sha1,
      filename: uploadFilename(request.fileName),
      resume: request.resumeUpload,
    });

    enter('verify');
    await verifyStored(client, dataset.id, upload.resource, sha1, request.bytes.length, upload.created && !upload.unchanged);
    known.resourceId = upload.resource.id;

    enter('metadata');
    // Replacing a file resets the title to the file name: metadata always goes after the upload.
    const resource = await client.retry({
      act: () => client.updateResource(dataset.id, upload.resource.id, {
        title: request.resource?.title?.trim() || request.fileName,
        description: request.resource?.description?.trim() || `Fichier publié au format du schéma ${schemaLabel(schema)}.`,
        type: 'main',
        schema: schema.version ? { name: schema.name, version: schema.version } : { name: schema.name },
      }),
    });
    if (resource.schema?.name !== schema.name || (schema.version && resource.schema?.version !== schema.version)) {
      fail('schema-not-saved', { subject: 'resource', expected: schemaLabel(schema) });
    }

    if (request.makePublic && dataset.private) {
      enter('visibility');
      dataset = await makePublic(client, dataset.id);
    }

    let catalogue: CatalogueOutcome | undefined;
    if (request.catalogue) {
      enter('catalogue');
      catalogue = await catalogueStep(client, dataset.id, request.catalogue);
    }

    enter('done');
    return {
      ok: true,
      value: {
        sha1,
        bytes: request.bytes.length,
        schema: { name: schema.name, ...(schema.version ? { version: schema.version } : {}) },
        reportStatus: request.report.status,
        forced: request.report.status === 'invalid',
        dataset: {
          id: dataset.id,
          slug: dataset.slug,
          title: dataset.title,
          page: dataset.page ?? `${client.baseUrl}/datasets/${dataset.slug}/`,
          private: dataset.private === true,
          created,
          recovered,
        },
        resource: {
          id: resource.id,
          title: resource.title,
          page: resourcePage(client, dataset, resource.id),
          permanentUrl: resource.latest ?? upload.resource.latest ?? `${client.baseUrl}/api/1/datasets/r/${resource.id}`,
          fileUrl: resource.url ?? upload.resource.url,
          created: upload.created,
          replaced: request.resourceId !== undefined && !upload.unchanged,
          unchanged: upload.unchanged,
          recovered: upload.recovered,
        },
        ...(catalogue ? { catalogue } : {}),
      },
    };
  } catch (thrown) {
    const error = asPublishError(thrown);
    return {
      ok: false,
      error: {
        ...error,
        step: error.step ?? step,
        ...(error.datasetId ?? known.datasetId ? { datasetId: error.datasetId ?? known.datasetId } : {}),
        ...(error.resourceId ?? known.resourceId ? { resourceId: error.resourceId ?? known.resourceId } : {}),
      },
    };
  }
}

/**
 * The server's sha1 must be the local one. A new resource holding other bytes is removed (best
 * effort) so a wrong file is not left in the dataset; a replaced file cannot be rolled back.
 */
async function verifyStored(client: UdataClient, datasetId: string, resource: UdataResource, sha1: string, size: number, removable: boolean): Promise<void> {
  const actual = storedSha1(resource);
  const sizeOk = resource.filesize === undefined || resource.filesize === null || resource.filesize === size;
  if (actual === sha1 && sizeOk) return;
  let resourceId: string | undefined = resource.id;
  if (removable) {
    try {
      await client.retry({ act: () => client.deleteResource(datasetId, resource.id) });
      resourceId = undefined;
    } catch (thrown) {
      if (!(thrown instanceof PublishFailure)) throw thrown;
    }
  }
  fail('checksum-mismatch', { subject: 'file', expected: sha1, actual: actual ?? 'absent', datasetId, ...(resourceId ? { resourceId } : {}) });
}
