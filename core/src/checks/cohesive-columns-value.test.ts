import { describe, expect, it } from 'vitest';
import { cohesiveColumnsValue } from './cohesive-columns-value';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


const fields = ['BUDGET_ANNEE', 'BUDGET_NOM', { name: 'VOTE', type: 'integer' }];
const params = { column: 'BUDGET_ANNEE', othercolumns: ['BUDGET_NOM', 'VOTE'] };
const run = (rows: string[][], header?: string[]) => runCheck(cohesiveColumnsValue, params, { fields, header, rows });

describe('cohesive-columns-value', () => {
  it('validates its parameters', () => {
    expect(runCheck(cohesiveColumnsValue, { column: 'BUDGET_ANNEE' }, { fields, rows: [] }).problem).toMatch(/othercolumns/);
    expect(runCheck(cohesiveColumnsValue, { column: 'BUDGET_ANNEE', othercolumns: 'BUDGET_NOM' }, { fields, rows: [] }).problem).toMatch(/othercolumns/);
    expect(runCheck(cohesiveColumnsValue, { othercolumns: ['BUDGET_NOM'] }, { fields, rows: [] }).problem).toMatch(/column/);
  });

  it('accepts rows all filled or all empty', () => {
    expect(run([['2020', 'Budget primitif', '3'], ['', '', '']]).issues).toEqual([]);
  });

  it('reports rows partly filled, on the first column, with which cells are filled', () => {
    const { issues } = run([['2020', '', '3'], ['', 'Budget primitif', '']]);
    expect(issues).toEqual([
      {
        type: 'cohesive-columns-value', fieldName: 'BUDGET_ANNEE', value: '2020', rowNumber: 2,
        params: { problem: 'mixed', columns: ['BUDGET_ANNEE', 'BUDGET_NOM', 'VOTE'], filled: ['BUDGET_ANNEE', 'VOTE'], empty: ['BUDGET_NOM'] },
      },
      {
        type: 'cohesive-columns-value', fieldName: 'BUDGET_ANNEE', value: '', rowNumber: 3,
        params: { problem: 'mixed', columns: ['BUDGET_ANNEE', 'BUDGET_NOM', 'VOTE'], filled: ['BUDGET_NOM'], empty: ['BUDGET_ANNEE', 'VOTE'] },
      },
    ]);
  });

  it('counts a cell the type reader could not cast as empty, as Validata does', () => {
    expect(run([['2020', 'Budget', 'trois']]).issues).toHaveLength(1);
  });

  it('reports once, with no row, when only some of the columns are in the file', () => {
    const { issues } = run([['2020', 'x'], ['', '']], ['BUDGET_ANNEE', 'BUDGET_NOM']);
    expect(issues).toEqual([
      { type: 'cohesive-columns-value', params: { problem: 'missing-columns', columns: ['BUDGET_ANNEE', 'BUDGET_NOM', 'VOTE'], missing: ['VOTE'] } },
    ]);
    expect(run([], ['BUDGET_ANNEE', 'BUDGET_NOM']).issues).toEqual([]);
  });

  it('does nothing when none of the columns is in the file', () => {
    expect(run([['x']], ['autre']).issues).toEqual([]);
  });
  it('renders which cells to fill', () => {
    const [mixed] = run([['2020', '', '3']]).issues;
    const [missing] = run([['2020', 'x']], ['BUDGET_ANNEE', 'BUDGET_NOM']).issues;
    for (const i of [mixed!, missing!]) {
      clean(renderIssue(i).fr);
      clean(renderIssue(i).en);
    }
    expect(renderIssue(mixed!).fr).toContain('Complétez « BUDGET_NOM »');
    expect(renderIssue(missing!).fr).toContain('« VOTE » manque');
  });
});
