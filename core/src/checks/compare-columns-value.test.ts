import { describe, expect, it } from 'vitest';
import { compareColumnsValue } from './compare-columns-value';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


const numbers = [{ name: 'depenses', type: 'number' }, { name: 'recettes', type: 'number' }];
const run = (rows: string[][], op = '<=', header?: string[]) =>
  runCheck(compareColumnsValue, { column: 'depenses', op, column2: 'recettes' }, { fields: numbers, header, rows });

describe('compare-columns-value', () => {
  it('validates its parameters', () => {
    const t = { fields: numbers, rows: [] };
    expect(runCheck(compareColumnsValue, { column: 'depenses', column2: 'recettes' }, t).problem).toMatch(/op/);
    expect(runCheck(compareColumnsValue, { column: 'depenses', column2: 'recettes', op: '!=' }, t).problem).toMatch(/op/);
    expect(runCheck(compareColumnsValue, { column: 'depenses', op: '<' }, t).problem).toMatch(/column2/);
    for (const op of ['>', '>=', '==', '<=', '<']) {
      expect(runCheck(compareColumnsValue, { column: 'depenses', column2: 'recettes', op }, t).problem).toBeUndefined();
    }
  });

  it('compares numbers (Validata tests: 12000 <= 15000, 12000 <= 12000, not 12000 <= 6000)', () => {
    expect(run([['12000', '15000'], ['12000', '12000']]).issues).toEqual([]);
    expect(run([['12000', '6000']]).issues).toEqual([
      { type: 'compare-columns-value', fieldName: 'depenses', value: '12000', params: { problem: 'comparison', op: '<=', column2: 'recettes', value2: '6000' }, rowNumber: 2 },
    ]);
  });

  it('applies each operator', () => {
    const rows = [['1', '2'], ['2', '2'], ['3', '2']];
    const failing = (op: string) => run(rows, op).issues.map((i) => i.rowNumber);
    expect(failing('>')).toEqual([2, 3]);
    expect(failing('>=')).toEqual([2]);
    expect(failing('==')).toEqual([2, 4]);
    expect(failing('<=')).toEqual([4]);
    expect(failing('<')).toEqual([3, 4]);
  });

  it('skips rows where either cell is empty or not castable, and absent columns', () => {
    expect(run([['12000', ''], ['', '6000'], ['abc', '6000']]).issues).toEqual([]);
    expect(run([['7000']], '<=', ['depenses']).issues).toEqual([]);
  });

  it('compares dates in time order (deliberations: PREF_DATE >= DELIB_DATE)', () => {
    const fields = [{ name: 'DELIB_DATE', type: 'date' }, { name: 'PREF_DATE', type: 'date' }];
    const { issues } = runCheck(compareColumnsValue, { column: 'PREF_DATE', op: '>=', column2: 'DELIB_DATE' }, {
      fields,
      rows: [['2017-10-15', '2017-10-20'], ['2017-10-15', '2017-10-15'], ['2017-10-15', '2017-02-03']],
    });
    expect(issues.map((i) => [i.rowNumber, i.value, i.params?.['value2']])).toEqual([[4, '2017-02-03', '2017-10-15']]);
  });

  it('compares texts as text, numeric texts as numbers, and refuses to compare a date with a number', () => {
    const texts = runCheck(compareColumnsValue, { column: 'a', op: '<', column2: 'b' }, {
      fields: ['a', 'b'],
      rows: [['abc', 'abd'], ['9', '10'], ['b', 'a'], ['10', 'abc']],
    });
    // "9" < "10" as numbers; "10" < "abc" as texts.
    expect(texts.issues.map((i) => i.rowNumber)).toEqual([4]);

    const mixed = runCheck(compareColumnsValue, { column: 'd', op: '>', column2: 'n' }, {
      fields: [{ name: 'd', type: 'date' }, { name: 'n', type: 'integer' }],
      rows: [['2020-01-01', '3']],
    });
    expect(mixed.issues[0]?.params).toMatchObject({ problem: 'not-comparable' });

    const numberAndText = runCheck(compareColumnsValue, { column: 'n', op: '<', column2: 't' }, {
      fields: [{ name: 'n', type: 'integer' }, 't'],
      rows: [['3', '4'], ['3', 'beaucoup']],
    });
    expect(numberAndText.issues.map((i) => [i.rowNumber, i.params?.['problem']])).toEqual([[3, 'not-comparable']]);
  });
  it('words date comparisons in time terms', () => {
    const fields = [{ name: 'DELIB_DATE', type: 'date' }, { name: 'PREF_DATE', type: 'date' }];
    const { issues } = runCheck(compareColumnsValue, { column: 'PREF_DATE', op: '>=', column2: 'DELIB_DATE' }, { fields, rows: [['2017-10-15', '2017-02-03']] });
    const fr = renderIssue(issues[0]!).fr;
    clean(fr);
    clean(renderIssue(issues[0]!).en);
    expect(fr).toContain('« 2017-02-03 » devrait être identique ou postérieure à la valeur de la colonne « DELIB_DATE » (« 2017-10-15 »)');
  });
});
