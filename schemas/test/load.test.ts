import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeSchema } from '@scdl/core/schema/normalize';
import { CATALOG, loadSchema, resolveSchema, SchemaNotFoundError } from '../src/index';
import * as scdl from '../src/scdl';

const DATA = new URL('../data/', import.meta.url);

describe('loadSchema', () => {
  it('loads every bundled schema, equal to its JSON file, with no fatal normalisation issue', async () => {
    for (const e of CATALOG) {
      const d = await loadSchema(e.name, e.version);
      expect(d, e.path).toEqual(JSON.parse(readFileSync(new URL(e.path, DATA), 'utf8')));
      const fatal = normalizeSchema(d).issues.filter((i) => i.fatal);
      expect(fatal, `${e.name}@${e.version}`).toEqual([]);
    }
  });

  it('loads the latest version when none is given, and accepts name@version', async () => {
    const { entry } = await resolveSchema('scdl/subventions');
    expect(entry.version).toBe('2.1.1');
    expect((await loadSchema('scdl/subventions@1.1.0')).version).toBe('1.1');
    expect((await resolveSchema('scdl/deliberations', '1.1')).entry.version).toBe('1.1.0');
  });

  it('hands out copies: changing one does not change the next', async () => {
    const a = await loadSchema('scdl/prenoms');
    a.fields.pop();
    expect((await loadSchema('scdl/prenoms')).fields).toHaveLength(6);
  });

  it('rejects an unknown schema or version with SchemaNotFoundError', async () => {
    await expect(loadSchema('scdl/nope')).rejects.toBeInstanceOf(SchemaNotFoundError);
    await expect(loadSchema('scdl/subventions', '9.9.9')).rejects.toMatchObject({ code: 'schema-not-found', ref: 'scdl/subventions@9.9.9' });
  });

  it('has an SCDL-only entry that lists and loads only SCDL schemas', async () => {
    expect(scdl.CATALOG.every((e) => e.scdl)).toBe(true);
    expect((await scdl.loadSchema('scdl/menus-collectifs@0.9.0')).fields[0]?.name).toBe('menu_coll_nom');
    await expect(scdl.loadSchema('MTES-MCT/acceslibre-erp-base')).rejects.toBeInstanceOf(SchemaNotFoundError);
  });
});
