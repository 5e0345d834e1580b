import { describe, expect, it } from 'vitest';
import { oneOfRequired } from './one-of-required';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


// Validata's own test table: id, A, B with one-of-required on A and B.
const fields = [{ name: 'id', type: 'number' }, 'A', 'B'];
const params = { column1: 'A', column2: 'B' };
const run = (header: string[], rows: string[][]) => runCheck(oneOfRequired, params, { fields, header, rows });

describe('one-of-required', () => {
  it('validates its parameters', () => {
    expect(runCheck(oneOfRequired, { column1: 'A' }, { fields, rows: [] }).problem).toMatch(/column2/);
    expect(runCheck(oneOfRequired, { column: 'A', column2: 'B' }, { fields, rows: [] }).problem).toMatch(/column1/);
  });

  it('accepts rows with at least one value (Validata valid cases)', () => {
    expect(run(['id', 'A'], [['1', 'a']]).issues).toEqual([]);
    expect(run(['id', 'B'], [['1', 'b']]).issues).toEqual([]);
    expect(run(['id', 'A', 'B'], [['1', 'a', 'b'], ['1', 'a', ''], ['1', '', 'b']]).issues).toEqual([]);
  });

  it('reports rows with neither value, even when one column is absent (Validata invalid cases)', () => {
    expect(run(['id', 'A'], [['1', '']]).issues).toEqual([
      { type: 'one-of-required', fieldName: 'A', value: '', params: { problem: 'both-empty', column1: 'A', column2: 'B' }, rowNumber: 2 },
    ]);
    expect(run(['id', 'B'], [['1', '']]).issues).toEqual([
      { type: 'one-of-required', fieldName: 'B', value: '', params: { problem: 'both-empty', column1: 'A', column2: 'B' }, rowNumber: 2 },
    ]);
    expect(run(['id', 'A', 'B'], [['1', '', '']]).issues).toHaveLength(1);
  });

  it('reports once, with no row, when both columns are absent', () => {
    expect(run(['id'], [['1'], ['2']]).issues).toEqual([
      { type: 'one-of-required', params: { problem: 'both-missing', column1: 'A', column2: 'B' } },
    ]);
  });

  it("treats a zero as empty, as Python's `not value` does", () => {
    const numeric = runCheck(oneOfRequired, params, { fields: [{ name: 'A', type: 'integer' }, 'B'], rows: [['0', '']] });
    expect(numeric.issues).toHaveLength(1);
  });
  it('renders both cases', () => {
    const [empty] = run(['id', 'A', 'B'], [['1', '', '']]).issues;
    const [missing] = run(['id'], [['1']]).issues;
    for (const i of [empty!, missing!]) {
      clean(renderIssue(i).fr);
      clean(renderIssue(i).en);
    }
    expect(renderIssue(missing!).fr).toContain('absentes du fichier');
  });
});
