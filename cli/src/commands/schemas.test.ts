import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSchema } from '@scdl/core/detect/detect';
import { EXIT, type CliIO } from '../io';
import { cliRegistry, cliResolver, overlayPath, schemaCacheDir, schemasCommand } from './schemas';
import { SHARED_DIR } from '../../../testdata/index';

const SHARED = pathToFileURL(`${SHARED_DIR}/`);
const SITE = 'https://schema.data.gouv.fr';
const CATALOG_URL = `${SITE}/schemas.json`;
const CACHE = '/virtual/cache';

type Route = string | number | Error;

interface Fake {
  io: CliIO;
  out: () => string;
  err: () => string;
  files: Map<string, Uint8Array>;
  fetched: string[];
}

function fakeIO(routes: Record<string, Route>, files = new Map<string, Uint8Array>()): Fake {
  const out: string[] = [];
  const err: string[] = [];
  const fetched: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: { SCDL_SCHEMAS_CACHE: CACHE },
    fetch: (async (input: string | URL | Request) => {
      const url = String(input);
      fetched.push(url);
      const r = routes[url];
      if (r instanceof Error) throw r;
      if (typeof r === 'number') return new Response('', { status: r });
      if (r === undefined) return new Response('<html>404</html>', { status: 404 });
      return new Response(r);
    }) as typeof fetch,
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw new Error(`ENOENT: ${p}`);
      return f;
    },
    openFile: () => {
      throw new Error('not used');
    },
    fileSize: async () => 0,
    writeFile: async (p, d) => void files.set(p, typeof d === 'string' ? new TextEncoder().encode(d) : d),
    isTTY: false,
    now: () => Date.UTC(2026, 10, 27, 12),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), files, fetched };
}

const run = async (f: Fake, ...args: string[]): Promise<number> => schemasCommand(args, f.io);

/** The real snapshot of schemas.json, plus versions published "since" the toolkit was built. */
function publishedCatalog(extra: Record<string, string[]> = {}): string {
  const json = JSON.parse(readFileSync(new URL('scdl/schema.data.gouv.fr/schemas.json', SHARED), 'utf8')) as {
    schemas: { name: string; versions: { version_name: string; schema_url: string }[] }[];
  };
  for (const [name, versions] of Object.entries(extra)) {
    const s = json.schemas.find((x) => x.name === name);
    for (const v of versions) s?.versions.push({ version_name: v, schema_url: `${SITE}/schemas/${name}/${v}/schema.json` });
  }
  return JSON.stringify(json);
}

const shared = (path: string): string => readFileSync(new URL(`../../../schemas/data/${path}`, import.meta.url), 'utf8');

/** subventions 2.2.0: 2.1.1 plus a column, so its header tells it apart. */
function subventions220(): string {
  const d = JSON.parse(shared('scdl/subventions/2.1.1/schema.json')) as { fields: { name: string; type: string }[] };
  d.fields.push({ name: 'dateVersement', type: 'date' });
  return JSON.stringify(d);
}

function brokenDeliberations(): string {
  const d = JSON.parse(shared('scdl/deliberations/2.1.5/schema.json')) as { fields: { name: string }[] };
  d.fields.push({ ...d.fields[0]! });
  return JSON.stringify(d);
}

function refreshRoutes(): Record<string, Route> {
  return {
    [CATALOG_URL]: publishedCatalog({
      'scdl/subventions': ['2.2.0'],
      'scdl/deliberations': ['2.2.0'],
      'scdl/budget': ['0.9.0'],
      'scdl/prenoms': ['1.2.0'],
      'etalab/schema-decp-dpa': ['1.1.0'],
    }),
    [`${SITE}/schemas/scdl/subventions/2.2.0/schema.json`]: subventions220(),
    [`${SITE}/schemas/scdl/deliberations/2.2.0/schema.json`]: brokenDeliberations(),
    [`${SITE}/schemas/scdl/budget/0.9.0/schema.json`]: new TypeError('fetch failed: ECONNRESET'),
    [`${SITE}/schemas/scdl/prenoms/1.2.0/schema.json`]: '<html>maintenance</html>',
    [`${SITE}/schemas/etalab/schema-decp-dpa/1.1.0/schema.json`]: shared('etalab/schema-decp-dpa/1.0.0/schema.json'),
  };
}

interface Listed {
  name: string;
  version: string;
  latest: boolean;
  source: string;
  status: string;
}
async function listed(f: Fake, ...args: string[]): Promise<Listed[]> {
  const before = f.out().length;
  expect(await run(f, '--json', ...args)).toBe(EXIT.ok);
  return JSON.parse(f.out().slice(before)) as Listed[];
}

