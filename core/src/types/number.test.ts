import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { numberType } from './number';
import { testField } from './test-field';
import truth from './scalar.fixture.json';

/** scalar.fixture.json: frictionless v5's number reader (Decimal after its text processing), run in CPython. */
const cases = truth.number as [Record<string, unknown>, string, number | string | null][];

const expected = (v: number | string | null): number | null => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : (v as number | null));

describe('number reader: frictionless parity', () => {
  it.each(cases)('%j %j', (options, cell, value) => {
    const read = numberType.reader(testField({ type: 'number', ...options }));
    const got = read(cell);
    expect(got === FAIL ? null : got).toBe(expected(value));
  });
});

describe('number', () => {
  it('accepts numbers written as JSON (enum, minimum) but not booleans', () => {
    const json = numberType.jsonReader!(testField({ type: 'number' }));
    expect(json(1.5)).toBe(1.5);
    expect(json(true)).toBe(FAIL);
    expect(json('1')).toBe(FAIL);
  });

  it.each([
    [{}, 1234.5, '1234.5'],
    [{ decimalChar: ',' }, 1234.5, '1234,5'],
    [{ decimalChar: ',', groupChar: ' ' }, -1234567.25, '-1 234 567,25'],
    [{ groupChar: '.', decimalChar: ',' }, 8699.8, '8.699,8'],
    [{}, NaN, 'NaN'],
    [{}, -Infinity, '-Infinity'],
  ])('writes %j %s as %s', (options, value, text) => {
    const f = testField({ type: 'number', ...options });
    expect(numberType.write!(value, f)).toBe(text);
    expect(numberType.reader(f)(text)).toBe(value);
  });
});
