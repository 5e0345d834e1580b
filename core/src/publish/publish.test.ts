import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdataTestServer, type UdataTestServer } from '../../../tools/udata-test-server/server.mjs';
import {
  liveDatasets, recordingFetch, recordingSleep, seededRandom, sha1, storedBytes, subventionsCsv,
} from '../../../tools/udata-test-server/testing.mjs';
import { createUdataClient, type UdataClientOptions } from './client';
import { PUBLISH_KEY_EXTRA } from './dataset';
import { publish, type PublishRequest } from './publish';
import { listPublishTargets } from './targets';
import type { FetchLike, PublishProgress } from './types';

let server: UdataTestServer;
let http: ReturnType<typeof recordingFetch>;
let pause: ReturnType<typeof recordingSleep>;

beforeEach(async () => {
  server = await startUdataTestServer();
  http = recordingFetch();
  pause = recordingSleep();
});
afterEach(() => server.close());

function client(options: Partial<UdataClientOptions> = {}) {
  const created = createUdataClient({
    baseUrl: server.url, apiKey: server.apiKey, fetch: http.fetch as FetchLike, sleep: pause.sleep, random: seededRandom(), ...options,
  });
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

const SCHEMA = { name: 'scdl/subventions', version: '2.1.1' };

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  const bytes = overrides.bytes ?? subventionsCsv(2000);
  return {
    bytes,
    fileName: 'Subventions 2024.csv',
    report: { status: 'valid', schema: SCHEMA, source: { bytes: bytes.length } },
    target: { newDataset: { title: 'Subventions de Testville', organizationId: server.ids.organization } },
    ...overrides,
  };
}

