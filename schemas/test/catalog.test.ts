import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../scripts/build-catalog.mjs';
import { CATALOG, listSchemas } from '../src/catalog';
import { SCDL_ENTRIES } from '../src/catalog.generated';
import { SHARED_DIR } from '../../testdata/index';

const DATA = new URL('../data/', import.meta.url);
const SRC = new URL('../src/', import.meta.url);
const SHARED_INDEX = pathToFileURL(`${SHARED_DIR}/schemas-catalog/INDEX.json`);

interface Published {
  name: string;
  schema_type: string;
  versions: { version_name: string; schema_url: string }[];
}
const published = (JSON.parse(readFileSync(new URL('schemas.json', DATA), 'utf8')) as { schemas: Published[] }).schemas;
const tableSchemas = published.filter((s) => s.schema_type === 'tableschema');

describe('bundled catalogue', () => {
  it('is what the generator produces from data/ (run node schemas/scripts/build-catalog.mjs)', async () => {
    const files = await renderAll();
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(new URL(name, SRC), 'utf8'), name).toBe(text);
    }
  });

  it('holds every version of every scdl/* schema and the latest of every other Table Schema', () => {
    const refs = new Set(CATALOG.map((e) => `${e.name}@${e.version}`));
    let expected = 0;
    for (const s of tableSchemas) {
      const wanted = s.name.startsWith('scdl/') ? s.versions : s.versions.slice(-1);
      for (const v of wanted) expect(refs.has(`${s.name}@${v.version_name}`), `${s.name}@${v.version_name}`).toBe(true);
      expected += wanted.length;
    }
    expect(expected).toBe(95);
    expect(CATALOG).toHaveLength(96);
    expect(CATALOG.filter((e) => e.name.startsWith('scdl/') && e.status === 'active')).toHaveLength(43);
  });

  it('keeps scdl/adresses, marked withdrawn and without a published URL', () => {
    const adresses = CATALOG.filter((e) => e.name === 'scdl/adresses');
    expect(adresses.map((e) => [e.version, e.status, e.latest, e.scdl, e.url])).toEqual([['1.1.4', 'withdrawn', true, true, undefined]]);
    expect(listSchemas().some((e) => e.name === 'scdl/adresses')).toBe(false);
    expect(listSchemas({ withdrawn: true }).some((e) => e.name === 'scdl/adresses')).toBe(true);
  });

  it('marks exactly one latest version per schema: the last one schemas.json lists', () => {
    for (const name of new Set(CATALOG.map((e) => e.name))) {
      const latest = CATALOG.filter((e) => e.name === name && e.latest);
      expect(latest, name).toHaveLength(1);
      const p = published.find((s) => s.name === name);
      if (p) expect(latest[0]?.version).toBe(p.versions.at(-1)?.version_name);
    }
  });

  it('has entries whose file, field names and count match the bundled JSON', () => {
    for (const e of CATALOG) {
      const d = JSON.parse(readFileSync(new URL(e.path, DATA), 'utf8')) as { fields: { name: string }[] };
      expect(e.fieldNames, e.path).toEqual(d.fields.map((f) => f.name));
      expect(e.fieldCount).toBe(d.fields.length);
    }
  });

  it('flags SCDL entries: scdl/* plus the SCDL-labelled DAE and IRVE', () => {
    const other = SCDL_ENTRIES.filter((e) => !e.name.startsWith('scdl/')).map((e) => e.name);
    expect(other.sort()).toEqual(['atlasante/schema-dae', 'etalab/schema-irve-dynamique', 'etalab/schema-irve-statique']);
    expect(CATALOG.filter((e) => e.scdl)).toEqual(SCDL_ENTRIES);
  });

  it.runIf(existsSync(SHARED_INDEX))('copies schema files byte-identical to the shared snapshot', () => {
    const index = JSON.parse(readFileSync(SHARED_INDEX, 'utf8')) as { path: string; sha256: string }[];
    for (const f of index) {
      const sha = createHash('sha256').update(readFileSync(new URL(f.path, DATA))).digest('hex');
      expect(sha, f.path).toBe(f.sha256);
    }
  });

  it('keeps the catalogue small enough to import without the schemas', () => {
    const bytes = readFileSync(new URL('catalog.generated.ts', SRC)).length;
    expect(bytes).toBeLessThan(150_000);
  });
});
