import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf } from '../fix/testing';
import { personalData as check } from './personal-data';

const beneficiary = fieldOf({ name: 'nomBeneficiaire', title: 'Nom du bénéficiaire' });

describe('personal-data', () => {
  it('warns on a person’s e-mail or mobile number in a beneficiary name column', () => {
    expect(cellWith(check, beneficiary, 'jean.dupont@orange.fr')).toEqual({ type: 'personal-data', params: { kind: 'email' } });
    expect(cellWith(check, beneficiary, 'Marie Curie (marie.curie@exemple.fr)')).toMatchObject({ params: { kind: 'email' } });
    expect(cellWith(check, beneficiary, 'jdupont31@gmail.com')).toMatchObject({ params: { kind: 'email' } });
    expect(cellWith(check, beneficiary, 'M. Dupont 06 12 34 56 78')).toMatchObject({ params: { kind: 'mobile' } });
    expect(cellWith(check, beneficiary, '+33 7 12 34 56 78')).toMatchObject({ params: { kind: 'mobile' } });
  });

  it('leaves organisations’ addresses, landlines and names alone', () => {
    for (const raw of ['contact@asso-foot.fr', 'asso.foot@gmail.com', 'mairie@commune.fr', 'Association des maires', '05 61 12 34 56', 'SIRET 21860194600013']) {
      expect(cellWith(check, beneficiary, raw), raw).toBeNull();
    }
  });

  it('only applies to party/name columns not meant for contacts', () => {
    expect(cellWith(check, fieldOf({ name: 'emailContact' }), 'jean.dupont@orange.fr')).toBe('not-applied');
    expect(cellWith(check, fieldOf({ name: 'telephone' }), '06 12 34 56 78')).toBe('not-applied');
    expect(cellWith(check, fieldOf({ name: 'nomenclature' }), 'jean.dupont@orange.fr')).toBe('not-applied');
    expect(cellWith(check, fieldOf({ name: 'idBeneficiaire', constraints: { pattern: '^\\d{14}$' } }), 'x')).toBe('not-applied');
    expect(cellWith(check, fieldOf({ name: 'titulaire' }), 'paul.martin@free.fr')).toMatchObject({ type: 'personal-data' });
  });
});
