// Each fault, then the server's state: one dataset, one resource, the validated bytes, the schema,
// still private.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdataTestServer, type FaultSpec, type UdataTestServer } from '../../../tools/udata-test-server/server.mjs';
import {
  liveDatasets, recordingFetch, recordingSleep, seededRandom, sha1, storedBytes, subventionsCsv,
} from '../../../tools/udata-test-server/testing.mjs';
import { createUdataClient, type UdataClientOptions } from './client';
import { publish, type PublishRequest } from './publish';
import type { FetchLike } from './types';

let server: UdataTestServer;
let pause: ReturnType<typeof recordingSleep>;

beforeEach(async () => {
  server = await startUdataTestServer();
  pause = recordingSleep();
});
afterEach(() => server.close());

function client(options: Partial<UdataClientOptions> = {}) {
  const created = createUdataClient({
    baseUrl: server.url, apiKey: server.apiKey, fetch: recordingFetch().fetch as FetchLike, sleep: pause.sleep,
    random: seededRandom(), retry: { attempts: 4, baseDelayMs: 500, maxDelayMs: 4000 }, ...options,
  });
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

const SCHEMA = { name: 'scdl/subventions', version: '2.1.1' };
const BYTES = subventionsCsv(4000);

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    bytes: BYTES,
    fileName: 'subventions-2024.csv',
    report: { status: 'valid', schema: SCHEMA, source: { bytes: BYTES.length } },
    target: { newDataset: { title: 'Subventions 2024', organizationId: server.ids.organization } },
    ...overrides,
  };
}

/** The state every fault must leave behind. */
function expectOnePrivatePublication(): void {
  const datasets = liveDatasets(server);
  expect(datasets, 'datasets').toHaveLength(1);
  const [dataset] = datasets;
  expect(dataset?.private, 'private').toBe(true);
  expect(dataset?.resources, 'resources').toHaveLength(1);
  const resource = dataset?.resources[0];
  expect(sha1(storedBytes(server, resource) as Buffer), 'stored sha1').toBe(sha1(BYTES));
  expect(resource?.schema, 'schema').toMatchObject(SCHEMA);
}

const count = (action: string, outcome?: string) =>
  server.state.requests.filter((r) => r.action === action && (!outcome || r.outcome === outcome)).length;

describe('faults while creating the dataset', () => {
  it('retries 5xx with bounded backoff', async () => {
    const fault = server.inject({ action: 'dataset-create', type: 'status', status: 503, times: 2 });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    expect(fault.fired).toBe(2);
    expectOnePrivatePublication();
    expect(pause.delays).toHaveLength(2);
    expect(pause.delays[0]).toBeGreaterThanOrEqual(250);
    expect(pause.delays[0]).toBeLessThanOrEqual(500);
    expect(pause.delays[1]).toBeGreaterThanOrEqual(500);
    expect(pause.delays[1]).toBeLessThanOrEqual(1000);
  });

  it('retries 423 (read-only mode)', async () => {
    server.inject({ action: 'dataset-create', type: 'status', status: 423 });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    expectOnePrivatePublication();
  });

  it('gives up after the attempt budget when 423 lasts, creating nothing', async () => {
    server.inject({ action: 'dataset-create', type: 'status', status: 423, times: 100 });
    const result = await publish(client(), request());
    expect(!result.ok && result.error).toMatchObject({ code: 'locked', status: 423, attempts: 4, step: 'dataset' });
    expect(count('dataset-create')).toBe(4);
    expect(pause.delays).toHaveLength(3);
    expect(Math.max(...pause.delays)).toBeLessThanOrEqual(4000);
    expect(liveDatasets(server)).toHaveLength(0);
  });

  it('after a response lost once the dataset was created, finds it instead of creating a second', async () => {
    const fault = server.inject({ action: 'dataset-create', type: 'drop-response' });
    const result = await publish(client(), request());
    expect(fault.fired).toBe(1);
    expect(result.ok && result.value.dataset).toMatchObject({ created: false, recovered: true });
    expect(count('dataset-create')).toBe(1);
    expectOnePrivatePublication();
  });

  it('after a gateway error sent once the dataset was created, finds it too', async () => {
    server.inject({ action: 'dataset-create', type: 'status', status: 502, after: true });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    expect(count('dataset-create')).toBe(1);
    expectOnePrivatePublication();
  });

  it('when the lookup fails too, looks again rather than creating blindly', async () => {
    server.inject({ action: 'dataset-create', type: 'drop-response' });
    // The lookup before the first create passes; the one after the lost answer fails once.
    server.inject({ action: 'me-org-datasets', type: 'status', status: 503, skip: 1 });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    expect(count('dataset-create')).toBe(1);
    expectOnePrivatePublication();
  });

  it('a second run after a crash continues the same dataset', async () => {
    server.inject({ action: 'upload-new', type: 'status', status: 503, times: 100 });
    const crashed = await publish(client(), request());
    expect(!crashed.ok && crashed.error).toMatchObject({ code: 'server', step: 'upload' });
    expect(!crashed.ok && crashed.error.datasetId).toBe(liveDatasets(server)[0]?.id);
    server.clearFaults();
    const rerun = await publish(client(), request());
    expect(rerun.ok && rerun.value.dataset.recovered).toBe(true);
    expectOnePrivatePublication();
  });
});

