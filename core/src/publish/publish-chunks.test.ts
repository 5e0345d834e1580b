// udata's chunked upload protocol: parts with uuid/partindex/partbyteoffset/totalparts/chunksize,
// then a final POST without file that assembles them. Faults must resume at the failed part.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdataTestServer, type UdataTestServer } from '../../../tools/udata-test-server/server.mjs';
import {
  liveDatasets, recordingFetch, recordingSleep, seededRandom, sha1, storedBytes, subventionsCsv,
} from '../../../tools/udata-test-server/testing.mjs';
import { DEFAULT_CHUNK_SIZE, createUdataClient, type UdataClientOptions } from './client';
import { publish, type PublishRequest } from './publish';
import type { FetchLike, PublishProgress } from './types';

const CHUNK = 1024;
const BYTES = subventionsCsv(5 * CHUNK + 300); // 6 parts, the last one short
const PARTS = Math.ceil(BYTES.length / CHUNK);
const SCHEMA = { name: 'scdl/subventions', version: '2.1.1' };

let server: UdataTestServer;

beforeEach(async () => {
  server = await startUdataTestServer();
});
afterEach(() => server.close());

function client(options: Partial<UdataClientOptions> = {}) {
  const created = createUdataClient({
    baseUrl: server.url, apiKey: server.apiKey, fetch: recordingFetch().fetch as FetchLike,
    sleep: recordingSleep().sleep, random: seededRandom(), chunkSize: CHUNK, ...options,
  });
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    bytes: BYTES,
    fileName: 'subventions.csv',
    report: { status: 'valid', schema: SCHEMA, source: { bytes: BYTES.length } },
    target: { newDataset: { title: 'Gros fichier', organizationId: server.ids.organization } },
    ...overrides,
  };
}

/** Parts as the server received them, in order (answered, reset or dropped). */
function partsSent(action = 'upload-new'): Array<number | 'combine' | null> {
  return server.state.requests.filter((r) => r.action === action).map((r) => r.part);
}

function expectStored(bytes = BYTES): void {
  const datasets = liveDatasets(server);
  expect(datasets).toHaveLength(1);
  const [dataset] = datasets;
  expect(dataset?.private).toBe(true);
  expect(dataset?.resources).toHaveLength(1);
  expect(sha1(storedBytes(server, dataset?.resources[0]) as Buffer)).toBe(sha1(bytes));
  expect(dataset?.resources[0]?.schema).toMatchObject(SCHEMA);
  expect(server.state.chunks.size, 'no parts left pending').toBe(0);
}

const all = (n: number) => [...Array(n).keys()];

