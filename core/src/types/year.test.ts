import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { yearType } from './year';
import { testField } from './test-field';
import truth from './scalar.fixture.json';

describe('year reader: frictionless parity', () => {
  it.each(truth.year as [string, number | null][])('%j', (cell, value) => {
    const got = yearType.reader(testField({ type: 'year' }))(cell);
    expect(got === FAIL ? null : got).toBe(value);
  });

  it.each([
    [2000, 2000],
    [-2000, FAIL],
    [20000, FAIL],
    [true, 1],
  ])('reads the JSON value %j', (value, expected) => {
    expect(yearType.jsonReader!(testField({ type: 'year' }))(value)).toBe(expected);
  });
});
