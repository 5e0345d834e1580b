import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf, refineWith } from '../fix/testing';
import { sirenInsteadOfSiret as check } from './siren-instead-of-siret';

/** The same object warns on cells the schema accepts (`warnsOn` + `cell`). */
const warning = check;

describe('siren-instead-of-siret', () => {
  const siret = fieldOf({ name: 'idAttribuant', constraints: { pattern: '^\\d{14}$' } });

  it('recognises a valid SIREN in a SIRET column (Nièvre: 225800010), without a fix', () => {
    expect(refineWith(check, siret, '225800010', 'constraint-error', 'pattern')).toEqual({ code: 'siren-instead-of-siret', params: { siren: '225800010' } });
    expect(refineWith(check, siret, '225 800 010')).toMatchObject({ params: { siren: '225800010' } });
  });

  it('ignores 9 digits that are no SIREN, and SIREN columns', () => {
    expect(refineWith(check, siret, '225800011')).toBeNull();
    expect(refineWith(check, fieldOf({ name: 'siren', constraints: { pattern: '^\\d{9}$' } }), '225800010')).toBe('not-applied');
  });

  it('warns where the schema accepts the SIREN', () => {
    const loose = fieldOf({ name: 'idBeneficiaire' }, [{ name: 'siret', params: { column: 'idBeneficiaire' } }]);
    expect(cellWith(warning, loose, '225800010')).toMatchObject({ type: 'siren-instead-of-siret' });
    expect(cellWith(warning, loose, '22580001000011')).toBeNull();
  });
});
