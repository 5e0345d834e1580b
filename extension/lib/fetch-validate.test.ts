import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { apiUrlOf, declaredSchemaOf, lookupResource } from './datagouv';
import { failureReport, fetchAndValidate, fileNameOf, validateStream } from './fetch-validate';
import { SHARED_DIR } from '../../testdata/index';

const VALID = new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_valide.csv`)) as Uint8Array<ArrayBuffer>;

function chunked(bytes: Uint8Array, size: number, failAt?: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(ctl) {
      if (failAt !== undefined && at >= failAt) return ctl.error(new TypeError('network error'));
      if (at >= bytes.length) return ctl.close();
      ctl.enqueue(bytes.subarray(at, at + size));
      at += size;
    },
  });
}

describe('validateStream', () => {
  it('streams chunks through the core, reports progress and yields to the event loop', async () => {
    const progress: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const out = await validateStream(chunked(VALID, 512), { lang: 'fr', name: 's.csv', yieldEvery: 1024, onProgress: (b) => progress.push(b) }, VALID.length);
    clearInterval(timer);
    expect(out.kind).toBe('report');
    if (out.kind !== 'report') return;
    expect(out.bytes).toBe(VALID.length);
    expect(out.report.source).toMatchObject({ name: 's.csv', bytes: VALID.length });
    expect(out.report.schema?.name).toBe('scdl/subventions');
    expect(progress.at(-1)).toBe(VALID.length);
    expect(progress.length).toBe(Math.ceil(VALID.length / 512));
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops past maxBytes', async () => {
    expect(await validateStream(chunked(VALID, 512), { lang: 'fr', maxBytes: 1000 })).toEqual({ kind: 'too-big' });
  });
});

describe('fetchAndValidate', () => {
  it('reports a download cut in the middle as a network failure', async () => {
    const fetch = vi.fn(async () => new Response(chunked(VALID, 512, 2048))) as unknown as typeof globalThis.fetch;
    const out = await fetchAndValidate({ url: 'https://ex.fr/a.csv', lang: 'fr', fetch });
    expect(out.kind).toBe('network');
    if (out.kind === 'network') expect(out.report.errors[0]?.params.reason).toBe('network');
  });

  it('sends the cached validators and passes 304 through', async () => {
    const fetch = vi.fn(async (_u: string, init?: RequestInit) => new Response(null, { status: (init?.headers as Record<string, string>)['If-None-Match'] === '"1"' ? 304 : 500 }));
    expect(await fetchAndValidate({ url: 'https://ex.fr/a.csv', lang: 'fr', etag: '"1"', fetch: fetch as unknown as typeof globalThis.fetch })).toEqual({ kind: 'not-modified' });
  });

  it('returns the ETag and Last-Modified of the validated file', async () => {
    const fetch = (async () => new Response(VALID, { headers: { etag: '"abc"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' } })) as unknown as typeof globalThis.fetch;
    const out = await fetchAndValidate({ url: 'https://ex.fr/a.csv', lang: 'fr', fetch });
    expect(out).toMatchObject({ kind: 'report', etag: '"abc"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT', bytes: VALID.length });
  });
});

describe('helpers', () => {
  it('fileNameOf decodes the last path segment', () => {
    expect(fileNameOf('https://ex.fr/a/Subventions%202024.csv?x=1')).toBe('Subventions 2024.csv');
    expect(fileNameOf('https://ex.fr/')).toBe('ex.fr');
  });

  it('failureReport is a report the core rendered, in the asked language', () => {
    const r = failureReport('http-status', { status: 403 }, 'fr', 'a.csv');
    expect(r).toMatchObject({ valid: false, status: 'invalid', lang: 'fr', stats: { errors: 1, byType: { 'source-error': 1 } } });
    expect(r.errors[0]?.title).toBe('Fichier illisible');
    expect(failureReport('network', {}, 'en', 'a.csv').errors[0]?.message).toMatch(/download/i);
  });
});

describe('data.gouv.fr resources', () => {
  const id = '54d47250-1daf-483b-965a-3013f8c76617';
  it('asks API v2 of the link host and reads format, schema, file URL and size', async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify({ dataset_id: 'd', resource: { format: 'CSV', url: 'https://static.data.gouv.fr/x.csv', filesize: 1234, title: 'Subventions', schema: { name: 'scdl/subventions', version: '2.1.1' } } })),
    );
    const r = await lookupResource(fetch as unknown as typeof globalThis.fetch, `https://demo.data.gouv.fr/fr/datasets/r/${id}`, id);
    expect(fetch).toHaveBeenCalledWith(`https://demo.data.gouv.fr/api/2/datasets/resources/${id}/`, expect.anything());
    expect(r).toEqual({ format: 'csv', schema: 'scdl/subventions@2.1.1', url: 'https://static.data.gouv.fr/x.csv', size: 1234, title: 'Subventions' });
  });

  it('reads declared schemas with or without a version, and survives API failures', async () => {
    expect(declaredSchemaOf({ name: 'scdl/budget', version: 'latest' })).toBe('scdl/budget');
    expect(declaredSchemaOf({ name: null, version: null, url: 'https://x/schema.json' })).toBeUndefined();
    expect(declaredSchemaOf(null)).toBeUndefined();
    expect(apiUrlOf(`https://www.data.gouv.fr/api/1/datasets/r/${id}`, id)).toBe(`https://www.data.gouv.fr/api/2/datasets/resources/${id}/`);
    const down = (async () => {
      throw new TypeError('offline');
    }) as unknown as typeof globalThis.fetch;
    expect(await lookupResource(down, `https://www.data.gouv.fr/fr/datasets/r/${id}`, id)).toBeNull();
    const gone = (async () => new Response('', { status: 404 })) as unknown as typeof globalThis.fetch;
    expect(await lookupResource(gone, `https://www.data.gouv.fr/fr/datasets/r/${id}`, id)).toBeNull();
  });
});
