import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBytes } from '../src/validate';
import type { Report } from '../src/report/types';
import { SHARED_DIR } from '../../testdata/index';

/**
 * The official examples of ../shared/scdl: valid ones pass with no error (schema
 * detected), invalid ones show the errors they were made to show.
 */
const read = (f: string) => new Uint8Array(fs.readFileSync(path.join(SHARED_DIR, 'scdl', f)));
const kinds = (r: Report) => new Set(r.errors.filter((e) => e.severity === 'error').map((e) => `${e.type}${e.params.constraint ? `:${String(e.params.constraint)}` : ''}@${e.fieldName ?? '-'}`));

describe('valid examples', () => {
  it.each([
    ['subventions/exemple_valide.csv', 'scdl/subventions', '2.1.1'],
    ['prenoms/prenoms-nouveaux-nes_exemple-valide.csv', 'scdl/prenoms', '1.1.6'],
    ['irve-statique/exemple-valide-statique.csv', 'etalab/schema-irve-statique', '2.3.1'],
    ['irve-dynamique/exemple-valide-dynamique.csv', 'etalab/schema-irve-dynamique', '2.3.1'],
  ])('%s: no error against the detected %s', async (file, name, version) => {
    const r = await validateBytes(read(file), { name: file });
    expect(r.schema).toMatchObject({ name, version, detected: true });
    expect(r.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(r.valid).toBe(true);
  });
});

describe('invalid examples show what they were made to show', () => {
  it('subventions: cell errors', async () => {
    const r = await validateBytes(read('subventions/exemple_invalide_erreurs_cellules.csv'), { schema: 'scdl/subventions@2.1.1' });
    const k = kinds(r);
    for (const want of [
      'constraint-error:maximum@pourcentageSubvention',
      'type-error@dateConvention',
      'constraint-error:pattern@rnaBeneficiaire',
      'french-siret-value@idAttribuant',
      'french-siret-value@idBeneficiaire',
      'type-error@montant',
      'type-error@notificationUE',
      'constraint-error:required@montant',
      'constraint-error:enum@nature',
      'constraint-error:pattern@datesPeriodeVersement',
      'one-of-required@idBeneficiaire',
    ]) expect(k, want).toContain(want);
    const diagnoses = new Set(r.errors.map((e) => e.diagnosis).filter(Boolean));
    for (const d of ['non-iso-date', 'french-number-format', 'boolean-spelling', 'siren-instead-of-siret']) expect(diagnoses, d).toContain(d);
  });

  it('subventions: column errors', async () => {
    const r = await validateBytes(read('subventions/exemple_invalide_erreurs_colonnes.csv'), { schema: 'scdl/subventions@2.1.1' });
    expect(r.errors.find((e) => e.type === 'incorrect-label')).toMatchObject({ value: 'NOM_Beneficiaire', params: { expected: 'nomBeneficiaire' }, fix: { kind: 'rename-label', to: 'nomBeneficiaire' } });
    expect(r.errors.some((e) => e.type === 'misordered-label')).toBe(true);
    // By position, as frictionless reads it by default, the swapped columns are wrong labels.
    const p = await validateBytes(read('subventions/exemple_invalide_erreurs_colonnes.csv'), { schema: 'scdl/subventions@2.1.1', headerMatch: 'position' });
    expect(p.errors.filter((e) => e.type === 'incorrect-label').map((e) => e.fieldNumber)).toEqual([1, 2, 5]);
  });

  it('subventions: duplicate column, Windows-1252', async () => {
    const r = await validateBytes(read('subventions/exemple-duplicate-column.csv'));
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.errors.find((e) => e.type === 'duplicate-label')).toMatchObject({ value: 'notificationUE', rowNumber: 1 });
  });

  it('subventions 1.1.0: the invalid example', async () => {
    const r = await validateBytes(read('subventions/1.1.0/exemple_invalide.csv'), { schema: 'scdl/subventions@1.1.0' });
    const k = kinds(r);
    for (const want of ['type-error@montant', 'constraint-error:enum@nature', 'type-error@notificationUE', 'constraint-error:maximum@pourcentageSubvention']) expect(k, want).toContain(want);
  });

  it('prénoms: the invalid example', async () => {
    const r = await validateBytes(read('prenoms/prenoms-nouveaux-nes_exemple-invalide.csv'));
    expect(r.schema?.name).toBe('scdl/prenoms');
    const k = kinds(r);
    for (const want of ['constraint-error:pattern@COLL_INSEE', 'constraint-error:pattern@ENFANT_PRENOM', 'constraint-error:pattern@COMMUNE_NOM', 'constraint-error:enum@ENFANT_SEXE']) expect(k, want).toContain(want);
    expect(r.errors.find((e) => e.fieldName === 'COLL_INSEE')).toMatchObject({ diagnosis: 'leading-zero-lost', fix: { to: '03238' } });
  });
});
