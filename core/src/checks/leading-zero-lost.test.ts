import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf, refineWith } from '../fix/testing';
import { leadingZeroLost as check } from './leading-zero-lost';

/** The same object warns on cells the schema accepts (`warnsOn` + `cell`). */
const warning = check;

describe('leading-zero-lost', () => {
  it('restores the zero of an INSEE or postal code when the pattern proves the length', () => {
    const insee = fieldOf({ name: 'codeCommune', constraints: { pattern: '^([013-9]\\d|2[AB1-9])\\d{3}$' } });
    expect(refineWith(check, insee, '1053', 'constraint-error', 'pattern')).toEqual({
      code: 'leading-zero-lost',
      params: { identifier: 'code', digits: 5 },
      fix: { kind: 'leading-zero', to: '01053' },
    });
    const postal = fieldOf({ name: 'cp', constraints: { pattern: '^\\d{5}$' } });
    expect(refineWith(check, postal, '1000')).toMatchObject({ fix: { to: '01000' } });
  });

  it('does not pad by more than one zero, nor when the pattern refuses the result', () => {
    const postal = fieldOf({ name: 'cp', constraints: { pattern: '^\\d{5}$' } });
    expect(refineWith(check, postal, '123')).toBeNull();
    const noZero = fieldOf({ name: 'dep', constraints: { pattern: '^[1-9]\\d{4}$' } });
    expect(refineWith(check, noZero, '1053')).toBe('not-applied');
  });

  it('pads a SIRET only when the padded number exists', () => {
    const siret = fieldOf({ name: 'siret', constraints: { pattern: '^\\d{14}$' } });
    // 01000000800010 is a valid SIRET (Luhn on 9 and 14 digits).
    expect(refineWith(check, siret, '1000000800010')).toMatchObject({ params: { identifier: 'siret' }, fix: { to: '01000000800010' } });
    expect(refineWith(check, siret, '1000000800011')).toBeNull();
    expect(cellWith(warning, fieldOf({ name: 'siret' }), '1000000800010')).toMatchObject({ fix: { to: '01000000800010' } });
  });

  it('leaves columns without a proving pattern alone', () => {
    expect(refineWith(check, fieldOf({ name: 'codeInsee' }), '1053')).toBe('not-applied');
  });
});
