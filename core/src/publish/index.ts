/**
 * Publishing to data.gouv.fr, shared by the CLI, the Sheets add-on, the Excel add-in and the
 * extension. Hosts inject their fetch (see FetchLike) and a sleep; nothing here touches a host API.
 *
 *   const client = createUdataClient({ apiKey, fetch, sleep });
 *   if (client.ok) {
 *     const targets = await listPublishTargets(client.value);
 *     const result = await publish(client.value, { bytes, fileName, report, target: { datasetId } });
 *     if (!result.ok) show(renderPublishError(result.error, 'fr'));
 *   }
 */

export { createUdataClient, DEFAULT_CHUNK_SIZE } from './client';
export type { UdataClient, UdataClientOptions } from './client';
export { publish, checkPublishRequest } from './publish';
export type { PublishRequest, PublishResult, PublishTarget, ValidatedFile } from './publish';
export { listPublishTargets } from './targets';
export type { PublishTargets } from './targets';
export { buildCatalogueRow, CATALOGUE_FIELDS, CATALOGUE_SCHEMA } from './catalogue';
export type { CatalogueContext, CatalogueField, CatalogueRow, CatalogueRowResult, CatalogueLicence, SpatialLevel, UpdateFrequency } from './catalogue';
export { updateCatalogueResource } from './catalogue-step';
export type { CatalogueOptions, CatalogueOutcome } from './catalogue-step';
export { parseCsv, serialiseCsv, upsertCatalogueRow } from './catalogue-csv';
export { renderPublishError, formatPublishError, renderPublishStep } from './messages';
export type { RenderedPublishError } from './messages';
export { resolveBaseUrl, DATA_GOUV_URL, DEMO_DATA_GOUV_URL } from './url';
export { DEFAULT_RETRY } from './retry';
export type { RetryPolicy } from './retry';
export { sha1Hex, createSha1 } from './sha1';
export { PUBLISH_ERROR_CODES } from './types';
export type {
  ChunkResume, FetchInit, FetchLike, FetchResponse, FieldError, PublishError, PublishErrorCode, PublishProgress,
  PublishStep, PublishSubject, Result, Sleep, UdataDataset, UdataResource,
} from './types';
