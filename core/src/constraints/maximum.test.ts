import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** The bound is cast with the field's reader, as frictionless casts it. */
describe('maximum', () => {
  it.each([
    [{ type: 'integer', constraints: { maximum: 2 } }, 'maximum', '3', false],
    [{ type: 'integer', constraints: { maximum: 2 ** 60 } }, 'maximum', '1152921504606846977', false],
    [{ type: 'number', constraints: { minimum: -90, maximum: 90 } }, 'maximum', '90.5', false],
    [{ type: 'number', constraints: { maximum: 0 } }, 'maximum', 'NaN', false],
    [{ type: 'date', format: '%d/%m/%Y', constraints: { maximum: '01/01/2001' } }, 'maximum', '02/01/2001', false],
    [{ type: 'yearmonth', constraints: { maximum: '2001-01' } }, 'maximum', '2001-02', false],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
