/**
 * The data.gouv.fr (udata API v1) client: one method per endpoint the publication uses, each a
 * single request. Retries are decided by the steps, which know what is safe to repeat.
 */

import { apiCall, downloadText, segment, type Transport } from './http';
import type { MultipartBody } from './multipart';
import { DEFAULT_RETRY, runWithRetry, type Operation, type RetryContext, type RetryPolicy } from './retry';
import { resolveBaseUrl } from './url';
import type {
  FetchLike, PublishError, PublishProgress, Result, Sleep, UdataDataset, UdataMe, UdataResource,
} from './types';

/** data.gouv.fr's front-end uploads in 20 MB parts (cdata `resourceFileUploadChunk`). */
export const DEFAULT_CHUNK_SIZE = 20 * 1000 * 1000;

export interface UdataClientOptions {
  /** `https://www.data.gouv.fr` when absent; `demo` for https://demo.data.gouv.fr; HTTPS only, except loopback. */
  baseUrl?: string;
  /** udata API token, sent in `X-API-KEY` only. */
  apiKey: string;
  fetch: FetchLike;
  sleep: Sleep;
  /** Defaults to Math.random; used for backoff jitter, multipart boundaries and upload ids. */
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Files larger than this go in parts of this size (udata's chunked protocol). */
  chunkSize?: number;
  onProgress?: (progress: PublishProgress) => void;
  /** Called before each retry, e.g. to log "nouvel essai dans 2 s". Never receives the key. */
  onRetry?: (error: PublishError, attempt: number, delayMs: number) => void;
}

export interface UdataClient {
  readonly baseUrl: string;
  readonly chunkSize: number;
  readonly random: () => number;
  progress(progress: PublishProgress): void;
  /** Runs an operation under the client's retry policy (see runWithRetry). */
  retry<T>(operation: Operation<T>): Promise<T>;

  me(): Promise<UdataMe>;
  /** Datasets of the user and of their organisations, deleted ones included (udata lists them). */
  orgDatasets(query?: string): Promise<UdataDataset[]>;
  getDataset(datasetId: string): Promise<UdataDataset>;
  createDataset(body: Record<string, unknown>): Promise<UdataDataset>;
  /** Beware: udata makes the dataset public unless `private: true` is in the body. */
  updateDataset(datasetId: string, body: Record<string, unknown>): Promise<UdataDataset>;
  /** New resource (201), or the answer to one part of a chunked upload. */
  uploadNew(datasetId: string, form: MultipartBody): Promise<UdataResource & { success?: boolean }>;
  /** Replaces the file of a resource, keeping its id (200). */
  uploadReplace(datasetId: string, resourceId: string, form: MultipartBody): Promise<UdataResource & { success?: boolean }>;
  updateResource(datasetId: string, resourceId: string, body: Record<string, unknown>): Promise<UdataResource>;
  deleteResource(datasetId: string, resourceId: string): Promise<void>;
  /** Downloads a published file without the key (it may live on another host). */
  download(url: string): Promise<string>;
}

export function createUdataClient(options: UdataClientOptions): Result<UdataClient> {
  const base = resolveBaseUrl(options.baseUrl);
  if (!base.ok) return base;
  const apiKey = options.apiKey.trim();
  if (apiKey === '') return { ok: false, error: { code: 'missing-key', tokenProblem: 'missing' } };
  // A header value with a line break could smuggle headers; no real token contains one.
  if (/[\r\n]/.test(apiKey)) return { ok: false, error: { code: 'unauthorized', tokenProblem: 'invalid' } };
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!(Number.isInteger(chunkSize) && chunkSize > 0)) return { ok: false, error: { code: 'bad-option', detail: 'chunkSize' } };

  const transport: Transport = { baseUrl: base.value, apiKey, fetch: options.fetch };
  const random = options.random ?? Math.random;
  const retryContext: RetryContext = {
    policy: { ...DEFAULT_RETRY, ...options.retry },
    sleep: options.sleep,
    random,
    onRetry: options.onRetry,
  };
  const ds = (id: string) => `/datasets/${segment(id)}/`;
  const res = (id: string, rid: string) => `/datasets/${segment(id)}/resources/${segment(rid)}/`;

  const client: UdataClient = {
    baseUrl: base.value,
    chunkSize,
    random,
    progress: (p) => options.onProgress?.(p),
    retry: (operation) => runWithRetry(operation, retryContext),

    me: () => apiCall<UdataMe>(transport, { method: 'GET', path: '/me/', subject: 'account' }),
    orgDatasets: (query) => apiCall<UdataDataset[]>(transport, {
      method: 'GET', path: '/me/org_datasets/', query: query ? { q: query } : undefined, subject: 'dataset',
    }),
    getDataset: (id) => apiCall<UdataDataset>(transport, { method: 'GET', path: ds(id), subject: 'dataset' }),
    createDataset: (body) => apiCall<UdataDataset>(transport, { method: 'POST', path: '/datasets/', json: body, subject: 'dataset' }),
    updateDataset: (id, body) => apiCall<UdataDataset>(transport, { method: 'PUT', path: ds(id), json: body, subject: 'dataset' }),
    uploadNew: (id, form) => apiCall(transport, { method: 'POST', path: `${ds(id)}upload/`, form, subject: 'file' }),
    uploadReplace: (id, rid, form) => apiCall(transport, { method: 'POST', path: `${res(id, rid)}upload/`, form, subject: 'file' }),
    updateResource: (id, rid, body) => apiCall<UdataResource>(transport, { method: 'PUT', path: res(id, rid), json: body, subject: 'resource' }),
    deleteResource: async (id, rid) => {
      await apiCall<unknown>(transport, { method: 'DELETE', path: res(id, rid), subject: 'resource' });
    },
    download: (url) => downloadText(transport, url, 'catalogue'),
  };
  return { ok: true, value: client };
}
