import { describe, expect, it } from 'vitest';
import type { Table } from '../parse/table';
import { compileSchema } from '../schema/compile';
import type { SchemaDescriptor } from '../schema/types';
import { applyPlan } from './apply';
import { questionText, unfixableText } from './messages';
import { planFixes } from './plan';
import { previewPlan } from './preview';
import { cleanTable, FIX_SCHEMA } from './testing';

const compile = (d: SchemaDescriptor) => {
  const c = compileSchema(d);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.compiled;
};
const compiled = compile(FIX_SCHEMA);

const table = (header: string[], rows: string[][], preamble: string[][] = []): Table => ({
  preamble,
  header,
  rows,
  format: { encoding: 'utf-8', bom: false, delimiter: ',', quoteChar: '"', lineTerminator: '\r\n' },
});

describe('planFixes', () => {
  it('plans nothing for a clean table', () => {
    expect(planFixes(cleanTable(), compiled)).toEqual({ patches: [], questions: [], unfixable: [] });
  });

  it('renames known pre-SCDL column names when exactly one column carries them', () => {
    const schema = compile({ fields: [{ name: 'nomAttribuant' }, { name: 'idAttribuant' }, { name: 'datesPeriodeVersement' }] });
    const aliases = { nomAttribuant: ['COLL_NOM'], idAttribuant: ['COLL_SIRET'], datesPeriodeVersement: ['SUB_DATE_DEBUT', 'SUB_DATE_FIN'] };
    const plan = planFixes(table(['COLL_NOM', 'coll siret', 'SUB_DATE_DEBUT', 'SUB_DATE_FIN'], [['a', 'b', 'c', 'd']]), schema, { aliases });
    const renames = plan.patches.find((p) => p.kind === 'alias-label');
    expect(renames).toMatchObject({ code: 'missing-label', labels: [{ column: 0, from: 'COLL_NOM', to: 'nomAttribuant' }, { column: 1, from: 'coll siret', to: 'idAttribuant' }] });
    // Two columns for one field: merging them is not a rename, left alone.
    expect(JSON.stringify(plan)).not.toContain('SUB_DATE_DEBUT","to"');
  });

  it('never renames by alias a field the file already has', () => {
    const schema = compile({ fields: [{ name: 'idAttribuant' }] });
    const plan = planFixes(table(['idAttribuant', 'COLL_SIRET'], [['a', 'b']]), schema, { aliases: { idAttribuant: ['COLL_SIRET'] } });
    expect(plan.patches.filter((p) => p.kind === 'alias-label')).toEqual([]);
  });

  it('honours `only`, by kind and by group', () => {
    const t = cleanTable();
    t.rows[0]![3] = '25/12/2020';
    t.rows[0]![4] = '40 000,00';
    t.header[4] = 'Montant';
    t.format.delimiter = ';';
    const kinds = (only: string[]) => planFixes(t, compiled, { only }).patches.map((p) => p.kind);
    expect(kinds(['date-format'])).toEqual(['date-format']);
    expect(kinds(['cells'])).toEqual(['date-format', 'number-format']);
    expect(kinds(['header', 'format'])).toEqual(['rename-label', 'delimiter']);
  });

  it('drops a fix that would give its cell more errors than it had', () => {
    // A pattern wanting a leading space: trimming the (valid) cell would break it.
    const schema = compile({ fields: [{ name: 'code', constraints: { pattern: '^ [a-z]+$' } }, { name: 'nom' }] });
    const plan = planFixes(table(['code', 'nom'], [[' abc', ' Asso ']]), schema);
    expect(plan.patches).toEqual([expect.objectContaining({ kind: 'trim-spaces', field: 'nom' })]);
  });

  it('lists the warnings it leaves alone: formula-like cells and personal data', () => {
    const schema = compile({ fields: [{ name: 'nomBeneficiaire' }, { name: 'objet' }] });
    const plan = planFixes(table(['nomBeneficiaire', 'objet'], [['jean.dupont@orange.fr', '=HYPERLINK("x")']]), schema);
    expect(plan.patches).toEqual([]);
    expect(plan.unfixable.map((u) => [u.field, u.reason, u.count])).toEqual([
      ['nomBeneficiaire', 'personal-data', 1],
      ['objet', 'formula-like-cell', 1],
    ]);
    expect(unfixableText(plan.unfixable[1]!, 'fr')).toBe('Colonne « objet » : 1 × cellules qui ressemblent à une formule (à vérifier).');
  });

  it('trims numbers the schema reads despite their spaces (validation does not look at them)', () => {
    const t = cleanTable();
    t.rows[0]![4] = ' 40000.00\u00a0';
    const plan = planFixes(t, compiled);
    expect(plan.patches).toEqual([
      { kind: 'trim-spaces', code: 'surrounding-spaces', reason: 'surrounding-spaces', field: 'montant', column: 4, cells: [{ row: 0, from: ' 40000.00\u00a0', to: '40000.00', code: 'surrounding-spaces' }] },
    ]);
  });

  it('adds missing optional columns where the schema puts them, empty', () => {
    const t = table(['nomAttribuant', 'idAttribuant', 'dateConvention', 'montant'], [['A', '21860194600013', '2020-01-01', '1']]);
    const fixed = applyPlan(t, planFixes(t, compiled));
    expect(fixed.header).toEqual(FIX_SCHEMA.fields.map((f) => f.name));
    expect(fixed.rows[0]).toEqual(['A', '21860194600013', '', '2020-01-01', '1', '', '', '', '', '']);
  });

  it('puts unknown columns after the schema’s when it reorders', () => {
    const t = table(['montant', 'remarque', 'nomAttribuant'], [['1', 'r', 'A']]);
    const fixed = applyPlan(t, planFixes(t, compiled, { only: ['column-order'] }));
    expect(fixed.header).toEqual(['nomAttribuant', 'montant', 'remarque']);
    expect(fixed.rows[0]).toEqual(['A', '1', 'r']);
  });
});

