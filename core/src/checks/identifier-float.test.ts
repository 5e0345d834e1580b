import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf, refineWith } from '../fix/testing';
import { identifierFloat as check } from './identifier-float';

/** The same object warns on cells the schema accepts (`warnsOn` + `cell`). */
const warning = check;

const siret = fieldOf({ name: 'idAttribuant', constraints: { pattern: '^\\d{14}$' } });
const insee = fieldOf({ name: 'codeInsee', constraints: { pattern: '^([013-9]\\d|2[AB1-9])\\d{3}$' } });

describe('identifier-float', () => {
  it('removes the decimal tail exactly (Poitiers: 21860194600000.0) and says the digits are zero-filled', () => {
    expect(refineWith(check, siret, '21860194600000.0', 'constraint-error', 'pattern')).toEqual({
      code: 'identifier-float',
      params: { identifier: 'siret', zeroFilled: true, leadingZero: false },
      fix: { kind: 'identifier-float', to: '21860194600000' },
    });
  });

  it('keeps a valid SIRET valid and does not call it zero-filled', () => {
    expect(refineWith(check, siret, '21860194600013.0')).toMatchObject({ params: { zeroFilled: false }, fix: { to: '21860194600013' } });
    expect(refineWith(check, siret, '21860194600013,00')).toMatchObject({ fix: { to: '21860194600013' } });
  });

  it('puts back a leading zero the pattern proves (INSEE 1053.0 → 01053)', () => {
    expect(refineWith(check, insee, '1053.0')).toMatchObject({ params: { leadingZero: true }, fix: { kind: 'identifier-float', to: '01053' } });
  });

  it('gives no fix when the decimals are not zeros or the number is too long to be exact', () => {
    expect(refineWith(check, siret, '21860194600000.5')).toBeNull();
    expect(refineWith(check, siret, '1234567890123456.0')).toBeNull();
    expect(refineWith(check, siret, '2,43E+13')).toBeNull();
  });

  it('warns with a fix where the schema accepts the text, skipping clean cells cheaply', () => {
    const loose = fieldOf({ name: 'siret' });
    expect(cellWith(warning, loose, '45032466000000.0')).toMatchObject({ type: 'identifier-float', fix: { to: '45032466000000' } });
    expect(cellWith(warning, loose, '45032466000017')).toBeNull();
  });
});

describe('identifier-float, where it looks', () => {
  it('only looks at every cell where the schema would accept a float-looking code', () => {
    expect(cellWith(warning, siret, '21860194600000.0')).toBe('not-applied');
    expect(cellWith(warning, fieldOf({ name: 'idBeneficiaire' }, [{ name: 'french-siret-value', params: { column: 'idBeneficiaire' } }]), '21860194600000.0')).toMatchObject({ type: 'identifier-float' });
  });
});
