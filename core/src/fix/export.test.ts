import { describe, expect, it } from 'vitest';
import type { CellGrid } from '../cells/normalize';
import { compileSchema } from '../schema/compile';
import { validateBytes } from '../validate';
import { utf8Encode } from '../parse/unicode';
import { exportGrid, tableFromGrid } from './export';
import { planFixes } from './plan';
import { FIX_SCHEMA } from './testing';

const compiled = (() => {
  const c = compileSchema(FIX_SCHEMA);
  if (!c.ok) throw new Error('schema');
  return c.compiled;
})();
const HEADER = FIX_SCHEMA.fields.map((f) => f.name);

const EXPECTED = [
  HEADER.join(','),
  'Ville de Poitiers,21860194600013,86194,2020-03-12,40000,12,aide en numéraire,2020-01-01/2020-12-31,oui,"Soutien au ""festival"", 2e édition"',
  'Département du Lot,22460001500511,01053,2020-12-25,1234.5,1500,aide en nature,2021-06-30,non,',
  'Commune d’Ajaccio,44259700100035,2A004,2021-01-30,17833,3,aide en numéraire,2021-02-01/2021-02-28,non,"Ligne 1\nLigne 2"',
  '',
].join('\r\n');

describe('exportGrid', () => {
  it('Google Sheets getValues(): Dates, numbers, checkboxes, a title row, a blank row', async () => {
    const title = ['Subventions 2020', ...HEADER.slice(1).map(() => '')];
    const grid: CellGrid = {
      values: [
        title,
        HEADER,
        ['Ville de Poitiers', 21860194600013, '86194', new Date(2020, 2, 12), 40000, 12, 'aide en numéraire', '2020-01-01/2020-12-31', true, 'Soutien au "festival", 2e édition'],
        // Typed as text the French way; the INSEE code is a number shown with format 00000.
        ['Département du Lot', '22460001500511', 1053, '25/12/2020', '1 234,5', 1500, 'Aide en nature', '2021-06-30', false, ''],
        // Apps Script cannot send Dates to the sidebar: they come as { date }.
        ['Commune d’Ajaccio', 44259700100035, '2A004', { date: '2021-01-30' }, 17833, 3, 'aide en numéraire', '2021-02-01/2021-02-28', 'non', 'Ligne 1\nLigne 2'],
        HEADER.map(() => ''),
      ],
      numberFormats: [[], [], ['', '0', '', 'dd/MM/yyyy', '#,##0.00'], ['', '', '00000'], [], []],
    };
    const r = exportGrid(grid, compiled);
    expect(r.csv).toBe(EXPECTED);
    expect(r.plan.patches.map((p) => p.kind)).toEqual(['date-format', 'number-format', 'enum-value', 'blank-rows', 'title-rows']);
    const report = await validateBytes(utf8Encode(r.csv), { schema: FIX_SCHEMA });
    expect(report.errors).toEqual([]);
  });

  it('Excel range.values / range.text / numberFormat: serial dates, formatted numbers, a header typo, unused columns', () => {
    const header = HEADER.map((h) => (h === 'dateConvention' ? 'DateConvention' : h));
    const grid: CellGrid = {
      values: [
        [...header, ''],
        ['Ville de Poitiers', 21860194600013, '86194', 43902, 40000, 12, 'aide en numéraire', '2020-01-01/2020-12-31', true, 'Soutien au "festival", 2e édition', ''],
        ['Département du Lot', 22460001500511, 1053, 44190, 1234.5, 1500, 'aide en nature', 44377, false, '', ''],
        ['Commune d’Ajaccio', 44259700100035, '2A004', 44226, 17833, 3, 'aide en numéraire', '2021-02-01/2021-02-28', 'non', 'Ligne 1\nLigne 2', ''],
        ['', '', '', '', '', '', '', '', '', '', ''],
      ],
      display: [
        [...header, ''],
        ['Ville de Poitiers', '2,18602E+13', '86194', '12/03/2020', '40 000,00', '12', 'aide en numéraire', '2020-01-01/2020-12-31', 'VRAI', 'Soutien au "festival", 2e édition', ''],
        ['Département du Lot', '22460001500511', '01053', '25/12/2020', '1 234,50', '1 500', 'aide en nature', '30/06/2021', 'FAUX', '', ''],
        ['Commune d’Ajaccio', '44259700100035', '2A004', '30/01/2021', '17 833,00', '3', 'aide en numéraire', '2021-02-01/2021-02-28', 'non', 'Ligne 1\nLigne 2', ''],
        ['', '', '', '', '', '', '', '', '', '', ''],
      ],
      numberFormats: [
        [],
        ['General', 'General', '@', 'dd/mm/yyyy', '# ##0,00', 'General', 'General', '@', 'General', 'General', 'General'],
        ['General', '0', '00000', 'dd/mm/yyyy', '# ##0,00', '# ##0', 'General', 'dd/mm/yyyy', 'General', 'General', 'General'],
        ['General', '0', '@', 'm/d/yyyy', '# ##0,00', 'General', 'General', '@', 'General', 'General', 'General'],
        [],
      ],
    };
    const r = exportGrid(grid, compiled);
    expect(r.csv).toBe(EXPECTED);
    expect(r.plan.patches.map((p) => p.kind)).toEqual(['rename-label', 'blank-rows']);
  });

  it('without a schema: cells as the sheet shows them, RFC 4180, nothing else', () => {
    const grid: CellGrid = {
      values: [['nom', 'date', 'montant'], ['A, B', 43902, 1234.5], ['', '', '']],
      display: [['nom', 'date', 'montant'], ['A, B', '12/03/2020', '1 234,50'], ['', '', '']],
      numberFormats: [[], ['', 'dd/mm/yyyy', '# ##0,00'], []],
    };
    expect(exportGrid(grid, undefined, { lineTerminator: '\n' }).csv).toBe('nom,date,montant\n"A, B",12/03/2020,"1 234,50"\n,,\n');
  });

  it('leaves ambiguous typed dates alone and asks, unless answered', () => {
    const grid: CellGrid = {
      values: [HEADER, ['A', '21860194600013', '', '03/04/2020', 1, '', '', '', '', '']],
    };
    const asked = exportGrid(grid, compiled);
    expect(asked.csv).toContain(',03/04/2020,');
    expect(asked.plan.questions.map((q) => q.field)).toEqual(['dateConvention']);
    expect(exportGrid(grid, compiled, { answers: { dateConvention: 'dmy' } }).csv).toContain(',2020-04-03,');
  });

  it('gives hosts a table whose cell patches map back to sheet cells', () => {
    // A range starting at C5 (Excel `getUsedRange()` rarely starts at A1), title on row 5.
    const grid: CellGrid = { firstRow: 5, firstColumn: 3, values: [['Subventions', ...HEADER.slice(1).map(() => '')], HEADER, ['A', '21860194600013', '', '25/12/2020', 1, '', '', '', '', '']] };
    const table = tableFromGrid(grid, compiled);
    const patch = planFixes(table, compiled).patches.find((p) => p.kind === 'date-format');
    expect(patch && 'cells' in patch && patch.column).toBe(3);
    const cell = patch && 'cells' in patch ? patch.cells[0]! : null;
    // Sheet row = firstRow + title rows + header + row index; sheet column = firstColumn + column.
    expect((grid.firstRow ?? 1) + table.preamble.length + 1 + cell!.row).toBe(7);
    expect((grid.firstColumn ?? 1) + 3).toBe(6);
    expect(cell).toMatchObject({ from: '25/12/2020', to: '2020-12-25' });
  });
});