describe('previewPlan and the texts around it', () => {
  const t = cleanTable();
  t.preamble = [['Subventions 2020', '', '', '', '', '', '', '', '', '']];
  t.rows[1]![3] = '25/12/2020';
  t.rows[2]![3] = '01/02/2021';
  t.rows[2]![4] = '17\u00a0833';
  t.format.encoding = 'windows-1252';

  it('describes each patch in French with input cell addresses', () => {
    const items = previewPlan(planFixes(t, compiled), t, 'fr');
    expect(items.map((i) => i.text)).toEqual([
      'Colonne « dateConvention » : 2 dates réécrites au format AAAA-MM-JJ (jour/mois : déduit des autres valeurs de la colonne).',
      'Colonne « montant » : 1 nombre réécrit avec un point décimal et sans séparateur de milliers (valeur inchangée).',
      '1 ligne au-dessus de l’en-tête supprimée (titre, date…).',
      'Fichier converti de windows-1252 en UTF-8 (les accents sont conservés).',
    ]);
    // Header on row 2 (a title row above): the first data row is row 3.
    expect(items[0]!.examples).toEqual([
      { cell: 'D4', from: '25/12/2020', to: '2020-12-25' },
      { cell: 'D5', from: '01/02/2021', to: '2021-02-01' },
    ]);
    expect(items[1]).toMatchObject({ kind: 'number-format', code: 'type-error', reason: 'french-number-format', field: 'montant', count: 1 });
  });

  it('speaks English too', () => {
    expect(previewPlan(planFixes(t, compiled), t, 'en')[0]!.text).toBe('Column "dateConvention": 2 dates rewritten YYYY-MM-DD (day/month: proven by other values of the column).');
  });

  it('asks its questions in plain words', () => {
    const q = table(FIX_SCHEMA.fields.map((f) => f.name), [['A', '21860194600013', '', '03/04/2020', '1', '', '', '', '', '']]);
    const plan = planFixes(q, compiled);
    expect(questionText(plan.questions[0]!, 'fr')).toBe(
      'Colonne « dateConvention » : 1 valeur se lit de deux façons (« 03/04/2020 ») et aucune valeur de la colonne ne permet de trancher. S’agit-il de jour/mois (JJ/MM/AAAA, l’usage français) ou mois/jour (MM/JJ/AAAA, l’usage américain) ?',
    );
  });
});