async function createDatasetViaApi(body: Record<string, unknown>): Promise<{ id: string }> {
  const response = await fetch(`${server.url}/api/1/datasets/`, {
    method: 'POST',
    headers: { 'X-API-KEY': server.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ description: 'Existant', ...body }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string };
}

describe('publish: the happy path', () => {
  it('creates a private draft, uploads the exact bytes, declares the schema', async () => {
    const progress: PublishProgress[] = [];
    const req = request();
    const result = await publish(client({ onProgress: (p) => progress.push(p) }), req);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const [dataset, ...others] = liveDatasets(server);
    expect(others).toHaveLength(0);
    expect(dataset?.private).toBe(true);
    expect(dataset?.organization).toBe(server.ids.organization);
    expect(dataset?.title).toBe('Subventions de Testville');
    expect(dataset?.description).toContain('scdl/subventions');
    expect(typeof dataset?.extras[PUBLISH_KEY_EXTRA]).toBe('string');
    expect(dataset?.resources).toHaveLength(1);
    const resource = dataset?.resources[0];
    expect(sha1(storedBytes(server, resource) as Buffer)).toBe(sha1(req.bytes));
    expect(resource?.checksum?.value).toBe(sha1(req.bytes));
    expect(resource?.schema).toMatchObject(SCHEMA);
    expect(resource?.type).toBe('main');
    expect(resource?.title).toBe('Subventions 2024.csv');

    expect(result.value).toMatchObject({
      sha1: sha1(req.bytes),
      dataset: { id: dataset?.id, private: true, created: true, recovered: false },
      resource: { id: resource?.id, created: true, unchanged: false, recovered: false },
    });
    expect(result.value.resource.page).toBe(`${server.url}/datasets/${dataset?.slug}/?resource_id=${resource?.id}`);
    expect(result.value.resource.permanentUrl).toBe(`${server.url}/api/1/datasets/r/${resource?.id}`);
    const download = await fetch(result.value.resource.permanentUrl);
    expect(sha1(new Uint8Array(await download.arrayBuffer()))).toBe(sha1(req.bytes));

    expect(progress.map((p) => p.step)).toEqual(['account', 'dataset', 'upload', 'upload', 'verify', 'metadata', 'done']);
    expect(server.state.requests.filter((r) => r.action === 'dataset-update')).toHaveLength(0);
  });

  it('makes the dataset public only when asked, and only once everything else is done', async () => {
    const result = await publish(client(), request({ makePublic: true }));
    expect(result.ok && result.value.dataset.private).toBe(false);
    const [dataset] = liveDatasets(server);
    expect(dataset?.private).toBe(false);
    const actions = server.state.requests.map((r) => r.action);
    expect(actions.indexOf('dataset-update')).toBeGreaterThan(actions.lastIndexOf('resource-update'));
    const create = server.state.requests.find((r) => r.action === 'dataset-create');
    expect(create?.status).toBe(201);
  });

  it('adds a resource to an existing private dataset and leaves it private', async () => {
    const { id } = await createDatasetViaApi({ title: 'Subventions', private: true, organization: server.ids.organization });
    const result = await publish(client(), request({ target: { datasetId: id } }));
    expect(result.ok).toBe(true);
    expect(liveDatasets(server)).toHaveLength(1);
    const dataset = server.state.datasets.find((d) => d.id === id);
    expect(dataset?.private).toBe(true);
    expect(dataset?.resources).toHaveLength(1);
    expect(dataset?.resources[0]?.schema?.name).toBe('scdl/subventions');
  });

  it('leaves a public dataset public and never sends a dataset update without being asked', async () => {
    const { id } = await createDatasetViaApi({ title: 'Public', private: false, organization: server.ids.organization });
    const result = await publish(client(), request({ target: { datasetId: id } }));
    expect(result.ok && result.value.dataset.private).toBe(false);
    expect(server.state.requests.some((r) => r.action === 'dataset-update')).toBe(false);
  });

  it("replaces a resource's file, keeping its id and permanent URL, and restores its title", async () => {
    const first = await publish(client(), request());
    if (!first.ok) throw new Error(first.error.code);
    const oldPath = server.state.datasets[0]?.resources[0]?.fs_filename as string;
    const next = subventionsCsv(3000, 1);
    const second = await publish(client(), request({
      bytes: next,
      report: { status: 'warnings', schema: SCHEMA, source: { bytes: next.length } },
      target: { datasetId: first.value.dataset.id },
      resourceId: first.value.resource.id,
      resource: { title: 'Subventions versées en 2024' },
    }));
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const dataset = server.state.datasets[0];
    expect(dataset?.resources).toHaveLength(1);
    const resource = dataset?.resources[0];
    expect(resource?.id).toBe(first.value.resource.id);
    expect(second.value.resource.permanentUrl).toBe(first.value.resource.permanentUrl);
    expect(sha1(storedBytes(server, resource) as Buffer)).toBe(sha1(next));
    expect(resource?.title).toBe('Subventions versées en 2024');
    expect(resource?.schema).toMatchObject(SCHEMA);
    expect(server.state.files.has(oldPath)).toBe(false);
    expect(second.value.resource).toMatchObject({ created: false, replaced: true, unchanged: false });
    expect(server.state.requests.find((r) => r.action === 'upload-replace')?.status).toBe(200);
  });

  it('sends nothing when the same bytes are already there (re-run), and still sets the metadata', async () => {
    const req = request();
    const first = await publish(client(), req);
    expect(first.ok).toBe(true);
    const uploadsBefore = server.state.requests.filter((r) => r.action === 'upload-new').length;
    const again = await publish(client(), req);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(server.state.requests.filter((r) => r.action === 'upload-new').length).toBe(uploadsBefore);
    expect(liveDatasets(server)).toHaveLength(1);
    expect(liveDatasets(server)[0]?.resources).toHaveLength(1);
    expect(again.value.dataset).toMatchObject({ created: false, recovered: true });
    expect(again.value.resource).toMatchObject({ created: false, unchanged: true });
  });

  it('does not reuse a deleted dataset that carries the same key', async () => {
    const first = await publish(client(), request());
    if (!first.ok) throw new Error(first.error.code);
    await fetch(`${server.url}/api/1/datasets/${first.value.dataset.id}/`, { method: 'DELETE', headers: { 'X-API-KEY': server.apiKey } });
    const second = await publish(client(), request());
    expect(second.ok && second.value.dataset).toMatchObject({ created: true, recovered: false });
    expect(second.ok && second.value.dataset.id).not.toBe(first.value.dataset.id);
    expect(liveDatasets(server)).toHaveLength(1);
  });

  it('accepts a dataset owned by the user rather than an organisation', async () => {
    const result = await publish(client(), request({ target: { newDataset: { title: 'Mes essais' } } }));
    expect(result.ok).toBe(true);
    const [dataset] = liveDatasets(server);
    expect(dataset?.organization).toBeNull();
    expect(dataset?.owner).toBe(server.ids.user);
  });
});

describe('publish: guard rails', () => {
  it('refuses an invalid file without sending anything', async () => {
    const bytes = subventionsCsv();
    const result = await publish(client(), request({ bytes, report: { status: 'invalid', schema: SCHEMA, source: { bytes: bytes.length } } }));
    expect(result).toEqual({ ok: false, error: { code: 'refused-invalid', step: 'check', reportStatus: 'invalid' } });
    expect(http.calls).toHaveLength(0);
    expect(server.state.requests).toHaveLength(0);
  });

  it('publishes an invalid file when the user explicitly forces it', async () => {
    const bytes = subventionsCsv();
    const result = await publish(client(), request({ bytes, force: true, report: { status: 'invalid', schema: SCHEMA } }));
    expect(result.ok && result.value.forced).toBe(true);
    expect(liveDatasets(server)[0]?.resources[0]?.schema?.name).toBe('scdl/subventions');
  });

  it('refuses bytes that are not the validated ones, a file without schema, an empty file', async () => {
    const bytes = subventionsCsv();
    const mismatch = await publish(client(), request({ bytes, report: { status: 'valid', schema: SCHEMA, source: { bytes: bytes.length + 3 } } }));
    expect(!mismatch.ok && mismatch.error).toMatchObject({ code: 'report-mismatch', expected: String(bytes.length + 3), actual: String(bytes.length) });
    const noSchema = await publish(client(), request({ report: { status: 'valid', schema: null } }));
    expect(!noSchema.ok && noSchema.error.code).toBe('missing-schema');
    const empty = await publish(client(), request({ bytes: new Uint8Array(), report: { status: 'valid', schema: SCHEMA } }));
    expect(!empty.ok && empty.error.code).toBe('empty-file');
    expect(server.state.requests).toHaveLength(0);
  });

  it('refuses plain HTTP to anything but loopback, and an empty key', () => {
    const insecure = createUdataClient({ baseUrl: 'http://www.data.gouv.fr', apiKey: 'k', fetch: http.fetch as FetchLike, sleep: pause.sleep });
    expect(!insecure.ok && insecure.error.code).toBe('insecure-url');
    const noKey = createUdataClient({ baseUrl: server.url, apiKey: '  ', fetch: http.fetch as FetchLike, sleep: pause.sleep });
    expect(!noKey.ok && noKey.error.code).toBe('missing-key');
  });

  it('keeps the key in the X-API-KEY header only: never in a URL, a result or an error', async () => {
    const ok = await publish(client(), request());
    const failed = await publish(client(), request({ target: { datasetId: 'nope' } }));
    expect(http.calls.length).toBeGreaterThan(3);
    for (const call of http.calls) {
      expect(call.url).not.toContain(server.apiKey);
      expect(call.headers['X-API-KEY']).toBe(server.apiKey);
      expect(call.redirect).toBe('manual');
    }
    expect(JSON.stringify([ok, failed])).not.toContain(server.apiKey);
    expect(JSON.stringify(server.state.requests)).not.toContain(server.apiKey);
  });

  it('does not follow a redirect with the key', async () => {
    let calls = 0;
    const redirecting: FetchLike = async () => {
      calls += 1;
      return { status: 301, headers: { get: (n: string) => (n.toLowerCase() === 'location' ? 'https://elsewhere.example/' : null) }, text: async () => '' };
    };
    const result = await publish(client({ fetch: redirecting }), request());
    expect(!result.ok && result.error).toMatchObject({ code: 'redirect', status: 301, step: 'account' });
    expect(calls).toBe(1);
  });
});

describe('listPublishTargets', () => {
  it("lists the user's organisations and the datasets they can publish to, deleted ones left out", async () => {
    const kept = await createDatasetViaApi({ title: 'Budget', private: true, organization: server.ids.organization });
    const gone = await createDatasetViaApi({ title: 'Ancien', organization: server.ids.organization });
    const deleted = await fetch(`${server.url}/api/1/datasets/${gone.id}/`, { method: 'DELETE', headers: { 'X-API-KEY': server.apiKey } });
    expect(deleted.status).toBe(204);
    const result = await listPublishTargets(client());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.user.name).toBe('Camille Agent');
    expect(result.value.organizations).toEqual([{ id: server.ids.organization, name: 'Commune de Testville', siret: '21860194600013' }]);
    expect(result.value.datasets.map((d) => d.id)).toEqual([kept.id]);
    expect(result.value.datasets[0]).toMatchObject({ private: true, organization: { id: server.ids.organization } });
  });

  it('reports a revoked token as such', async () => {
    const result = await listPublishTargets(client({ apiKey: server.keys.revoked }));
    expect(!result.ok && result.error).toMatchObject({ code: 'unauthorized', status: 401, tokenProblem: 'revoked' });
  });
});
