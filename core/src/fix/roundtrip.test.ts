import { describe, expect, it } from 'vitest';
import { readTable, type Table } from '../parse/table';
import { compileSchema } from '../schema/compile';
import { validateBytes } from '../validate';
import { applyPlan, revertPlan } from './apply';
import { encodeTable } from './csv';
import { planFixes } from './plan';
import { cleanTable, FIX_SCHEMA } from './testing';
import type { FixPlan, PlanOptions } from './types';
import { checkPlanCells, checkWritten } from './verify';

/*
 * For each kind of damage real files show: a clean file, damaged, then fixed,
 * gives the clean file back byte for byte. Lossy damage is reported and left alone.
 */

const compiled = (() => {
  const c = compileSchema(FIX_SCHEMA);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.compiled;
})();
const names = FIX_SCHEMA.fields.map((f) => f.name);
const col = (name: string): number => names.indexOf(name);

function mapColumn(t: Table, name: string, f: (v: string, row: number) => string): Table {
  const c = t.header.indexOf(name);
  return { ...t, rows: t.rows.map((r, i) => r.map((v, j) => (j === c ? f(v, i) : v))) };
}

const iso = (v: string, f: (y: string, m: string, d: string) => string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? f(m[1]!, m[2]!, m[3]!) : v;
};

const frNumber = (v: string, space = ' '): string => {
  if (v === '') return v;
  const [int, dec] = v.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, space);
  return dec === undefined ? grouped : `${grouped},${dec}`;
};

/** Each damage: what it does to the clean table, and the fix kinds that must undo it. */
const DAMAGES: Record<string, { damage: (t: Table) => Table; kinds: string[]; options?: PlanOptions; clean?: () => Table }> = {
  'Windows-1252 encoding': { damage: (t) => ({ ...t, format: { ...t.format, encoding: 'windows-1252' } }), kinds: ['encoding'] },
  'UTF-8 BOM': { damage: (t) => ({ ...t, format: { ...t.format, bom: true } }), kinds: ['bom'] },
  'BOM over a Windows-1252 body': { damage: (t) => ({ ...t, format: { ...t.format, bom: true, encoding: 'windows-1252' } }), kinds: ['bom', 'encoding'] },
  'semicolon delimiter': { damage: (t) => ({ ...t, format: { ...t.format, delimiter: ';' } }), kinds: ['delimiter'] },
  'tab delimiter': { damage: (t) => ({ ...t, format: { ...t.format, delimiter: '\t' } }), kinds: ['delimiter'] },
  'title rows above the header': { damage: (t) => ({ ...t, preamble: [['Subventions attribuées en 2020', ...names.slice(1).map(() => '')], names.map(() => '')] }), kinds: ['title-rows'] },
  'blank rows (;;;; at the bottom and in the middle)': {
    damage: (t) => ({ ...t, rows: [t.rows[0]!, names.map(() => ''), ...t.rows.slice(1), names.map(() => ''), ['']] }),
    kinds: ['blank-rows'],
  },
  'trailing empty columns': { damage: (t) => ({ ...t, header: [...t.header, '', ''], rows: t.rows.map((r) => [...r, '', '']) }), kinds: ['empty-columns'] },
  'header case, accents and spaces': {
    damage: (t) => ({ ...t, header: t.header.map((h) => (h === 'dateConvention' ? 'Date Convention' : h === 'montant' ? 'MONTANT' : h === 'notificationUE' ? 'notification_ue' : h)) }),
    kinds: ['rename-label'],
  },
  'columns out of order': {
    damage: (t) => {
      const order = [1, 0, 2, 3, 4, 5, 6, 7, 9, 8];
      return { ...t, header: order.map((i) => t.header[i]!), rows: t.rows.map((r) => order.map((i) => r[i]!)) };
    },
    kinds: ['column-order'],
  },
  'optional column missing (added back, empty)': {
    damage: (t) => {
      const c = t.header.indexOf('commentaire');
      return { ...t, header: t.header.filter((_, i) => i !== c), rows: t.rows.map((r) => r.filter((_, i) => i !== c)) };
    },
    kinds: ['add-optional-column'],
    // Added back empty: the clean file has it empty.
    clean: () => mapColumn(cleanTable(), 'commentaire', () => ''),
  },
  'spaces and no-break spaces around values': {
    damage: (t) => ({ ...t, rows: t.rows.map((r, i) => r.map((v, j) => (v === '' ? v : j % 3 === 0 ? ` ${v}` : j % 3 === 1 && i % 2 ? `${v}\u00a0` : v))) }),
    kinds: ['trim-spaces'],
  },
  'dates dd/mm/yyyy (one day over 12 proves the order)': { damage: (t) => mapColumn(t, 'dateConvention', (v) => iso(v, (y, m, d) => `${d}/${m}/${y}`)), kinds: ['date-format'] },
  'dates dd-mm-yyyy': { damage: (t) => mapColumn(t, 'dateConvention', (v) => iso(v, (y, m, d) => `${d}-${m}-${y}`)), kinds: ['date-format'] },
  'dates yyyy/mm/dd': { damage: (t) => mapColumn(t, 'dateConvention', (v) => iso(v, (y, m, d) => `${y}/${m}/${d}`)), kinds: ['date-format'] },
  'dates yyyy.mm.dd with a midnight time': { damage: (t) => mapColumn(t, 'dateConvention', (v) => iso(v, (y, m, d) => `${y}.${m}.${d} 00:00:00`)), kinds: ['date-format'] },
  'periods with dd/mm/yyyy dates and a _ separator': {
    damage: (t) => mapColumn(t, 'datesPeriodeVersement', (v) => v.split('/').map((x) => iso(x, (y, m, d) => `${d}/${m}/${y}`)).join('_')),
    kinds: ['date-format'],
  },
  'ambiguous dd/mm dates, order answered by the agent': {
    damage: (t) => mapColumn(t, 'dateConvention', (v) => iso(v, (y, m, d) => `${d}/${m}/${y}`)),
    kinds: ['date-format'],
    options: { answers: { dateConvention: 'dmy' } },
    clean: () => mapColumn(cleanTable(), 'dateConvention', (_v, i) => ['2020-03-12', '2020-04-01', '2021-01-10', '2021-11-05'][i]!),
  },
  'decimal commas and space thousands': { damage: (t) => mapColumn(t, 'montant', (v) => frNumber(v)), kinds: ['number-format'] },
  'no-break space thousands in an integer column': { damage: (t) => mapColumn(t, 'effectif', (v) => frNumber(v, '\u00a0')), kinds: ['number-format'] },
  'float-looking identifiers': { damage: (t) => mapColumn(t, 'idAttribuant', (v) => `${v}.0`), kinds: ['identifier-float'] },
  'INSEE codes that lost their leading zero': { damage: (t) => mapColumn(t, 'codeInsee', (v) => v.replace(/^0/, '')), kinds: ['leading-zero'] },
  'booleans as Oui/NON/true/0': { damage: (t) => mapColumn(t, 'notificationUE', (v, i) => (v === 'oui' ? ['Oui', 'true', 'OUI', '1'][i]! : ['NON', '0', 'false', 'Non'][i]!)), kinds: ['boolean-values'] },
  'list values with capitals': { damage: (t) => mapColumn(t, 'nature', (v) => v.charAt(0).toUpperCase() + v.slice(1)), kinds: ['enum-value'] },
};