describe('scdl schemas', () => {
  it('lists the latest version of each schema as a French table, SCDL first', async () => {
    const f = fakeIO({});
    expect(await run(f)).toBe(EXIT.ok);
    const lines = f.out().split('\n');
    expect(lines[0]).toMatch(/^Schéma +Version +SCDL +Titre$/);
    expect(lines[1]).toMatch(/^atlasante\/schema-dae +1\.0\.7 +oui +DAE$/);
    expect(f.out()).toMatch(/\nscdl\/subventions +2\.1\.1 +oui +Subventions\n/);
    expect(f.out()).toMatch(/\nscdl\/adresses +1\.1\.4 +oui +Adresses \(retiré\)\n/);
    expect(f.out()).toContain('61 schémas, dont 12 du SCDL. Toutes les versions : --all-versions.');
    expect(f.fetched).toEqual([]);
  });

  it('speaks English, lists every version and writes JSON on request', async () => {
    const f = fakeIO({});
    expect(await run(f, '--lang', 'en', '--all-versions')).toBe(EXIT.ok);
    expect(f.out()).toMatch(/^Schema +Version +SCDL +Title\n/);
    expect(f.out()).toContain('96 versions, 47 of them SCDL.');
    const all = await listed(f, '--all-versions');
    expect(all).toHaveLength(96);
    expect(all.filter((e) => e.name === 'scdl/deliberations').map((e) => e.version)).toHaveLength(8);
    expect(all.every((e) => e.source === 'bundled')).toBe(true);
  });

  it('refuses unknown options', async () => {
    const f = fakeIO({});
    expect(await run(f, '--nope')).toBe(EXIT.usage);
    expect(f.err()).toContain('Option inconnue : --nope');
    expect(await run(f, '--lang', 'de')).toBe(EXIT.usage);
  });

  it('puts the cache in $SCDL_SCHEMAS_CACHE, else in the user cache folder', () => {
    expect(schemaCacheDir({ SCDL_SCHEMAS_CACHE: '/x' })).toBe('/x');
    expect(schemaCacheDir({ XDG_CACHE_HOME: '/home/a/.cache' })).toBe('/home/a/.cache/scdl-toolkit/schemas');
    expect(schemaCacheDir({ HOME: '/home/a' })).toBe('/home/a/.cache/scdl-toolkit/schemas');
  });
});

