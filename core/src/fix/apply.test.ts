import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Table } from '../parse/table';
import { compileSchema } from '../schema/compile';
import { applyPlan, PatchConflict, revertPlan } from './apply';
import { encodeTable } from './csv';
import { planFixes } from './plan';
import { FIX_SCHEMA } from './testing';
import type { Patch } from './types';
import { checkPlanCells, checkWritten } from './verify';

const compiled = (() => {
  const c = compileSchema(FIX_SCHEMA);
  if (!c.ok) throw new Error('schema');
  return c.compiled;
})();

const base = (): Table => ({
  preamble: [['Titre', '']],
  header: ['b', 'a', ''],
  rows: [['1', '2', ''], ['', '', ''], ['3'], ['4', '5', '', '']],
  format: { encoding: 'windows-1252', bom: true, delimiter: ';', quoteChar: '"', lineTerminator: '\r\n' },
});

describe('applyPlan / revertPlan', () => {
  it('applies each kind of patch and undoes it exactly', () => {
    const t = base();
    const patches: Patch[] = [
      { kind: 'trim-spaces', code: 'x', reason: 'x', field: 'b', column: 0, cells: [{ row: 0, from: '1', to: 'one', code: 'x' }] },
      { kind: 'empty-columns', code: 'x', reason: 'x', width: 2, labels: [''], lengths: [[0, 3], [1, 3], [3, 4]] },
      { kind: 'rename-label', code: 'x', reason: 'x', labels: [{ column: 0, from: 'b', to: 'B' }] },
      { kind: 'add-optional-column', code: 'missing-optional-label', reason: 'x', columns: [{ at: 1, name: 'c' }], lengths: [[2, 1]] },
      { kind: 'column-order', code: 'x', reason: 'x', order: [2, 0, 1], lengths: [] },
      { kind: 'blank-rows', code: 'blank-row', reason: 'x', rows: [{ at: 1, length: 3 }] },
      { kind: 'title-rows', code: 'title-rows', reason: 'x', rows: [['Titre', '']] },
      { kind: 'bom', reason: 'x', from: true, to: false },
      { kind: 'encoding', code: 'non-utf8-encoding', reason: 'x', from: 'windows-1252', to: 'utf-8' },
      { kind: 'delimiter', code: 'delimiter-not-comma', reason: 'x', from: ';', to: ',' },
    ];
    const fixed = applyPlan(t, patches);
    expect(fixed).toEqual({
      preamble: [],
      header: ['a', 'B', 'c'],
      rows: [['2', 'one', ''], ['', '3', ''], ['5', '4', '']],
      format: { encoding: 'utf-8', bom: false, delimiter: ',', quoteChar: '"', lineTerminator: '\r\n' },
    });
    expect(revertPlan(fixed, patches)).toEqual(t);
    // Pure: the input is untouched.
    expect(t).toEqual(base());
  });

  it('refuses a plan that does not fit the table', () => {
    const stale: Patch[] = [{ kind: 'date-format', code: 'type-error', reason: 'non-iso-date', field: 'b', column: 0, cells: [{ row: 0, from: 'autre', to: 'x', code: 'type-error' }] }];
    expect(() => applyPlan(base(), stale)).toThrow(PatchConflict);
    expect(() => applyPlan(base(), [{ kind: 'blank-rows', code: 'blank-row', reason: 'x', rows: [{ at: 0, length: 3 }] }])).toThrow(PatchConflict);
  });
});

// Labels and values that trigger every fix, mixed with clean ones.
const LABELS = [...FIX_SCHEMA.fields.map((f) => f.name), 'Date Convention', 'MONTANT', 'COLL_SIRET', 'extra', ''];
const VALUES = ['', ' ', 'x', ' Asso ', 'Asso\u00a0', '21860194600013', '21860194600000.0', '2,19E+13', '1053', '25/12/2020', '03/04/2020', '2020/12/25', '40 000,00', '1,234', '17\u00a0833', 'Oui', 'NON', 'Aide en nature', '2018-01-01_2018-03-31', '=1+1', 'a "b", c'];

const tableArb = fc
  .record({
    header: fc.uniqueArray(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(fc.constantFrom(...VALUES), { maxLength: 10 }), { maxLength: 8 }),
    preamble: fc.array(fc.array(fc.constantFrom('Titre', '', '2020'), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
    encoding: fc.constantFrom('utf-8' as const, 'windows-1252' as const),
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t'),
    lineTerminator: fc.constantFrom('\r\n' as const, '\n' as const, 'mixed' as const),
    answer: fc.constantFrom(undefined, 'dmy', 'mdy'),
  })
  .map(({ header, rows, preamble, encoding, bom, delimiter, lineTerminator, answer }) => ({
    table: {
      preamble,
      header,
      // The tokenizer never yields an empty record: a blank line is one empty cell.
      rows: rows.map((r) => (r.length ? r : [''])),
      format: { encoding, bom, delimiter, quoteChar: '"', lineTerminator },
    } as Table,
    answer,
  }));

describe('any table, any plan (property)', () => {
  it('revert(apply(t)) is t, every changed cell is planned, and the bytes read back exactly', () => {
    fc.assert(
      fc.property(tableArb, ({ table, answer }) => {
        const plan = planFixes(table, compiled, { aliases: { idAttribuant: ['COLL_SIRET'] }, ...(answer ? { answers: { dateConvention: answer } } : {}) });
        const fixed = applyPlan(table, plan);
        expect(revertPlan(fixed, plan)).toEqual(table);
        expect(checkPlanCells(table, plan, fixed)).toEqual([]);
        expect(checkWritten(fixed, encodeTable(fixed))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a plan restricted to some kinds only holds those kinds', () => {
    fc.assert(
      fc.property(tableArb, fc.subarray(['date-format', 'number-format', 'header', 'rows', 'format']), ({ table }, only) => {
        const plan = planFixes(table, compiled, { only });
        const allowed = new Set(only.flatMap((k) => (k === 'header' ? ['alias-label', 'rename-label', 'add-optional-column', 'column-order'] : k === 'rows' ? ['blank-rows', 'title-rows', 'empty-columns'] : k === 'format' ? ['bom', 'encoding', 'delimiter'] : [k])));
        for (const p of plan.patches) expect(allowed.has(p.kind)).toBe(true);
        expect(revertPlan(applyPlan(table, plan), plan)).toEqual(table);
      }),
      { numRuns: 100 },
    );
  });
});
