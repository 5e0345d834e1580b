import { describe, expect, it } from 'vitest';
import { frenchSiretValue, siretProblem } from './french-siret-value';
import { findCustomCheck } from './custom';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


const run = (rows: string[][], header?: string[]) =>
  runCheck(frenchSiretValue, { column: 'idBeneficiaire' }, { fields: ['nom', 'idBeneficiaire'], header, rows });

describe('french-siret-value', () => {
  it('refuses a missing column parameter', () => {
    expect(runCheck(frenchSiretValue, { colonne: 'x' }, { fields: ['x'], rows: [] }).problem).toBeDefined();
  });

  it('accepts valid SIRETs, spaced or dotted as python-stdnum compacts them', () => {
    for (const v of ['73282932000074', '732 829 320 00074', '732.829.320.00074', '21860194600013']) {
      expect(siretProblem(v), v).toBeNull();
    }
  });

  it('refuses bad formats, lengths and checksums', () => {
    expect(siretProblem('2,43E+13')).toEqual({ problem: 'format', digits: 0 });
    expect(siretProblem('21860194600000.0')).toEqual({ problem: 'length', digits: 15 });
    expect(siretProblem('7328293200007')).toEqual({ problem: 'length', digits: 13 });
    expect(siretProblem('73282932000079')).toEqual({ problem: 'checksum', digits: 14 });
  });

  it('also checks the SIREN part, as python-stdnum does', () => {
    // Luhn holds over the 14 digits but not over the first 9.
    expect(siretProblem('10000000000008')).toEqual({ problem: 'checksum', digits: 14 });
  });

  it("applies La Poste's rule: digit sum multiple of 5 instead of Luhn", () => {
    expect(siretProblem('35600000010014')).toBeNull(); // sum 20, Luhn fails
    expect(siretProblem('35600000010013')).toEqual({ problem: 'checksum', digits: 14, laPoste: true }); // Luhn holds, sum 19
    // The head office keeps the Luhn rule.
    expect(siretProblem('35600000000048')).toBeNull();
  });

  it('reports the cell with its raw value, skips empty cells and absent columns', () => {
    const { issues } = run([['a', '73282932000079'], ['b', ''], ['c', '73282932000074']]);
    expect(issues).toEqual([
      { type: 'french-siret-value', fieldName: 'idBeneficiaire', value: '73282932000079', params: { problem: 'checksum', digits: 14 }, rowNumber: 2 },
    ]);
    expect(run([['a']], ['nom']).issues).toEqual([]);
  });
  it('explains each problem in plain French, with a concrete fix', () => {
    const issues = run([['a', '2,43E+13'], ['b', '21860194600000.0'], ['c', '7328293200007'], ['d', '73282932000079'], ['e', '35600000010013']]).issues;
    const fr = issues.map((i) => renderIssue(i).fr);
    fr.forEach(clean);
    issues.map((i) => renderIssue(i).en).forEach(clean);
    expect(fr[0]).toContain('notation scientifique');
    expect(fr[1]).toContain('nombre décimal');
    expect(fr[2]).toContain('zéro initial');
    expect(fr[3]).toContain('clé de contrôle');
    expect(fr[4]).toContain('La Poste');
  });
  it("is also found under Validata's new name `siret`", () => {
    expect(findCustomCheck('french-siret-value')).toBe(frenchSiretValue);
    expect(findCustomCheck('siret')).toBe(frenchSiretValue);
    expect(findCustomCheck('siret-value')).toBeUndefined();
  });
});
