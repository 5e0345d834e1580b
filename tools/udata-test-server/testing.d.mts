import type { StoredResource, StoredDataset, UdataTestServer } from './server.mjs';

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  redirect: 'follow' | 'manual';
}

export function recordingFetch(): {
  fetch: (url: string, init: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; headers: Record<string, string>; body?: Uint8Array | string; redirect: 'follow' | 'manual' }) => Promise<Response>;
  calls: RecordedCall[];
};
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] };
export function seededRandom(seed?: number): () => number;
export function sha1(data: Uint8Array): string;
export function subventionsCsv(minBytes?: number, seed?: number): Uint8Array;
export function storedBytes(server: UdataTestServer, resource: StoredResource | undefined): Buffer | undefined;
export function liveDatasets(server: UdataTestServer): StoredDataset[];
