import { describe, expect, it } from 'vitest';
import { fieldOf, refineWith } from '../fix/testing';
import { frenchNumberFormat as check } from './french-number-format';

const number = fieldOf({ name: 'montant', type: 'number' });
const integer = fieldOf({ name: 'effectif', type: 'integer' });

describe('french-number-format', () => {
  it('fixes decimal commas and space thousands (Lot: 40 000,00)', () => {
    expect(refineWith(check, number, '40 000,00')).toEqual({
      code: 'french-number-format',
      params: { decimalComma: true, thousands: 'space', reading: 'decimal-comma' },
      fix: { kind: 'number-format', to: '40000.00' },
    });
  });

  it('fixes no-break space thousands (Nièvre: 17 833) and narrow ones', () => {
    expect(refineWith(check, number, '17\u00a0833')).toMatchObject({ params: { decimalComma: false, thousands: 'nbsp' }, fix: { to: '17833' } });
    expect(refineWith(check, number, '1\u202f234\u202f567,5')).toMatchObject({ fix: { to: '1234567.5' } });
  });

  it('fixes point thousands with a decimal comma, and English grouping', () => {
    expect(refineWith(check, number, '1.234,56')).toMatchObject({ params: { thousands: 'point' }, fix: { to: '1234.56' } });
    expect(refineWith(check, number, '1,234.56')).toMatchObject({ params: { thousands: 'comma', reading: 'thousands-comma' }, fix: { to: '1234.56' } });
    expect(refineWith(check, number, '-12,5')).toMatchObject({ fix: { to: '-12.5' } });
    expect(refineWith(check, number, ',5')).toMatchObject({ fix: { to: '0.5' } });
  });

  it('gives both readings of 1,234 and no fix', () => {
    expect(refineWith(check, number, '1,234')).toEqual({
      code: 'french-number-format',
      params: { decimalComma: true, thousands: null, readings: ['decimal-comma', 'thousands-comma'], candidates: ['1.234', '1234'] },
    });
    // 0,125 and 1234,567 cannot be thousands.
    expect(refineWith(check, number, '0,125')).toMatchObject({ fix: { to: '0.125' } });
    expect(refineWith(check, number, '1234,567')).toMatchObject({ fix: { to: '1234.567' } });
  });

  it('in integer columns, only drops zero decimals', () => {
    expect(refineWith(check, integer, '1 234')).toMatchObject({ fix: { to: '1234' } });
    expect(refineWith(check, integer, '1 234,00')).toMatchObject({ fix: { to: '1234' } });
    expect(refineWith(check, integer, '10000.0')).toMatchObject({ fix: { to: '10000' } });
    expect(refineWith(check, integer, '12,5')).toBeNull();
    expect(refineWith(check, integer, '1,234')).toEqual({ code: 'french-number-format', params: { decimalComma: true, thousands: null } });
  });

  it('leaves other damage and columns with their own decimalChar alone', () => {
    expect(refineWith(check, number, '12 €')).toBeNull();
    expect(refineWith(check, number, '12 34')).toBeNull();
    expect(refineWith(check, fieldOf({ name: 'm', type: 'number', decimalChar: ',' }), '12,5')).toBe('not-applied');
  });
});
