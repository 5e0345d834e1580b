import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { integerType } from './integer';
import { testField } from './test-field';
import truth from './scalar.fixture.json';

/** scalar.fixture.json: frictionless v5's integer reader (`int()` after strip and the bareNumber pattern), run in CPython; big values as text. */
const cases = truth.integer as [Record<string, unknown>, string, number | string | null][];

describe('integer reader: frictionless parity', () => {
  it.each(cases)('%j %j', (options, cell, value) => {
    const got = integerType.reader(testField({ type: 'integer', ...options }))(cell);
    if (typeof value === 'string') expect(got).toBe(BigInt(value));
    else expect(got === FAIL ? null : got).toBe(value);
  });
});

describe('integer', () => {
  it('keeps one representation per value: number while safe, BigInt beyond', () => {
    const read = integerType.reader(testField({ type: 'integer' }));
    expect(read('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(read('9007199254740993')).toBe(9007199254740993n);
    expect(integerType.key!(read('9007199254740993'))).toBe('9007199254740993');
    expect((read('9007199254740993') as bigint) > (read('5') as number)).toBe(true);
  });

  it.each([
    [1, 1],
    [1.0, 1],
    [1.5, FAIL],
    [true, FAIL],
    ['1', FAIL],
    [2 ** 60, BigInt(2 ** 60)],
  ])('reads the JSON value %j', (value, expected) => {
    expect(integerType.jsonReader!(testField({ type: 'integer' }))(value)).toBe(expected);
  });

  it('writes the canonical form', () => {
    const read = integerType.reader(testField({ type: 'integer' }));
    expect(integerType.write!(read(' +007 '), testField({ type: 'integer' }))).toBe('7');
  });
});