function fix(bytes: Uint8Array, options: PlanOptions = {}): { table: Table; plan: FixPlan; fixed: Table; out: Uint8Array } {
  const table = readTable(bytes, { fieldNames: names });
  const plan = planFixes(table, compiled, options);
  const fixed = applyPlan(table, plan);
  return { table, plan, fixed, out: encodeTable(fixed) };
}

describe('round trip: clean → damaged → fixed gives the clean file back, byte for byte', () => {
  it('the clean file is valid and needs no fix', async () => {
    const bytes = encodeTable(cleanTable());
    const r = await validateBytes(bytes, { schema: FIX_SCHEMA });
    expect(r.errors).toEqual([]);
    expect(fix(bytes).plan.patches).toEqual([]);
  });

  for (const [name, d] of Object.entries(DAMAGES)) {
    it(name, () => {
      const clean = (d.clean ?? cleanTable)();
      const cleanBytes = encodeTable(clean);
      const damaged = encodeTable(d.damage(clean));
      expect(damaged).not.toEqual(cleanBytes);
      const { table, plan, fixed, out } = fix(damaged, d.options);
      expect([...new Set(plan.patches.map((p) => p.kind))].sort()).toEqual([...d.kinds].sort());
      expect(plan.questions).toEqual([]);
      expect(new TextDecoder().decode(out)).toBe(new TextDecoder().decode(cleanBytes));
      expect(out).toEqual(cleanBytes);
      // The plan is its own audit trail, and undoing it gives the damaged table back.
      expect(checkPlanCells(table, plan, fixed)).toEqual([]);
      expect(checkWritten(fixed, out)).toEqual([]);
      expect(revertPlan(fixed, plan)).toEqual(table);
    });
  }

  it('all the damage at once', () => {
    const clean = mapColumn(cleanTable(), 'commentaire', () => '');
    // Values first, then the header, then the shape of the file, as a spreadsheet export piles them up.
    const sequence = [
      'dates dd/mm/yyyy (one day over 12 proves the order)',
      'periods with dd/mm/yyyy dates and a _ separator',
      'decimal commas and space thousands',
      'no-break space thousands in an integer column',
      'float-looking identifiers',
      'INSEE codes that lost their leading zero',
      'booleans as Oui/NON/true/0',
      'list values with capitals',
      'spaces and no-break spaces around values',
      'columns out of order',
      'optional column missing (added back, empty)',
      'header case, accents and spaces',
      'trailing empty columns',
      'blank rows (;;;; at the bottom and in the middle)',
      'title rows above the header',
      'BOM over a Windows-1252 body',
      'semicolon delimiter',
    ];
    let t = clean;
    for (const name of sequence) t = DAMAGES[name]!.damage(t);
    const { out, plan, table, fixed } = fix(encodeTable(t));
    expect(plan.questions).toEqual([]);
    expect(new TextDecoder().decode(out)).toBe(new TextDecoder().decode(encodeTable(clean)));
    expect(checkPlanCells(table, plan, fixed)).toEqual([]);
    expect(revertPlan(fixed, plan)).toEqual(table);
  });
});

