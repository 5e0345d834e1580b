import { describe, expect, it } from 'vitest';
import { fieldOf, refineWith } from '../fix/testing';
import { enumNearMatch as check } from './enum-near-match';

const nature = fieldOf({ name: 'nature', constraints: { enum: ['aide en numéraire', 'aide en nature', 'aide en numéraire;aide en nature', 'aide en nature;aide en numéraire'] } });

describe('enum-near-match', () => {
  it('rewrites a value differing by case, accents or spaces (Haute-Garonne: Aide en numéraire)', () => {
    expect(refineWith(check, nature, 'Aide en numéraire', 'constraint-error', 'enum')).toEqual({
      code: 'enum-near-match',
      params: { allowed: 'aide en numéraire' },
      fix: { kind: 'enum-value', to: 'aide en numéraire' },
    });
    expect(refineWith(check, nature, 'aide en numeraire ; aide en nature', 'constraint-error', 'enum')).toMatchObject({ fix: { to: 'aide en numéraire;aide en nature' } });
    expect(refineWith(check, nature, ' AIDE EN NATURE', 'constraint-error', 'enum')).toMatchObject({ fix: { to: 'aide en nature' } });
  });

  it('leaves other values alone', () => {
    expect(refineWith(check, nature, 'aide en numéraire;', 'constraint-error', 'enum')).toBeNull();
    expect(refineWith(check, nature, ' aide en nature ', 'constraint-error', 'enum')).toBeNull();
    expect(refineWith(check, nature, 'subvention', 'constraint-error', 'enum')).toBeNull();
    expect(refineWith(check, nature, 'Aide en numéraire', 'constraint-error', 'maxLength')).toBeNull();
  });

  it('refuses when two allowed values are equal once loosened', () => {
    const twins = fieldOf({ name: 'x', constraints: { enum: ['Oui', 'oui'] } });
    expect(refineWith(check, twins, 'OUI', 'constraint-error', 'enum')).toBeNull();
  });
});