describe('chunked upload', () => {
  it('sends every part once with consistent offsets and sizes, then assembles', async () => {
    const progress: PublishProgress[] = [];
    const result = await publish(client({ onProgress: (p) => progress.push(p) }), request());
    expect(result.ok).toBe(true);
    expect(PARTS).toBe(6);
    expect(partsSent()).toEqual([...all(PARTS), 'combine']);
    const offsets = server.state.requests.filter((r) => typeof r.part === 'number').map((r) => r.offset);
    expect(offsets).toEqual(all(PARTS).map((i) => i * CHUNK));
    expectStored();
    const uploads = progress.filter((p) => p.step === 'upload');
    expect(uploads.at(-1)).toMatchObject({ sentBytes: BYTES.length, totalBytes: BYTES.length, part: PARTS, totalParts: PARTS });
  });

  it('a reset in the middle of part 3 resends part 3 only', async () => {
    server.inject({ action: 'upload-new', type: 'reset', part: 3 });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    expect(partsSent()).toEqual([0, 1, 2, 3, 3, 4, 5, 'combine']);
    expect(server.state.requests.filter((r) => r.part === 3).map((r) => r.outcome)).toEqual(['reset', 'answered']);
    expectStored();
  });

  it('a reset as the body starts arriving (before the part is even read) resumes there too', async () => {
    // The 3rd upload request is part 2; the server cuts it on its first bytes.
    server.inject({ action: 'upload-new', type: 'reset', skip: 2 });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    const seen = server.state.requests.filter((r) => r.action === 'upload-new');
    expect(seen.map((r) => r.outcome)).toEqual(['answered', 'answered', 'reset', ...Array(PARTS - 2).fill('answered'), 'answered']);
    expect(partsSent().filter((p) => p !== null)).toEqual([...all(PARTS), 'combine']);
    expectStored();
  });

  it('5xx and 423 on a part: that part is retried, earlier parts are not resent', async () => {
    server.inject({ action: 'upload-new', type: 'status', status: 503, part: 2, times: 2 });
    server.inject({ action: 'upload-new', type: 'status', status: 423, part: 4 });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    expect(partsSent()).toEqual([0, 1, 2, 2, 2, 3, 4, 4, 5, 'combine']);
    expectStored();
  });

  it('a lost answer to the assembling POST: found, not assembled again', async () => {
    server.inject({ action: 'upload-new', type: 'drop-response', part: 'combine' });
    const result = await publish(client(), request());
    expect(result.ok && result.value.resource).toMatchObject({ created: true, recovered: true });
    expect(partsSent().filter((p) => p === 'combine')).toHaveLength(1);
    expectStored();
  });

  it('a part that keeps failing stops the upload with what is needed to resume it', async () => {
    server.inject({ action: 'upload-new', type: 'status', status: 502, part: 4, times: 100 });
    const failed = await publish(client({ retry: { attempts: 3 } }), request());
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error).toMatchObject({ code: 'server', step: 'upload', attempts: 3, upload: { partsDone: 4, totalParts: PARTS, chunkSize: CHUNK } });
    expect(liveDatasets(server)[0]?.resources).toHaveLength(0);

    server.clearFaults();
    const other = await publish(client(), request({ bytes: subventionsCsv(BYTES.length, 7).slice(0, BYTES.length), report: { status: 'valid', schema: SCHEMA }, resumeUpload: failed.error.upload }));
    expect(!other.ok && other.error).toMatchObject({ code: 'bad-option', detail: 'resumeUpload' });
    const before = server.state.requests.length;
    const resumed = await publish(client(), request({ resumeUpload: failed.error.upload }));
    expect(resumed.ok).toBe(true);
    const after = server.state.requests.slice(before).filter((r) => r.action === 'upload-new').map((r) => r.part);
    expect(after).toEqual([4, 5, 'combine']);
    expectStored();
  });

  it('replaces a resource file in parts, with a reset, keeping the id', async () => {
    const small = subventionsCsv(500);
    const first = await publish(client(), request({ bytes: small, report: { status: 'valid', schema: SCHEMA } }));
    if (!first.ok) throw new Error(first.error.code);
    server.inject({ action: 'upload-replace', type: 'reset', part: 1 });
    const result = await publish(client(), request({ target: { datasetId: first.value.dataset.id }, resourceId: first.value.resource.id }));
    expect(result.ok).toBe(true);
    expect(partsSent('upload-replace')).toEqual([0, 1, 1, 2, 3, 4, 5, 'combine']);
    expect(liveDatasets(server)[0]?.resources[0]?.id).toBe(first.value.resource.id);
    expectStored();
  });

  it('follows the 20 MB threshold by default: 20 000 000 bytes in one request, one byte more in two parts', async () => {
    const exact = new Uint8Array(DEFAULT_CHUNK_SIZE).fill(0x41);
    exact.set(subventionsCsv(200));
    const big = client({ chunkSize: undefined });
    expect(big.chunkSize).toBe(20_000_000);
    const one = await publish(big, request({ bytes: exact, report: { status: 'valid', schema: SCHEMA } }));
    expect(one.ok).toBe(true);
    expect(partsSent()).toEqual([null]);

    const over = new Uint8Array(DEFAULT_CHUNK_SIZE + 1).fill(0x42);
    over.set(subventionsCsv(200, 1));
    const two = await publish(big, request({ bytes: over, report: { status: 'valid', schema: SCHEMA }, target: { newDataset: { title: 'Encore plus gros' } } }));
    expect(two.ok).toBe(true);
    const parts = server.state.requests.filter((r) => r.action === 'upload-new').slice(1);
    expect(parts.map((r) => r.part)).toEqual([0, 1, 'combine']);
    const dataset = server.state.datasets.find((d) => d.title === 'Encore plus gros');
    expect(sha1(storedBytes(server, dataset?.resources[0]) as Buffer)).toBe(sha1(over));
  });
});
