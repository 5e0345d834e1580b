import { describe, expect, it } from 'vitest';
import { sumColumnsValue } from './sum-columns-value';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


const votes = ['VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'].map((name) => ({ name, type: 'integer' }));
const params = { column: 'VOTE_REEL', columns: ['VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'] };
const run = (rows: string[][], header?: string[]) => runCheck(sumColumnsValue, params, { fields: votes, header, rows });

describe('sum-columns-value', () => {
  it('validates its parameters', () => {
    const t = { fields: votes, rows: [] };
    expect(runCheck(sumColumnsValue, { column: 'VOTE_REEL' }, t).problem).toMatch(/columns/);
    expect(runCheck(sumColumnsValue, { column: 'VOTE_REEL', columns: 'VOTE_POUR' }, t).problem).toMatch(/columns/);
    expect(runCheck(sumColumnsValue, { column: 'VOTE_REEL', columns: ['VOTE_POUR', 3] }, t).problem).toMatch(/columns/);
    expect(runCheck(sumColumnsValue, { columns: ['VOTE_POUR'] }, t).problem).toMatch(/column/);
  });

  it('accepts a row whose total is the sum, reports one that is not', () => {
    const { issues } = run([['10', '6', '3', '1'], ['10', '6', '3', '2']]);
    expect(issues).toEqual([
      { type: 'sum-columns-value', fieldName: 'VOTE_REEL', value: '10', params: { columns: params.columns, sum: 11, expected: 10 }, rowNumber: 3 },
    ]);
  });

  it('skips rows with an empty or non-numeric cell', () => {
    expect(run([['10', '6', '', '1'], ['', '6', '3', '1'], ['10', '6', 'trois', '1']]).issues).toEqual([]);
  });

  it('skips every row when one of the columns is absent from the file', () => {
    expect(run([['10', '6', '3']], ['VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE']).issues).toEqual([]);
  });

  it('adds decimals without floating-point noise', () => {
    const fields = ['total', 'a', 'b'].map((name) => ({ name, type: 'number' }));
    const { issues } = runCheck(sumColumnsValue, { column: 'total', columns: ['a', 'b'] }, { fields, rows: [['0.3', '0.1', '0.2'], ['0.4', '0.1', '0.2']] });
    expect(issues.map((i) => i.rowNumber)).toEqual([3]);
  });
  it('renders the computed sum', () => {
    const [issue] = run([['10', '6', '3', '2']]).issues;
    const fr = renderIssue(issue!).fr;
    clean(fr);
    clean(renderIssue(issue!).en);
    expect(fr).toContain('qui vaut 11');
    expect(fr).toContain('VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION');
  });
});
