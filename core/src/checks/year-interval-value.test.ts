import { describe, expect, it } from 'vitest';
import { intervalProblem, yearIntervalValue } from './year-interval-value';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


const table = (rows: string[][]) => ({ fields: ['BUDGET_ANNEE'], rows });

describe('year-interval-value', () => {
  it('validates its parameters', () => {
    expect(runCheck(yearIntervalValue, {}, table([])).problem).toBeDefined();
    expect(runCheck(yearIntervalValue, { column: 'BUDGET_ANNEE', 'allow-year-only': 1 }, table([])).problem).toBeDefined();
    expect(runCheck(yearIntervalValue, { column: 'BUDGET_ANNEE', 'allow-year-only': true }, table([])).problem).toBeUndefined();
  });

  it('accepts an interval whose second year is later', () => {
    expect(intervalProblem('2017/2018', false)).toBeNull();
    expect(intervalProblem('2017/2030', false)).toBeNull();
  });

  it('refuses same years and reversed intervals', () => {
    expect(intervalProblem('2017/2017', false)).toEqual({ problem: 'same-years', year1: 2017, year2: 2017 });
    expect(intervalProblem('2017/2012', true)).toEqual({ problem: 'reversed', year1: 2017, year2: 2012 });
  });

  it('accepts a single year only with allow-year-only', () => {
    expect(intervalProblem('2017', false)).toEqual({ problem: 'format' });
    expect(intervalProblem('2017', true)).toBeNull();
    expect(intervalProblem('toto', true)).toEqual({ problem: 'format' });
    expect(intervalProblem('17/18', false)).toEqual({ problem: 'format' });
    expect(intervalProblem('2017-2018', true)).toEqual({ problem: 'format' });
    expect(intervalProblem(' 2017', true)).toEqual({ problem: 'format' });
    expect(intervalProblem('2017/2018 ', false)).toEqual({ problem: 'format' });
  });

  it("lets one final newline pass, as Python's `$` does", () => {
    expect(intervalProblem('2017/2018\n', false)).toBeNull();
    expect(intervalProblem('2017\n', true)).toBeNull();
    expect(intervalProblem('2017/2018\n\n', false)).toEqual({ problem: 'format' });
  });

  it('reads allow-year-only as Validata does: "true" and "yes" only', () => {
    const rows = [['2017'], ['2017/2018'], ['']];
    expect(runCheck(yearIntervalValue, { column: 'BUDGET_ANNEE', 'allow-year-only': 'yes' }, table(rows)).issues).toEqual([]);
    expect(runCheck(yearIntervalValue, { column: 'BUDGET_ANNEE', 'allow-year-only': 'true' }, table(rows)).issues).toEqual([]);
    const strict = runCheck(yearIntervalValue, { column: 'BUDGET_ANNEE', 'allow-year-only': 'oui' }, table(rows));
    expect(strict.issues).toEqual([
      { type: 'year-interval-value', fieldName: 'BUDGET_ANNEE', value: '2017', params: { problem: 'format', allowYearOnly: false }, rowNumber: 2 },
    ]);
  });
  it('renders each problem with the corrected value', () => {
    const rows = [['2017/2012'], ['2017/2017'], ['toto']];
    const { issues } = runCheck(yearIntervalValue, { column: 'BUDGET_ANNEE', 'allow-year-only': 'yes' }, table(rows));
    issues.forEach((i) => (clean(renderIssue(i).fr), clean(renderIssue(i).en)));
    expect(renderIssue(issues[0]!).fr).toContain('2012/2017');
    expect(renderIssue(issues[1]!).fr).toContain('l’année : 2017');
  });
});
