import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf } from '../fix/testing';
import { formulaLikeCell as check } from './formula-like-cell';

const text = fieldOf({ name: 'objet' });

describe('formula-like-cell', () => {
  it('warns on cells a spreadsheet would run as formulas (no fix)', () => {
    for (const raw of ['=1+1', '=HYPERLINK("http://x","y")', '@SUM(A1)', "-2+3+cmd|' /C calc'!A0", '+cmd|x', '- Subvention de fonctionnement']) {
      expect(cellWith(check, text, raw), raw).toEqual({ type: 'formula-like-cell', params: { first: raw.charAt(0) } });
    }
  });

  it('leaves numbers, phone numbers and lone signs alone', () => {
    for (const raw of ['-12,5', '+33 6 12 34 56 78', '-', '+', 'Subvention', 'a=b', '+33 (0)1 23 45 67 89']) expect(cellWith(check, text, raw), raw).toBeNull();
  });

  it('only looks at free-text columns', () => {
    expect(cellWith(check, fieldOf({ name: 'montant', type: 'number' }), '-5')).toBe('not-applied');
    expect(cellWith(check, fieldOf({ name: 'code', constraints: { pattern: '^[=A-Z]+$' } }), '=A')).toBe('not-applied');
    expect(cellWith(check, fieldOf({ name: 'signe', constraints: { enum: ['+', '-', '=x'] } }), '=x')).toBe('not-applied');
  });
});