describe('faults while uploading a file in one request', () => {
  it.each<[string, FaultSpec]>([
    ['5xx before acting', { action: 'upload-new', type: 'status', status: 500, times: 2 }],
    ['connection reset in the middle of the body', { action: 'upload-new', type: 'reset' }],
    ['response lost after the resource was created', { action: 'upload-new', type: 'drop-response' }],
    ['gateway error after the resource was created', { action: 'upload-new', type: 'status', status: 504, after: true }],
    ['423', { action: 'upload-new', type: 'status', status: 423 }],
  ])('%s: one resource, exact bytes', async (_label, spec) => {
    const fault = server.inject(spec);
    const result = await publish(client(), request());
    expect(fault.fired).toBeGreaterThan(0);
    expect(result.ok).toBe(true);
    expectOnePrivatePublication();
    // A lost answer must not lead to a second upload.
    if (spec.type === 'drop-response' || spec.after) {
      expect(count('upload-new')).toBe(1);
      expect(result.ok && result.value.resource.recovered).toBe(true);
    }
  });

  it('replacing a file: a lost answer does not upload twice, and the id is kept', async () => {
    const first = await publish(client(), request());
    if (!first.ok) throw new Error(first.error.code);
    const next = subventionsCsv(5000, 9);
    server.inject({ action: 'upload-replace', type: 'drop-response' });
    const result = await publish(client(), request({
      bytes: next, report: { status: 'valid', schema: SCHEMA },
      target: { datasetId: first.value.dataset.id }, resourceId: first.value.resource.id,
    }));
    expect(result.ok).toBe(true);
    expect(count('upload-replace')).toBe(1);
    const [dataset] = liveDatasets(server);
    expect(dataset?.resources).toHaveLength(1);
    expect(dataset?.resources[0]?.id).toBe(first.value.resource.id);
    expect(sha1(storedBytes(server, dataset?.resources[0]) as Buffer)).toBe(sha1(next));
    expect(dataset?.resources[0]?.title).toBe('subventions-2024.csv');
  });
});

describe('faults after the upload', () => {
  it('retries the metadata update (idempotent) until the schema is declared', async () => {
    server.inject({ action: 'resource-update', type: 'status', status: 500, times: 2 });
    server.inject({ action: 'resource-update', type: 'drop-response' });
    const result = await publish(client(), request());
    expect(result.ok).toBe(true);
    expectOnePrivatePublication();
  });

  it('a lost answer while making public is retried and the dataset ends public', async () => {
    server.inject({ action: 'dataset-update', type: 'drop-response' });
    const result = await publish(client(), request({ makePublic: true }));
    expect(result.ok && result.value.dataset.private).toBe(false);
    expect(liveDatasets(server)[0]?.private).toBe(false);
    expect(liveDatasets(server)).toHaveLength(1);
  });

  it('a persistent failure leaves the dataset private, and says what exists', async () => {
    server.inject({ action: 'resource-update', type: 'status', status: 503, times: 100 });
    const result = await publish(client(), request({ makePublic: true }));
    expect(!result.ok && result.error).toMatchObject({ code: 'server', step: 'metadata', attempts: 4 });
    const [dataset] = liveDatasets(server);
    expect(dataset?.private).toBe(true);
    expect(!result.ok && result.error.datasetId).toBe(dataset?.id);
    expect(!result.ok && result.error.resourceId).toBe(dataset?.resources[0]?.id);
  });

  it('detects bytes altered on the way and removes the wrong new resource', async () => {
    server.inject({ action: 'upload-new', type: 'corrupt' });
    const result = await publish(client(), request({ makePublic: true }));
    expect(!result.ok && result.error).toMatchObject({ code: 'checksum-mismatch', expected: sha1(BYTES), step: 'verify' });
    expect(!result.ok && result.error.resourceId).toBeUndefined();
    const [dataset] = liveDatasets(server);
    expect(dataset?.resources).toHaveLength(0);
    expect(dataset?.private).toBe(true);
  });
});
