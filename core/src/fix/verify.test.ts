import { describe, expect, it } from 'vitest';
import type { Table } from '../parse/table';
import { utf8Encode } from '../parse/unicode';
import { applyPlan } from './apply';
import { encodeTable } from './csv';
import type { FixPlan } from './types';
import { checkPlanCells, checkWritten } from './verify';

const before: Table = {
  preamble: [['Titre']],
  header: ['Nom', 'date'],
  rows: [['A', '25/12/2020'], ['B', '2020-01-01']],
  format: { encoding: 'utf-8', bom: false, delimiter: ',', quoteChar: '"', lineTerminator: '\r\n' },
};
const plan: FixPlan = {
  patches: [
    { kind: 'date-format', code: 'type-error', reason: 'non-iso-date', field: 'date', column: 1, cells: [{ row: 0, from: '25/12/2020', to: '2020-12-25', code: 'type-error' }] },
    { kind: 'rename-label', code: 'incorrect-label', reason: 'loose-label', labels: [{ column: 0, from: 'Nom', to: 'nom' }] },
  ],
  questions: [],
  unfixable: [],
};

describe('checkPlanCells', () => {
  it('accepts what the plan changed, and only that', () => {
    expect(checkPlanCells(before, plan, applyPlan(before, plan))).toEqual([]);
  });

  it('catches a cell changed without a patch, and a value lost', () => {
    const after = applyPlan(before, plan);
    after.rows[1]![1] = '2020-01-02';
    after.rows[1]![0] = '';
    expect(checkPlanCells(before, plan, after)).toEqual([
      { problem: 'changed', part: 'row', row: 1, column: 0, from: 'B', to: '' },
      { problem: 'changed', part: 'row', row: 1, column: 1, from: '2020-01-01', to: '2020-01-02' },
    ]);
  });

  it('catches a patch whose result was altered', () => {
    const after = applyPlan(before, plan);
    after.rows[0]![1] = '2020-12-26';
    expect(checkPlanCells(before, plan, after)).toMatchObject([{ problem: 'changed', from: '25/12/2020', to: '2020-12-26' }]);
  });

  it('only lets title rows go through their own patch', () => {
    const dropped = { ...applyPlan(before, plan), preamble: [] };
    expect(checkPlanCells(before, plan, dropped)).toMatchObject([{ problem: 'changed', part: 'preamble' }]);
    const planned: FixPlan = { ...plan, patches: [...plan.patches, { kind: 'title-rows', code: 'title-rows', reason: 'title-rows', rows: [['Titre']] }] };
    expect(checkPlanCells(before, planned, applyPlan(before, planned))).toEqual([]);
  });
});

describe('checkWritten', () => {
  it('accepts bytes that read back as the table', () => {
    const after = applyPlan(before, plan);
    expect(checkWritten(after, encodeTable(after))).toEqual([]);
  });

  it('catches bytes that do not', () => {
    const after = applyPlan(before, plan);
    expect(checkWritten(after, utf8Encode('Titre\r\nnom,date\r\nA,2020-12-25\r\nB,2020-01-01,x\r\n'))).toEqual([
      { problem: 'written', part: 'row', row: 1, column: 2, from: '' , to: 'x' },
    ]);
    expect(checkWritten(after, utf8Encode('Titre\r\nnom,date\r\nA,2020-12-25\r\n'))).toMatchObject([{ problem: 'written', part: 'row', row: 1, column: 0, from: 'B' }]);
  });
});
