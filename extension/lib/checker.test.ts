import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@scdl/ui/host';
import { canonicalSchema } from './catalog';
import { Checker, type CheckerDeps } from './checker';
import { SHARED_DIR } from '../../testdata/index';

const VALID = new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_valide.csv`)) as Uint8Array<ArrayBuffer>;
const INVALID = new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_invalide_erreurs_cellules.csv`)) as Uint8Array<ArrayBuffer>;
const RID = '54d47250-1daf-483b-965a-3013f8c76617';

type Handler = (init: RequestInit | undefined, url: string) => Response | Promise<Response>;

function site(routes: Record<string, Handler>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const h = routes[url];
    if (!h) throw new TypeError('Failed to fetch');
    return h(init, url);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const csv = (body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Handler => () =>
  new Response(body, { headers: { 'content-type': 'text/csv', 'content-length': String(body.length), ...headers } });

function checker(fetch: typeof globalThis.fetch, over: Partial<CheckerDeps> = {}, settings: Partial<Settings> = {}) {
  return new Checker({
    fetch,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    hasHostAccess: async () => true,
    canonicalSchema,
    progressEveryMs: 0,
    ...over,
  });
}

describe('Checker', () => {
  it('validates a CSV link and says so in French, with the detected schema', async () => {
    const { fetch } = site({ 'https://ex.fr/s.csv': csv(VALID), 'https://ex.fr/i.csv': csv(INVALID) });
    const c = checker(fetch);
    const ok = await c.check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'auto' });
    expect(ok).toMatchObject({ status: 'warnings', reason: 'done', schema: 'scdl/subventions@2.1.1' });
    expect(ok.title).toMatch(/^Fichier valide, avec \d+ avertissements/);
    expect(ok.title).toContain('Cliquez pour voir le rapport');
    const bad = await c.check({ url: 'https://ex.fr/i.csv', kind: 'csv', mode: 'auto' });
    expect(bad).toMatchObject({ status: 'invalid', schema: 'scdl/subventions@2.1.1' });
    expect(bad.title).toContain('Fichier non valide');
  });

  it('answers in English when the settings say so', async () => {
    const { fetch } = site({ 'https://ex.fr/s.csv': csv(VALID) });
    const state = await checker(fetch, {}, { lang: 'en' }).check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'auto' });
    expect(state.title).toMatch(/^Valid file, with \d+ warnings/);
  });

  it('turns 404s, HTML pages and xlsx files into error badges with a French reason, and keeps a report for them', async () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html><head><title>Accueil</title></head><body></body></html>');
    const xlsx = new Uint8Array(5000);
    xlsx.set([0x50, 0x4b, 0x03, 0x04]);
    xlsx.set(new TextEncoder().encode('[Content_Types].xml'), 30);
    const { fetch } = site({
      'https://ex.fr/absent.csv': () => new Response('not found', { status: 404 }),
      'https://ex.fr/page.csv': csv(html, { 'content-type': 'text/html' }),
      'https://ex.fr/classeur.csv': csv(xlsx),
    });
    const c = checker(fetch);
    const missing = await c.report('https://ex.fr/absent.csv');
    expect(missing.state).toMatchObject({ status: 'error', reason: 'http' });
    expect(missing.state.title).toContain('404');
    expect(missing.report?.errors[0]).toMatchObject({ type: 'source-error', params: { reason: 'http-status', status: 404 } });
    expect(missing.report?.errors[0]?.message).toContain('Le serveur a refusé');
    const page = await c.check({ url: 'https://ex.fr/page.csv', kind: 'csv', mode: 'auto' });
    expect(page).toMatchObject({ status: 'error', reason: 'source' });
    expect(page.title).toContain('page web (HTML)');
    const classeur = await c.check({ url: 'https://ex.fr/classeur.csv', kind: 'csv', mode: 'auto' });
    expect(classeur).toMatchObject({ status: 'error', reason: 'source' });
    expect(classeur.title).toContain('classeur Excel');
  });

  it('asks for host access when a fetch fails on a site the extension may not read', async () => {
    const { fetch } = site({});
    const denied = await checker(fetch, { hasHostAccess: async () => false }).report('https://autre.fr/a.csv');
    expect(denied.state).toMatchObject({ status: 'pending', reason: 'permission' });
    expect(denied.origin).toBe('https://autre.fr/*');
    expect(denied.state.title).toContain('autre.fr');
    const down = await checker(fetch).check({ url: 'https://autre.fr/a.csv', kind: 'csv', mode: 'manual' });
    expect(down).toMatchObject({ status: 'error', reason: 'network' });
    expect(down.title).toContain('n’a pas pu être téléchargé');
  });

  it('leaves files above the automatic limit for a click, without reading them', async () => {
    const big = new Uint8Array(3000).fill(0x61);
    let read = false;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        read = true;
        ctl.enqueue(big);
        ctl.close();
      },
    }, { highWaterMark: 0 });
    const { fetch, calls } = site({ 'https://ex.fr/gros.csv': () => new Response(body, { headers: { 'content-length': '50000000' } }) });
    const auto = await checker(fetch, {}, { autoValidateMaxBytes: 1000 }).check({ url: 'https://ex.fr/gros.csv', kind: 'csv', mode: 'auto' });
    expect(auto).toMatchObject({ status: 'pending', reason: 'too-big', total: 50000000 });
    expect(auto.title).toContain('50 Mo');
    expect(read).toBe(false);
    const never = await checker(fetch, {}, { autoValidateMaxBytes: 0 }).check({ url: 'https://ex.fr/gros.csv', kind: 'csv', mode: 'auto' });
    expect(never.reason).toBe('too-big');
    expect(calls).toHaveLength(1);
  });

  it('stops an automatic check at the limit when the size is unknown', async () => {
    const { fetch } = site({ 'https://ex.fr/s.csv': () => new Response(VALID, { headers: { 'content-type': 'text/csv' } }) });
    const state = await checker(fetch, {}, { autoValidateMaxBytes: 1000 }).check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'auto' });
    expect(state.reason).toBe('too-big');
    const manual = await checker(fetch, {}, { autoValidateMaxBytes: 1000 }).check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'manual' });
    expect(manual.reason).toBe('done');
  });

  it('caches per URL + ETag: the next check is a conditional request answered 304', async () => {
    let bodies = 0;
    const { fetch, calls } = site({
      'https://ex.fr/s.csv': (init) => {
        if ((init?.headers as Record<string, string> | undefined)?.['If-None-Match'] === '"v1"') return new Response(null, { status: 304 });
        bodies++;
        return new Response(VALID, { headers: { 'content-type': 'text/csv', etag: '"v1"' } });
      },
    });
    const c = checker(fetch);
    const first = await c.check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'auto' });
    const again = await c.report('https://ex.fr/s.csv');
    expect(again.state).toEqual(first);
    expect(again.report?.stats.rows).toBeGreaterThan(0);
    expect(bodies).toBe(1);
    expect(calls).toHaveLength(2);
  });

  it('keeps a result without validators for the session, and shares one download between tabs', async () => {
    const { fetch, calls } = site({ 'https://ex.fr/s.csv': csv(VALID) });
    const c = checker(fetch);
    const [a, b] = await Promise.all([
      c.check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'auto' }),
      c.check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'auto' }),
    ]);
    expect(a).toEqual(b);
    await c.check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'manual' });
    expect(calls).toHaveLength(1);
  });

  it('uses the schema a data.gouv.fr resource declares, and skips resources in other formats', async () => {
    const api = (resource: object): Handler => () => new Response(JSON.stringify({ resource, dataset_id: 'd' }), { headers: { 'content-type': 'application/json' } });
    const { fetch, calls } = site({
      [`https://www.data.gouv.fr/api/2/datasets/resources/${RID}/`]: api({ format: 'csv', url: 'https://static.data.gouv.fr/r/s.csv', filesize: VALID.length, schema: { name: 'scdl/subventions', version: '2.0.2' } }),
      'https://static.data.gouv.fr/r/s.csv': csv(VALID),
      [`https://www.data.gouv.fr/api/2/datasets/resources/${RID.replace('4', '5')}/`]: api({ format: 'xlsx' }),
    });
    const c = checker(fetch);
    const r = await c.report(`https://www.data.gouv.fr/fr/datasets/r/${RID}`);
    expect(r.report?.schema).toMatchObject({ name: 'scdl/subventions', version: '2.0.2', detected: false });
    expect(r.state.schema).toBe('scdl/subventions@2.0.2');
    expect(calls.map((x) => x.url)).toContain('https://static.data.gouv.fr/r/s.csv');
    const other = await c.check({ url: `https://www.data.gouv.fr/fr/datasets/r/${RID.replace('4', '5')}`, kind: 'datagouv', resourceId: RID.replace('4', '5'), mode: 'auto' });
    expect(other.reason).toBe('not-csv');
  });

  it('uses the default schema of the options when none is declared, and the picked one first', async () => {
    const { fetch } = site({ 'https://ex.fr/s.csv': csv(VALID) });
    const c = checker(fetch, {}, { defaultSchema: 'scdl/subventions@2.0.2' });
    expect((await c.check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'auto' })).schema).toBe('scdl/subventions@2.0.2');
    expect((await c.report('https://ex.fr/s.csv', 'scdl/subventions@2.1.0')).report?.schema?.version).toBe('2.1.0');
  });

  it('refuses addresses that are not http(s)', async () => {
    const { fetch, calls } = site({});
    await expect(checker(fetch).report('javascript:alert(1)')).rejects.toThrow('non prise en charge');
    await expect(checker(fetch).check({ url: 'file:///etc/passwd', kind: 'csv', mode: 'manual' })).rejects.toThrow();
    expect(calls).toHaveLength(0);
  });

  it('runs a few validations at a time, clicks first, and reports progress and busy state', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const routes: Record<string, Handler> = {
      'https://ex.fr/slow.csv': async () => {
        order.push('slow');
        await gate;
        return new Response(VALID);
      },
    };
    for (const n of ['a', 'b', 'click']) routes[`https://ex.fr/${n}.csv`] = () => (order.push(n), new Response(VALID));
    const busy: boolean[] = [];
    const progress: string[] = [];
    const c = checker(site(routes).fetch, { maxConcurrent: 1, onBusyChange: (b) => busy.push(b), onProgress: (u) => progress.push(u) });
    const all = [
      c.check({ url: 'https://ex.fr/slow.csv', kind: 'csv', mode: 'auto' }),
      c.check({ url: 'https://ex.fr/a.csv', kind: 'csv', mode: 'auto' }),
      c.check({ url: 'https://ex.fr/b.csv', kind: 'csv', mode: 'auto' }),
    ];
    await new Promise((r) => setTimeout(r, 10));
    all.push(c.check({ url: 'https://ex.fr/click.csv', kind: 'csv', mode: 'manual' }));
    await new Promise((r) => setTimeout(r, 10));
    release();
    await Promise.all(all);
    expect(order).toEqual(['slow', 'click', 'a', 'b']);
    expect(busy[0]).toBe(true);
    expect(busy.at(-1)).toBe(false);
    expect(progress).toContain('https://ex.fr/slow.csv');
  });
});
