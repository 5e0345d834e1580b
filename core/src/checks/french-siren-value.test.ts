import { describe, expect, it } from 'vitest';
import { frenchSirenValue, sirenProblem } from './french-siren-value';
import { findCustomCheck } from './custom';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


const run = (rows: string[][], header?: string[]) =>
  runCheck(frenchSirenValue, { column: 'siren' }, { fields: ['id', 'siren'], header, rows });

describe('french-siren-value', () => {
  it('refuses a missing or non-string column parameter', () => {
    expect(runCheck(frenchSirenValue, {}, { fields: ['siren'], rows: [] }).problem).toBeDefined();
    expect(runCheck(frenchSirenValue, { column: 3 }, { fields: ['siren'], rows: [] }).problem).toBeDefined();
    expect(runCheck(frenchSirenValue, { column: '' }, { fields: ['siren'], rows: [] }).problem).toBeDefined();
  });

  it('accepts valid SIRENs, with spaces, dots or NBSP as python-stdnum compacts them', () => {
    for (const v of ['404833048', '552008443', '732 829 320', '732.829.320', '732\u00a0829\u202f320', ' 732829320\t']) {
      expect(sirenProblem(v), v).toBeNull();
    }
  });

  it('says why a value is refused: format, then length, then checksum', () => {
    expect(sirenProblem('40483304A')).toEqual({ problem: 'format', digits: 0 });
    expect(sirenProblem('404-833-048')).toEqual({ problem: 'format', digits: 0 });
    expect(sirenProblem('  ')).toEqual({ problem: 'format', digits: 0 });
    expect(sirenProblem('40483304')).toEqual({ problem: 'length', digits: 8 });
    expect(sirenProblem('404833047')).toEqual({ problem: 'checksum', digits: 9 });
    // A tab inside the number is not stripped (only at both ends).
    expect(sirenProblem('404\t833048')).toEqual({ problem: 'format', digits: 0 });
    // Non-ASCII digits are refused as python-stdnum's isdigits() does.
    expect(sirenProblem('４04833048')).toEqual({ problem: 'format', digits: 0 });
  });

  it('reports the cell, skips empty cells', () => {
    const { issues } = run([['1', '404833047'], ['2', ''], ['3', '404833048']]);
    expect(issues).toEqual([
      { type: 'french-siren-value', fieldName: 'siren', value: '404833047', params: { problem: 'checksum', digits: 9 }, rowNumber: 2 },
    ]);
  });

  it('does nothing when the column is absent from the file or unknown to the schema', () => {
    expect(run([['1']], ['id']).issues).toEqual([]);
    expect(runCheck(frenchSirenValue, { column: 'nope' }, { fields: ['siren'], rows: [['x']] }).issues).toEqual([]);
  });
  it('renders its messages', () => {
    const issues = run([['1', '40483304'], ['2', '404833047'], ['3', 'abc']]).issues;
    for (const i of issues) {
      clean(renderIssue(i).fr);
      clean(renderIssue(i).en);
    }
    expect(renderIssue(issues[0]!).fr).toContain('zéro initial');
    expect(renderIssue(issues[1]!).fr).toContain('clé de contrôle');
  });
  it("is also found under Validata's new name `siren`", () => {
    expect(findCustomCheck('siren')).toBe(frenchSirenValue);
  });
});
