/** Types shared by the publish client: the host ports (fetch, sleep), errors as data, udata shapes. */

import type { ReportStatus } from '../report/types';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * What the client asks of the host's HTTP stack. Bodies are whole buffers (Apps Script's
 * UrlFetchApp cannot stream; 20 MB parts fit its 50 MB limit).
 */
export interface FetchInit {
  method: HttpMethod;
  headers: Record<string, string>;
  body?: Uint8Array | string;
  /**
   * `manual` on every request that carries the API key: following a redirect would hand the key
   * to whatever host the redirect names. Hosts map it to `redirect: 'manual'` (fetch) or
   * `followRedirects: false` (UrlFetchApp) and return the 3xx as is.
   */
  redirect: 'follow' | 'manual';
}

export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A host's fetch, reduced to what the client uses. It rejects only when no HTTP answer came back. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** Waits between retries; injected so tests run instantly and core needs no timer global. */
export type Sleep = (ms: number) => Promise<void>;

export type PublishErrorCode =
  // Refused before any request
  | 'refused-invalid'
  | 'missing-schema'
  | 'report-mismatch'
  | 'empty-file'
  | 'insecure-url'
  | 'missing-key'
  | 'bad-option'
  // Answers from the portal
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'gone'
  | 'too-large'
  | 'unsupported-type'
  | 'bad-request'
  | 'locked'
  | 'server'
  | 'redirect'
  | 'unexpected-response'
  // No answer
  | 'network'
  // Checks after the portal answered
  | 'checksum-mismatch'
  | 'schema-not-saved'
  | 'catalogue-conflict'
  | 'catalogue-unreadable';

export const PUBLISH_ERROR_CODES: readonly PublishErrorCode[] = [
  'refused-invalid', 'missing-schema', 'report-mismatch', 'empty-file', 'insecure-url', 'missing-key', 'bad-option',
  'unauthorized', 'forbidden', 'not-found', 'gone', 'too-large', 'unsupported-type', 'bad-request', 'locked',
  'server', 'redirect', 'unexpected-response', 'network', 'checksum-mismatch', 'schema-not-saved', 'catalogue-conflict', 'catalogue-unreadable',
];

/** One udata validation message, with the field path flattened (`schema.version`, `resources.0.title`). */
export interface FieldError {
  field: string;
  messages: string[];
}

/** The step a publication was at; progress events and errors both carry it. */
export type PublishStep =
  | 'check'
  | 'account'
  | 'dataset'
  | 'upload'
  | 'verify'
  | 'metadata'
  | 'visibility'
  | 'catalogue'
  | 'done';

/** What the request was about, so messages can say "le jeu de données" rather than "l'objet". */
export type PublishSubject = 'dataset' | 'resource' | 'organization' | 'account' | 'file' | 'catalogue';

export interface ChunkResume {
  uuid: string;
  /** Parts the server already acknowledged, in order from 0. */
  partsDone: number;
  totalParts: number;
  chunkSize: number;
  /** sha1 of the whole file the parts belong to. */
  sha1: string;
}

export interface PublishError {
  code: PublishErrorCode;
  status?: number;
  step?: PublishStep;
  subject?: PublishSubject;
  /** The portal's own message (never rendered alone: messages explain it in the user's language). */
  serverMessage?: string;
  fieldErrors?: FieldError[];
  /** 401 details from udata's `authentify`. */
  tokenProblem?: 'invalid' | 'revoked' | 'expired' | 'inactive' | 'missing';
  /** Requests tried for this step before giving up. */
  attempts?: number;
  /** `X-Sentry-ID` to quote to data.gouv.fr's support. */
  sentryId?: string;
  expected?: string;
  actual?: string;
  /** Validation status that caused `refused-invalid`. */
  reportStatus?: ReportStatus;
  organizationId?: string;
  /** What exists on the portal when the error happened, so the user can find or resume it. */
  datasetId?: string;
  resourceId?: string;
  upload?: ChunkResume;
  /** For `bad-option`/`insecure-url`: the option or URL at fault (never the API key). */
  detail?: string;
  /** The server's `Retry-After`, honoured by the retry loop. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: PublishError };

// --- udata shapes (the fields the client reads) ---

export interface UdataChecksum {
  type: string;
  value: string;
}

export interface UdataSchemaRef {
  name?: string | null;
  version?: string | null;
  url?: string | null;
}

export interface UdataResource {
  id: string;
  title: string;
  description?: string | null;
  filetype?: 'file' | 'remote';
  type?: string;
  format?: string | null;
  url?: string;
  latest?: string;
  checksum?: UdataChecksum | null;
  filesize?: number | null;
  mime?: string | null;
  schema?: UdataSchemaRef | null;
  extras?: Record<string, unknown>;
  created_at?: string;
  last_modified?: string;
}

export interface UdataOrganizationRef {
  id: string;
  name: string;
  slug?: string;
  business_number_id?: string | null;
  page?: string;
}

export interface UdataUserRef {
  id: string;
  first_name?: string;
  last_name?: string;
  slug?: string;
}

export interface UdataDataset {
  id: string;
  slug: string;
  title: string;
  description?: string;
  private?: boolean;
  deleted?: string | null;
  archived?: string | null;
  license?: string | null;
  frequency?: string | null;
  tags?: string[];
  extras?: Record<string, unknown>;
  temporal_coverage?: { start?: string | null; end?: string | null } | null;
  spatial?: { granularity?: string | null; zones?: string[] } | null;
  created_at?: string;
  last_modified?: string;
  last_update?: string;
  organization?: UdataOrganizationRef | null;
  owner?: UdataUserRef | null;
  resources: UdataResource[];
  page?: string;
  uri?: string;
}

export interface UdataMe extends UdataUserRef {
  roles?: string[];
  organizations: UdataOrganizationRef[];
}

/** Progress for hosts to show; `upload` carries byte counts. */
export type PublishProgress =
  | { step: Exclude<PublishStep, 'upload'> }
  | { step: 'upload'; sentBytes: number; totalBytes: number; part?: number; totalParts?: number };
