import { describe, expect, it } from 'vitest';
import { CATALOG, loadSchema } from '@scdl/schemas';
import { validateCells } from '../validate';
import { compileSchema } from '../schema/compile';
import { buildTemplate } from './model';

describe('templates of every bundled schema', () => {
  const entries = CATALOG;
  it('exist for the whole catalogue', () => {
    expect(entries.length).toBeGreaterThan(90);
  });

  for (const entry of entries) {
    it(`${entry.name}@${entry.version}: example row valid against its schema`, async () => {
      const descriptor = await loadSchema(entry.name, entry.version);
      if (!compileSchema(descriptor).ok) return expect.fail(`${entry.name}@${entry.version} does not compile`);
      const t = await buildTemplate(descriptor, entry);
      expect(t.columns.map((c) => c.name)).toEqual(descriptor.fields.map((f) => f.name));
      const r = await validateCells({ values: [t.columns.map((c) => c.name), t.exampleRow] }, { schema: descriptor });
      expect(r.errors.filter((e) => e.severity === 'error').map((e) => `${e.type} ${e.fieldName} ${e.value} ${JSON.stringify(e.params)}`)).toEqual([]);
    });
  }
});

describe('template model', () => {
  it('fills the collectivité identity columns and keeps identifiers as text', async () => {
    const d = await loadSchema('scdl/deliberations');
    const t = await buildTemplate(d, { name: 'scdl/deliberations', version: '2.1.5' }, { nom: 'Commune de Saint-Exemple', siret: '21860194600013' });
    const col = (n: string) => t.columns.find((c) => c.name === n)!;
    expect(col('COLL_NOM').fill).toBe('Commune de Saint-Exemple');
    expect(col('COLL_SIRET')).toMatchObject({ fill: '21860194600013', numberFormat: '@', patternText: '14 chiffres', required: true });
    expect(col('DELIB_DATE').numberFormat).toBe('yyyy-mm-dd');
    expect(t.exampleRow[0]).toBe('Commune de Saint-Exemple');
  });
});
