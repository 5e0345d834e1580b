// The fake must behave like udata where clients trip up; these tests pin those behaviours.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdataTestServer, type UdataTestServer } from './server.mjs';
import { sha1 } from './testing.mjs';

let server: UdataTestServer;
beforeEach(async () => {
  server = await startUdataTestServer();
});
afterEach(() => server.close());

async function api(method: string, path: string, options: { key?: string | null; json?: unknown; form?: FormData; body?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? server.apiKey : options.key;
  if (key) headers['X-API-KEY'] = key;
  let body: BodyInit | undefined = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (options.form) body = options.form;
  const response = await fetch(`${server.url}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  // Tests read whatever JSON udata answers; typing each shape would add nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let data: any;
  try { data = JSON.parse(text); } catch { data = text; }
  return { status: response.status, data, headers: response.headers };
}

function fileForm(content: string, filename = 'data.csv', fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (content !== '') form.append('file', new Blob([content], { type: 'text/csv' }), filename);
  return form;
}

async function dataset(fields: Record<string, unknown> = {}, key = server.apiKey) {
  const res = await api('POST', '/api/1/datasets/', { key, json: { title: 'Jeu', description: 'Desc', organization: server.ids.organization, ...fields } });
  expect(res.status).toBe(201);
  return res.data as { id: string; slug: string; private: boolean };
}

describe('auth', () => {
  it('needs X-API-KEY to write, and refuses a bad token even on a public GET', async () => {
    expect((await api('POST', '/api/1/datasets/', { key: null, json: { title: 't', description: 'd' } })).status).toBe(401);
    expect(await api('GET', '/api/1/datasets/extensions/', { key: 'udata_nope' })).toMatchObject({ status: 401, data: { message: 'Invalid API token' } });
    expect((await api('GET', '/api/1/datasets/extensions/', { key: null })).status).toBe(200);
    expect((await api('GET', '/api/1/me/', { key: server.keys.revoked })).data).toEqual({ message: 'Revoked API token' });
    expect((await api('GET', '/api/1/me/', { key: server.keys.expired })).data).toEqual({ message: 'Expired API token' });
    expect((await api('GET', '/api/1/me/', { key: server.keys.inactive })).data).toEqual({ message: 'Inactive user' });
  });

  it('answers 308 when the trailing slash is missing', async () => {
    const res = await api('GET', '/api/1/me');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/api/1/me/');
  });

  it('logs requests without the key', async () => {
    await api('GET', '/api/1/me/');
    expect(JSON.stringify(server.state.requests)).not.toContain(server.apiKey);
    expect(server.state.requests[0]).toMatchObject({ action: 'me', auth: 'valid', status: 200 });
  });
});

describe('datasets', () => {
  it('a PUT without private: true publishes the dataset (udata pitfall)', async () => {
    const ds = await dataset({ private: true });
    expect(ds.private).toBe(true);
    expect((await api('PUT', `/api/1/datasets/${ds.id}/`, { json: { title: 'Nouveau titre' } })).data.private).toBe(false);
    expect((await api('PUT', `/api/1/datasets/${ds.id}/`, { json: { private: true } })).data).toMatchObject({ private: true, title: 'Nouveau titre' });
  });

  it('private is 404 for non-members, deleted is 410, editing as non-member is 403, creating in their org is 400', async () => {
    const mine = await dataset({ private: true });
    expect((await api('GET', `/api/1/datasets/${mine.id}/`, { key: server.keys.otherUser })).status).toBe(404);
    expect((await api('PUT', `/api/1/datasets/${mine.id}/`, { key: server.keys.otherUser, json: { private: true } })).status).toBe(403);
    const other = await api('POST', '/api/1/datasets/', { json: { title: 't', description: 'd', organization: server.ids.otherOrganization } });
    expect(other).toMatchObject({ status: 400, data: { errors: { organization: ['Permission denied for this organization'] } } });
    expect((await api('DELETE', `/api/1/datasets/${mine.id}/`)).status).toBe(204);
    expect((await api('GET', `/api/1/datasets/${mine.id}/`)).status).toBe(410);
    const listed = await api('GET', '/api/1/me/org_datasets/');
    expect(listed.data.map((d: { id: string; deleted: string | null }) => [d.id, Boolean(d.deleted)])).toEqual([[mine.id, true]]);
  });

  it('validates the form and expects JSON', async () => {
    expect((await api('POST', '/api/1/datasets/', { json: { description: 'd' } })).data.errors).toEqual({ title: ['This field is required.'] });
    expect((await api('POST', '/api/1/datasets/', { body: 'title=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).data)
      .toEqual({ errors: { 'Content-Type': 'expecting application/json' } });
    expect((await api('POST', '/api/1/datasets/', { json: { title: 't', description: 'd', license: 'wtfpl' } })).data.errors).toEqual({ license: ['Not a valid choice'] });
  });

  it('read-only mode answers 423 on creation', async () => {
    server.state.readOnly = true;
    expect((await api('POST', '/api/1/datasets/', { json: { title: 't', description: 'd' } })).status).toBe(423);
  });
});

describe('uploads', () => {
  it('creates (201, prepended, normalised title, sha1) and replaces (200, id kept, old file gone)', async () => {
    const ds = await dataset();
    const first = await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('a,b\n1,2\n', 'Données (v2).csv') });
    expect(first.status).toBe(201);
    expect(first.data).toMatchObject({ title: 'donnees-v2-.csv', format: 'csv', mime: 'text/csv', filesize: 8, checksum: { type: 'sha1', value: sha1(Buffer.from('a,b\n1,2\n')) }, success: true });
    const second = await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('x\n', 'b.csv') });
    const stored = server.state.datasets[0]?.resources.map((r) => r.id);
    expect(stored).toEqual([second.data.id, first.data.id]);
    const oldPath = server.state.datasets[0]?.resources[1]?.fs_filename as string;
    const replaced = await api('POST', `/api/1/datasets/${ds.id}/resources/${first.data.id}/upload/`, { form: fileForm('c\n', 'c.csv') });
    expect(replaced).toMatchObject({ status: 200, data: { id: first.data.id, title: 'c.csv' } });
    expect(server.state.files.has(oldPath)).toBe(false);
  });

  it('refuses a missing file, a forbidden extension, HTML, and an upload by a non-member', async () => {
    const ds = await dataset();
    expect(await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('') })).toMatchObject({ status: 400, data: { success: false, error: 'Missing file parameter' } });
    expect((await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('x', 'a.exe') })).data.message).toMatch(/^This file type is not allowed/);
    expect((await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('<!DOCTYPE html><p>', 'a.csv') })).status).toBe(415);
    expect((await api('POST', `/api/1/datasets/${ds.id}/upload/`, { key: server.keys.otherUser, form: fileForm('x') })).status).toBe(403);
  });

  it('answers 413 above the size limit', async () => {
    await server.close();
    server = await startUdataTestServer({ maxUploadBytes: 100 });
    const ds = await dataset();
    const res = await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('x'.repeat(500)) });
    expect(res.status).toBe(413);
    expect(String(res.data)).toContain('413 Request Entity Too Large');
  });

  it('follows the chunk protocol: size check, parts by uuid, combine without file, totalparts 1 is not chunked', async () => {
    const ds = await dataset();
    const url = `/api/1/datasets/${ds.id}/upload/`;
    const part = (i: number, content: string, size = content.length) => api('POST', url, {
      form: fileForm(content, 'big.csv', { uuid: 'u-1', filename: 'big.csv', partindex: String(i), partbyteoffset: String(i * 4), totalparts: '3', chunksize: String(size) }),
    });
    expect((await part(0, 'abcd', 5)).data).toEqual({ success: false, error: 'Chunk size mismatch' });
    expect(await part(0, 'abcd')).toMatchObject({ status: 200, data: { success: true } });
    expect(await part(2, 'ij')).toMatchObject({ status: 200, data: { success: true } });
    const combine = () => api('POST', url, { form: fileForm('', 'big.csv', { uuid: 'u-1', filename: 'big.csv', totalparts: '3' }) });
    expect((await combine()).status).toBe(500);
    expect((await part(1, 'efgh')).status).toBe(200);
    expect(server.state.datasets[0]?.resources).toHaveLength(0);
    const done = await combine();
    expect(done).toMatchObject({ status: 201, data: { filesize: 10, checksum: { value: sha1(Buffer.from('abcdefghij')) } } });
    expect(server.state.chunks.size).toBe(0);
    expect((await combine()).status).toBe(500);
    const single = await api('POST', url, { form: fileForm('one', 'one.csv', { uuid: 'u-2', totalparts: '1', chunksize: '3', partindex: '0' }) });
    expect(single.status).toBe(201);
    expect((await api('POST', url, { form: fileForm('x', 'a.csv', { partindex: 'deux' }) })).data.errors).toHaveProperty('partindex');
  });
});

describe('resources', () => {
  it('checks the schema against the catalogue, ignores protected fields, keeps the title when absent, removes the schema with null', async () => {
    const ds = await dataset();
    const up = await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('a\n') });
    const path = `/api/1/datasets/${ds.id}/resources/${up.data.id}/`;
    expect((await api('PUT', path, { json: { schema: { name: 'scdl/inconnu' } } })).data.errors.schema.name[0]).toMatch(/is not an allowed value/);
    expect((await api('PUT', path, { json: { schema: { name: 'scdl/subventions', version: '1.0' } } })).data.errors.schema.version[0]).toMatch(/Allowed versions: .*latest/);
    const ok = await api('PUT', path, { json: { title: 'Titre', type: 'main', schema: { name: 'scdl/subventions', version: '2.1.1' }, checksum: { type: 'sha1', value: 'forged' }, url: 'https://evil' } });
    expect(ok.data).toMatchObject({ title: 'Titre', schema: { name: 'scdl/subventions', version: '2.1.1' }, checksum: { value: sha1(Buffer.from('a\n')) } });
    expect(ok.data.url).toContain(server.url);
    expect((await api('PUT', path, { json: { description: 'd' } })).data.title).toBe('Titre');
    expect((await api('PUT', path, { json: { filetype: 'remote' } })).data).toEqual({ message: 'Cannot modify filetype after creation' });
    expect((await api('PUT', path, { json: { schema: null } })).data.schema).toBeNull();
    expect((await api('POST', `/api/1/datasets/${ds.id}/resources/`, { json: { title: 't', filetype: 'file' } })).data).toBe('This endpoint only supports remote resources');
  });

  it('serves the permanent URL as a redirect to the current file', async () => {
    const ds = await dataset();
    const up = await api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('v1\n') });
    await api('POST', `/api/1/datasets/${ds.id}/resources/${up.data.id}/upload/`, { form: fileForm('v2\n') });
    const file = await fetch(`${server.url}/api/1/datasets/r/${up.data.id}`);
    expect(await file.text()).toBe('v2\n');
  });
});

describe('fault injection', () => {
  it('status N times with skip, then normal again', async () => {
    const fault = server.inject({ action: 'me', type: 'status', status: 503, times: 2, skip: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await api('GET', '/api/1/me/')).status);
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect(fault.fired).toBe(2);
  });

  it('drop-response acts then closes the connection; after: true acts then answers the error', async () => {
    server.inject({ action: 'dataset-create', type: 'drop-response' });
    await expect(api('POST', '/api/1/datasets/', { json: { title: 't', description: 'd' } })).rejects.toThrow();
    expect(server.state.datasets).toHaveLength(1);
    server.inject({ action: 'dataset-create', type: 'status', status: 502, after: true });
    expect((await api('POST', '/api/1/datasets/', { json: { title: 't', description: 'd' } })).status).toBe(502);
    expect(server.state.datasets).toHaveLength(2);
  });

  it('reset cuts the upload without acting', async () => {
    const ds = await dataset();
    server.inject({ action: 'upload-new', type: 'reset' });
    await expect(api('POST', `/api/1/datasets/${ds.id}/upload/`, { form: fileForm('x'.repeat(200_000)) })).rejects.toThrow();
    expect(server.state.datasets[0]?.resources).toHaveLength(0);
    expect(server.state.requests.at(-1)).toMatchObject({ action: 'upload-new', outcome: 'reset' });
  });

  it('rejects malformed faults', () => {
    expect(() => server.inject({ action: 'me', type: 'status' })).toThrow();
    expect(() => server.inject({ action: 'me', type: 'explode' as never })).toThrow();
  });
});

describe('command line', () => {
  it('prints its URL and a test key, and serves until stopped', async () => {
    const script = fileURLToPath(new URL('./server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Ctrl+C')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const url = /udata test server: (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      const key = /X-API-KEY \(test\): (\S+)/.exec(banner)?.[1];
      expect(url).toBeDefined();
      const me = await fetch(`${url}/api/1/me/`, { headers: { 'X-API-KEY': key as string } });
      expect(me.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