describe('lossy damage is reported and left alone', () => {
  it('scientific-notation and zero-filled SIRETs, SIREN for SIRET, 2-digit years', () => {
    const clean = cleanTable();
    const damaged = mapColumn(mapColumn(clean, 'idAttribuant', (v, i) => ['2,19E+13', '22460001500000', '442597001', v][i]!), 'dateConvention', (v, i) => (i === 3 ? '05/11/21' : v));
    const { plan, fixed } = fix(encodeTable(damaged));
    expect(plan.patches).toEqual([]);
    expect(fixed.rows).toEqual(damaged.rows);
    const reasons = plan.unfixable.map((u) => `${u.field}:${u.reason}:${u.count}`).sort();
    expect(reasons).toEqual(['dateConvention:non-iso-date:1', 'idAttribuant:identifier-scientific-notation:1', 'idAttribuant:siren-instead-of-siret:1', 'idAttribuant:siret-zero-filled:1']);
  });

  it('a float-looking zero-filled SIRET loses its .0 but keeps its digits, and is still reported', () => {
    const damaged = mapColumn(cleanTable(), 'idAttribuant', (v, i) => (i === 0 ? '21860194600000.0' : v));
    const { fixed, plan } = fix(encodeTable(damaged));
    expect(fixed.rows[0]![col('idAttribuant')]).toBe('21860194600000');
    expect(plan.unfixable).toEqual([{ reason: 'siret-zero-filled', field: 'idAttribuant', count: 1, examples: [{ row: 0, value: '21860194600000.0' }] }]);
  });
});

describe('day/month order is decided per column, never guessed per cell', () => {
  const damagedDates = (days: string[]): Uint8Array => encodeTable(mapColumn(cleanTable(), 'dateConvention', (_v, i) => days[i]!));

  it('a column whose cells prove dd/mm fixes its ambiguous cells too', () => {
    const { plan, fixed } = fix(damagedDates(['03/04/2020', '25/12/2020', '01/02/2021', '05/11/2021']));
    const p = plan.patches.find((x) => x.kind === 'date-format');
    expect(p && 'reading' in p && [p.reading, p.decidedBy]).toEqual(['dmy', 'column']);
    expect(fixed.rows.map((r) => r[col('dateConvention')])).toEqual(['2020-04-03', '2020-12-25', '2021-02-01', '2021-11-05']);
  });

  it('a column proving mm/dd is read mm/dd', () => {
    const { fixed } = fix(damagedDates(['03/04/2020', '12/25/2020', '01/02/2021', '05/11/2021']));
    expect(fixed.rows.map((r) => r[col('dateConvention')])).toEqual(['2020-03-04', '2020-12-25', '2021-01-02', '2021-05-11']);
  });

  it('no proof: a question (dd/mm suggested), and only the proven cells change', () => {
    const { plan, fixed } = fix(damagedDates(['03/04/2020', '2020/12/25', '01/02/2021', '05/11/2021']));
    expect(plan.questions).toHaveLength(1);
    expect(plan.questions[0]).toMatchObject({ field: 'dateConvention', readings: ['dmy', 'mdy'], suggested: 'dmy', conflict: false, count: 3 });
    expect(fixed.rows.map((r) => r[col('dateConvention')])).toEqual(['03/04/2020', '2020-12-25', '01/02/2021', '05/11/2021']);
  });

  it('proofs both ways: a question flagged as a conflict', () => {
    const { plan } = fix(damagedDates(['03/04/2020', '25/12/2020', '12/25/2021', '05/11/2021']));
    expect(plan.questions[0]).toMatchObject({ conflict: true, count: 2 });
  });

  it('the same for a lone comma before 3 digits (1,234)', () => {
    const t = mapColumn(cleanTable(), 'montant', (_v, i) => ['1,234', '2,5', '3,000', '4'][i]!);
    const { fixed } = fix(encodeTable(t));
    expect(fixed.rows.map((r) => r[col('montant')])).toEqual(['1.234', '2.5', '3.000', '4']);
    const alone = mapColumn(cleanTable(), 'montant', (_v, i) => ['1,234', '2', '3,000', '4'][i]!);
    const q = fix(encodeTable(alone));
    expect(q.plan.questions[0]).toMatchObject({ field: 'montant', readings: ['decimal-comma', 'thousands-comma'] });
    expect(fix(encodeTable(alone), { answers: { montant: 'thousands-comma' } }).fixed.rows.map((r) => r[col('montant')])).toEqual(['1234', '2', '3000', '4']);
  });
});
