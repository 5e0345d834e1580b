import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf, refineWith } from '../fix/testing';
import { identifierScientificNotation as check } from './identifier-scientific-notation';

/** The same object warns on cells the schema accepts (`warnsOn` + `cell`). */
const warning = check;

const siret = fieldOf({ name: 'idBeneficiaire', constraints: { pattern: '^\\d{14}$' } });

describe('identifier-scientific-notation', () => {
  it('explains a SIRET shortened to scientific notation, without a fix', () => {
    for (const raw of ['2,43E+13', '2.43E+13', '2,4301E13', ' 2,43e+13 ']) {
      const d = refineWith(check, siret, raw, 'constraint-error', 'pattern');
      expect(d).toMatchObject({ code: 'identifier-scientific-notation', params: { identifier: 'siret', digits: 14 } });
      expect(d && d !== 'not-applied' && d.fix).toBeUndefined();
    }
  });

  it('warns on a column whose schema accepts any text (no pattern, SIRET by its name)', () => {
    const loose = fieldOf({ name: 'siretBeneficiaire' });
    expect(cellWith(warning, loose, '2,43E+13')).toMatchObject({ type: 'identifier-scientific-notation' });
    expect(cellWith(warning, loose, '21860194600013')).toBeNull();
  });

  it('finds SIRET columns by their custom check, and leaves other columns alone', () => {
    const checked = fieldOf({ name: 'idAttribuant' }, [{ name: 'french-siret-value', params: { column: 'idAttribuant' } }]);
    expect(cellWith(warning, checked, '2,43E+13')).toMatchObject({ params: { identifier: 'siret' } });
    expect(cellWith(warning, fieldOf({ name: 'objet' }), '2,43E+13')).toBe('not-applied');
    expect(cellWith(warning, fieldOf({ name: 'montant', type: 'number' }), '2,43E+13')).toBe('not-applied');
    // A 5-digit code never reaches scientific notation.
    expect(cellWith(warning, fieldOf({ name: 'codeInsee', constraints: { pattern: '^\\d{5}$' } }), '1E+4')).toBe('not-applied');
  });

  it('does not mistake plain values for scientific notation', () => {
    expect(refineWith(check, siret, '2430000000000')).toBeNull();
    expect(refineWith(check, siret, 'E12')).toBeNull();
  });
});
