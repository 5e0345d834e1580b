// How udata's refusals come back: code, status, field errors, and a French message that says what to do.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdataTestServer, type UdataTestServer } from '../../../tools/udata-test-server/server.mjs';
import { liveDatasets, recordingFetch, recordingSleep, seededRandom, subventionsCsv } from '../../../tools/udata-test-server/testing.mjs';
import { createUdataClient, type UdataClientOptions } from './client';
import { formatPublishError } from './messages';
import { publish, type PublishRequest } from './publish';
import type { FetchLike } from './types';

let server: UdataTestServer;

beforeEach(async () => {
  server = await startUdataTestServer({ maxUploadBytes: 64 * 1024 });
});
afterEach(() => server.close());

function client(options: Partial<UdataClientOptions> = {}) {
  const created = createUdataClient({
    baseUrl: server.url, apiKey: server.apiKey, fetch: recordingFetch().fetch as FetchLike,
    sleep: recordingSleep().sleep, random: seededRandom(), ...options,
  });
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

const SCHEMA = { name: 'scdl/subventions', version: '2.1.1' };

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    bytes: subventionsCsv(1000),
    fileName: 'subventions.csv',
    report: { status: 'valid', schema: SCHEMA },
    target: { newDataset: { title: 'Subventions', organizationId: server.ids.organization } },
    ...overrides,
  };
}

async function otherOrgDataset(isPrivate: boolean): Promise<string> {
  const response = await fetch(`${server.url}/api/1/datasets/`, {
    method: 'POST',
    headers: { 'X-API-KEY': server.keys.otherUser, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Chez les autres', description: 'x', private: isPrivate, organization: server.ids.otherOrganization }),
  });
  return ((await response.json()) as { id: string }).id;
}

describe('401: invalid, revoked or expired token', () => {
  it.each([
    ['udata_not_a_token', 'invalid', 'ne reconnaît pas'],
    ['revoked', 'revoked', 'révoquée'],
    ['expired', 'expired', 'expiré'],
    ['inactive', 'inactive', 'désactivé'],
  ] as const)('%s', async (key, problem, french) => {
    const apiKey = key in server.keys ? server.keys[key as keyof typeof server.keys] : key;
    const result = await publish(client({ apiKey }), request());
    expect(!result.ok && result.error).toMatchObject({ code: 'unauthorized', status: 401, tokenProblem: problem, step: 'account', attempts: 1 });
    if (!result.ok) expect(formatPublishError(result.error)).toContain(french);
    expect(server.state.datasets).toHaveLength(0);
  });
});

describe('403: not a member', () => {
  it("refuses to create a dataset in an organisation the user doesn't belong to, before any write", async () => {
    const result = await publish(client(), request({ target: { newDataset: { title: 'X', organizationId: server.ids.otherOrganization } } }));
    expect(!result.ok && result.error).toMatchObject({ code: 'forbidden', subject: 'organization', organizationId: server.ids.otherOrganization });
    expect(server.state.requests.some((r) => r.action === 'dataset-create')).toBe(false);
    if (!result.ok) expect(formatPublishError(result.error)).toContain("n'êtes pas membre");
  });

  it("refuses to publish into another organisation's public dataset", async () => {
    const id = await otherOrgDataset(false);
    const result = await publish(client(), request({ target: { datasetId: id } }));
    expect(!result.ok && result.error).toMatchObject({ code: 'forbidden', subject: 'dataset', datasetId: id });
    expect(server.state.datasets[0]?.resources).toHaveLength(0);
  });

  it("maps the server's own 403 when ownership cannot be checked beforehand", async () => {
    const id = await otherOrgDataset(false);
    const ds = client();
    const form = { body: new Uint8Array(), contentType: 'multipart/form-data; boundary=x' };
    await expect(ds.uploadNew(id, form)).rejects.toMatchObject({ error: { code: 'forbidden', status: 403, serverMessage: 'You do not have the permission to modify that object.' } });
  });
});

describe('404 and 410', () => {
  it('an unknown dataset, and a private one of another organisation, are not found', async () => {
    for (const id of ['64f0a0b0c0d0e0f0ffffffff', await otherOrgDataset(true)]) {
      const result = await publish(client(), request({ target: { datasetId: id } }));
      expect(!result.ok && result.error).toMatchObject({ code: 'not-found', status: 404, subject: 'dataset' });
    }
  });

  it('an unknown resource to replace is not found, and nothing is uploaded', async () => {
    const first = await publish(client(), request());
    if (!first.ok) throw new Error(first.error.code);
    const result = await publish(client(), request({ target: { datasetId: first.value.dataset.id }, resourceId: '00000000-0000-4000-8000-000000000000' }));
    expect(!result.ok && result.error).toMatchObject({ code: 'not-found', subject: 'resource' });
    expect(server.state.requests.some((r) => r.action === 'upload-replace')).toBe(false);
  });

  it('a deleted dataset is gone', async () => {
    const first = await publish(client(), request());
    if (!first.ok) throw new Error(first.error.code);
    await fetch(`${server.url}/api/1/datasets/${first.value.dataset.id}/`, { method: 'DELETE', headers: { 'X-API-KEY': server.apiKey } });
    const result = await publish(client(), request({ target: { datasetId: first.value.dataset.id } }));
    expect(!result.ok && result.error).toMatchObject({ code: 'gone', status: 410 });
    if (!result.ok) expect(formatPublishError(result.error)).toContain('supprimé');
  });
});

describe('400, 413, 415', () => {
  it("shows udata's per-field errors (schema version not in the catalogue) and leaves the dataset private", async () => {
    const result = await publish(client(), request({ report: { status: 'valid', schema: { name: 'scdl/subventions', version: '9.9.9' } } }));
    expect(!result.ok && result.error).toMatchObject({ code: 'bad-request', status: 400, step: 'metadata' });
    if (result.ok) return;
    expect(result.error.fieldErrors).toEqual([{ field: 'schema.version', messages: [expect.stringContaining('"9.9.9" is not an allowed value')] }]);
    expect(formatPublishError(result.error)).toContain('schéma (version) : Version "9.9.9"');
    expect(liveDatasets(server)[0]?.private).toBe(true);
    expect(result.error.resourceId).toBe(liveDatasets(server)[0]?.resources[0]?.id);
  });

  it('a title too long for udata is a field error', async () => {
    const result = await publish(client(), request({ target: { newDataset: { title: 'T'.repeat(351) } } }));
    expect(!result.ok && result.error.fieldErrors).toEqual([{ field: 'title', messages: ['Field cannot be longer than 350 characters.'] }]);
    expect(server.state.datasets).toHaveLength(0);
  });

  it('too large for the server: 413, not retried', async () => {
    const result = await publish(client(), request({ bytes: subventionsCsv(70 * 1024) }));
    expect(!result.ok && result.error).toMatchObject({ code: 'too-large', status: 413, step: 'upload', attempts: 1 });
    expect(liveDatasets(server)[0]?.resources).toHaveLength(0);
  });

  it('an HTML body is refused with 415', async () => {
    const html = new Uint8Array(Buffer.from('<!DOCTYPE html><html><body>Oups</body></html>'));
    const result = await publish(client(), request({ bytes: html }));
    expect(!result.ok && result.error).toMatchObject({ code: 'unsupported-type', status: 415 });
  });
});
