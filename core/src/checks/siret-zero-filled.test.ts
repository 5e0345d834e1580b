import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf, refineWith } from '../fix/testing';
import { siretZeroFilled as check } from './siret-zero-filled';

/** The same object warns on cells the schema accepts (`warnsOn` + `cell`). */
const warning = check;

const siret = fieldOf({ name: 'idBeneficiaire', constraints: { pattern: '^\\d{14}$' } });

describe('siret-zero-filled', () => {
  it('flags a SIRET whose last digits were replaced by zeros (no fix: lossy)', () => {
    expect(cellWith(warning, siret, '45032466000000')).toEqual({ type: 'siret-zero-filled', params: { identifier: 'siret' } });
    expect(cellWith(warning, siret, '21860194600000')).toMatchObject({ type: 'siret-zero-filled' });
  });

  it('leaves real SIRETs ending in zeros alone (their key is right)', () => {
    // 35600000000048 is La Poste's head office; 73282932000074 Apple France; 21310555400017 Toulouse.
    for (const ok of ['35600000000048', '73282932000074', '21310555400017']) expect(cellWith(warning, siret, ok)).toBeNull();
  });

  it('refines an error on a float-looking zero-filled SIRET too', () => {
    expect(refineWith(check, siret, '45032466000000.0')).toMatchObject({ code: 'siret-zero-filled' });
  });

  it('handles SIREN columns and ignores code columns', () => {
    const siren = fieldOf({ name: 'siren', constraints: { pattern: '^\\d{9}$' } });
    expect(cellWith(warning, siren, '225800000')).toMatchObject({ params: { identifier: 'siren' } });
    expect(cellWith(warning, siren, '225800010')).toBeNull();
    expect(cellWith(warning, fieldOf({ name: 'codePostal', constraints: { pattern: '^\\d{5}$' } }), '75000')).toBe('not-applied');
  });
});
