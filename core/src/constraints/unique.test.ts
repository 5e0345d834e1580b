import { describe, it, expect } from 'vitest';
import type { FieldDescriptor } from '../schema/types';
import { testField } from '../types/test-field';
import { typeImpls } from '../types';
import { constraintImpls } from './registry';
import { KeyRowTable } from './key-hash';

function run(d: Partial<FieldDescriptor>, cells: string[]): (boolean | number)[] {
  const field = testField({ ...d, constraints: { unique: true } });
  const type = typeImpls[field.type]!;
  const reader = type.reader(field);
  const check = constraintImpls.unique!.compile(field, true, reader, type)!.start();
  return cells.map((raw, i) => check(reader(raw), raw, i + 2));
}

describe('unique', () => {
  it('returns the row of the first occurrence', () => {
    expect(run({ type: 'string' }, ['a', 'b', 'a', 'a'])).toEqual([true, true, 2, 2]);
  });

  it('compares cast values, as frictionless does', () => {
    expect(run({ type: 'integer' }, ['1', '01', ' 1', '2'])).toEqual([true, 2, 2, true]);
    expect(run({ type: 'number' }, ['1.0', '1', '1e0', '-0', '0'])).toEqual([true, 2, 2, true, 5]);
    expect(run({ type: 'date' }, ['2020-01-01', '2020-1-1'])).toEqual([true, 2]);
    expect(run({ type: 'object' }, ['{"a":1,"b":2}', '{"b": 2, "a": 1}'])).toEqual([true, 2]);
    expect(run({ type: 'integer' }, ['12345678901234567890', '12345678901234567891', '12345678901234567890'])).toEqual([true, true, 2]);
  });

  it('never flags NaN (NaN equals nothing)', () => {
    expect(run({ type: 'number' }, ['NaN', 'NaN'])).toEqual([true, true]);
  });

  it('gives each run a fresh state', () => {
    const field = testField({ type: 'string', constraints: { unique: true } });
    const c = constraintImpls.unique!.compile(field, true, typeImpls.string!.reader(field), typeImpls.string!)!;
    expect(c.start()('a', 'a', 2)).toBe(true);
    expect(c.start()('a', 'a', 2)).toBe(true);
  });
});

describe('KeyRowTable', () => {
  it('finds no false duplicate among 1,000,000 distinct strings and numbers, in little memory', () => {
    const strings = new KeyRowTable();
    const numbers = new KeyRowTable();
    let duplicates = 0;
    for (let i = 0; i < 1_000_000; i++) {
      if (strings.seen(`SIRET-${i}`, i + 2) !== 0) duplicates++;
      if (numbers.seen(i * 1.5, i + 2) !== 0) duplicates++;
    }
    expect(duplicates).toBe(0);
    expect(strings.count).toBe(1_000_000);
    expect(strings.seen('SIRET-999999', 5)).toBe(1_000_001);
    // 2^21 slots of 12 bytes: 24 MiB for a million values.
    expect(strings.bytes).toBeLessThanOrEqual(2 ** 21 * 12);
  });

  it('stores rows up to 2^32 - 2', () => {
    const t = new KeyRowTable();
    t.seen('x', 4_000_000_000);
    expect(t.seen('x', 5)).toBe(4_000_000_000);
  });
});
