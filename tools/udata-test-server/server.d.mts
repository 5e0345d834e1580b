// Types for server.mjs, so TypeScript tests can import it.

export type FaultType = 'status' | 'reset' | 'drop-response' | 'corrupt';

export interface FaultSpec {
  /** Route name, e.g. 'dataset-create', 'upload-new', 'upload-replace', 'resource-update' (see ACTIONS). */
  action: string;
  type: FaultType;
  /** For 'status': the HTTP status to answer (5xx, 423...). */
  status?: number;
  /** How many times the fault fires (default 1). */
  times?: number;
  /** Matching requests let through before it fires (default 0). */
  skip?: number;
  /** Only this upload part, or the final assembling POST. */
  part?: number | 'combine';
  /** For 'status': act first, then answer with the error (gateway error after the work was done). */
  after?: boolean;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Fault extends FaultSpec {
  seen: number;
  fired: number;
}

export interface StoredResource {
  id: string;
  title: string;
  description: string | null;
  filetype: 'file' | 'remote';
  type: string;
  format: string | null;
  url: string;
  latest: string;
  checksum: { type: string; value: string } | null;
  filesize: number | null;
  mime: string | null;
  schema: { name: string | null; version: string | null; url: string | null } | null;
  extras: Record<string, unknown>;
  created_at: string;
  last_modified: string;
  /** Storage path of the file in `state.files`. */
  fs_filename?: string;
}

export interface StoredDataset {
  id: string;
  slug: string;
  title: string;
  description: string;
  organization: string | null;
  owner: string | null;
  private: boolean;
  deleted: string | null;
  archived: string | null;
  license: string;
  frequency: string;
  tags: string[];
  extras: Record<string, unknown>;
  temporal_coverage: { start?: string; end?: string } | null;
  spatial: { granularity?: string; zones?: string[] } | null;
  created_at: string;
  last_modified: string;
  resources: StoredResource[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  action: string | null;
  part: number | 'combine' | null;
  offset?: number;
  status: number | null;
  result?: number;
  outcome: 'answered' | 'reset' | 'dropped';
  auth: 'none' | 'valid' | 'invalid' | 'revoked' | 'expired' | 'inactive';
}

export interface ServerState {
  baseUrl: string;
  schemaCatalog: Record<string, string[]>;
  maxUploadBytes: number;
  readOnly: boolean;
  users: Array<{ id: string; first_name: string; last_name: string; slug: string; active: boolean; roles: string[] }>;
  tokens: Array<{ token: string; userId: string; revoked: boolean; expiresAt: string | null }>;
  organizations: Array<{ id: string; name: string; slug: string; business_number_id: string; members: string[] }>;
  datasets: StoredDataset[];
  files: Map<string, Buffer>;
  chunks: Map<string, { parts: Map<number, Buffer>; meta: unknown; offsets: Map<number, number> }>;
  requests: RequestLogEntry[];
}

export interface UdataTestServer {
  url: string;
  state: ServerState;
  apiKey: string;
  keys: { valid: string; otherUser: string; revoked: string; expired: string; inactive: string };
  ids: { organization: string; otherOrganization: string; user: string };
  faults: Fault[];
  inject(fault: FaultSpec): Fault;
  clearFaults(): void;
  close(): Promise<void>;
}

export const ACTIONS: string[];

export function startUdataTestServer(options?: {
  port?: number;
  host?: string;
  faults?: FaultSpec[];
  schemaCatalog?: Record<string, string[]>;
  maxUploadBytes?: number;
}): Promise<UdataTestServer>;