describe('scdl schemas --refresh', () => {
  it('adds new versions that pass the check, rejects broken and unreachable ones, keeps the bundled set', async () => {
    const f = fakeIO(refreshRoutes());
    expect(await run(f, '--refresh')).toBe(EXIT.ok);
    const out = f.out();
    expect(out).toContain(`Catalogue : ${CATALOG_URL}`);
    expect(out).toContain('Ajoutés : 2\n  + etalab/schema-decp-dpa@1.1.0\n  + scdl/subventions@2.2.0\n');
    expect(out).toContain('Rejetés : 3');
    expect(out).toMatch(/- scdl\/budget@0\.9\.0 : injoignable \(fetch failed: ECONNRESET\)/);
    expect(out).toMatch(/- scdl\/deliberations@2\.2\.0 : schéma invalide : \/fields\/17\/name: duplicate field name "COLL_NOM"/);
    expect(out).toMatch(/- scdl\/prenoms@1\.2\.0 : pas un fichier JSON/);
    // decp-dpa 1.0.0 is no longer the latest: only the latest of non-SCDL schemas is looked at.
    expect(out).toContain('Conservés : 94 (94 embarqués, 0 déjà téléchargés)');
    expect(out).toContain(`Cache : ${CACHE}/overlay.json`);
    // Only the catalogue and the five new versions were fetched: bundled files are not re-downloaded.
    expect(f.fetched).toHaveLength(6);
    expect(f.files.has(overlayPath(f.io.env))).toBe(true);

    const all = await listed(f, '--all-versions');
    const find = (ref: string) => all.find((e) => `${e.name}@${e.version}` === ref);
    expect(find('scdl/subventions@2.2.0')).toMatchObject({ latest: true, source: 'cache' });
    expect(find('scdl/subventions@2.1.1')).toMatchObject({ latest: false, source: 'bundled' });
    expect(find('etalab/schema-decp-dpa@1.1.0')).toMatchObject({ latest: true, source: 'cache' });
    expect(find('etalab/schema-decp-dpa@1.0.0')).toMatchObject({ latest: false, source: 'bundled' });
    expect(find('scdl/deliberations@2.1.5')).toMatchObject({ latest: true, source: 'bundled' });
    expect(find('scdl/deliberations@2.2.0')).toBeUndefined();
    expect(find('scdl/budget@0.9.0')).toBeUndefined();

    const text = fakeIO({}, f.files);
    await run(text);
    expect(text.out()).toMatch(/\nscdl\/subventions +2\.2\.0\* +oui +Subventions\n/);
    expect(text.out()).toContain('* ajouté par scdl schemas --refresh (2026-11-27).');
  });

  it('makes refreshed versions loadable and detectable, bundled ones unchanged', async () => {
    const f = fakeIO(refreshRoutes());
    await run(f, '--refresh');
    const registry = await cliRegistry(f.io);
    expect((await registry.loadSchema('scdl/subventions')).fields.at(-1)?.name).toBe('dateVersement');
    expect((await registry.resolveSchema('scdl/deliberations')).entry.version).toBe('2.1.5');
    const v211 = registry.findSchema('scdl/subventions@2.1.1')!;
    const v220 = registry.findSchema('scdl/subventions@2.2.0')!;
    expect(detectSchema(v211.fieldNames, [], registry.entries).match?.version).toBe('2.1.1');
    expect(detectSchema(v220.fieldNames, [], registry.entries).match?.version).toBe('2.2.0');
    const resolver = await cliResolver(f.io);
    expect((await resolver.detect(v220.fieldNames, []))?.ref).toMatchObject({ name: 'scdl/subventions', version: '2.2.0', detected: true });
  });

  it('keeps what an earlier refresh added, fetches it again never, and writes nothing when nothing is new', async () => {
    const first = fakeIO(refreshRoutes());
    await run(first, '--refresh');
    const again = fakeIO(refreshRoutes(), first.files);
    const cache = first.files.get(overlayPath(first.io.env));
    expect(await run(again, '--refresh')).toBe(EXIT.ok);
    expect(again.out()).toContain('Aucune nouvelle version.');
    expect(again.out()).toContain('Conservés : 96 (94 embarqués, 2 déjà téléchargés)');
    expect(again.fetched).not.toContain(`${SITE}/schemas/scdl/subventions/2.2.0/schema.json`);
    expect(again.files.get(overlayPath(again.io.env))).toBe(cache);
  });

  it('fetches nothing but the catalogue when the bundled set is up to date', async () => {
    const f = fakeIO({ [CATALOG_URL]: publishedCatalog() });
    expect(await run(f, '--refresh', '--lang', 'en')).toBe(EXIT.ok);
    expect(f.out()).toContain('No new version.\nKept: 95 (95 bundled, 0 downloaded before)');
    expect(f.fetched).toEqual([CATALOG_URL]);
    expect(f.files.size).toBe(0);
  });

  it('leaves everything as it was when the catalogue is unreachable', async () => {
    const f = fakeIO({ [CATALOG_URL]: new TypeError('getaddrinfo ENOTFOUND schema.data.gouv.fr') });
    expect(await run(f, '--refresh')).toBe(EXIT.usage);
    expect(f.err()).toContain('Catalogue illisible (injoignable (getaddrinfo ENOTFOUND schema.data.gouv.fr)) : les schémas embarqués restent utilisés.');
    expect(f.files.size).toBe(0);
    expect(await listed(f, '--all-versions')).toHaveLength(96);

    const html = fakeIO({ [CATALOG_URL]: '<html></html>' });
    expect(await run(html, '--refresh')).toBe(EXIT.usage);
  });

  it('reads the catalogue from a local file with --from, and prints JSON', async () => {
    const routes = refreshRoutes();
    const files = new Map([['/tmp/schemas.json', new TextEncoder().encode(routes[CATALOG_URL] as string)]]);
    const f = fakeIO(routes, files);
    expect(await run(f, '--refresh', '--from', '/tmp/schemas.json', '--json')).toBe(EXIT.ok);
    const report = JSON.parse(f.out()) as { changed: boolean; items: { name: string; version: string; status: string; reason?: { code: string } }[] };
    expect(report.changed).toBe(true);
    expect(report.items.filter((i) => i.status === 'rejected').map((i) => `${i.name}@${i.version}:${i.reason?.code}`)).toEqual([
      'scdl/budget@0.9.0:unreachable',
      'scdl/deliberations@2.2.0:invalid',
      'scdl/prenoms@1.2.0:not-json',
    ]);
    expect(f.fetched).not.toContain(CATALOG_URL);
  });

  it('ignores a damaged cache file', async () => {
    const files = new Map([[`${CACHE}/overlay.json`, new TextEncoder().encode('{"format":1,"entries":')]]);
    const f = fakeIO({}, files);
    expect(await listed(f, '--all-versions')).toHaveLength(96);
  });
});
