import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** The bound is cast with the field's reader, as frictionless casts it (`"2"` on an integer, a date as text). */
describe('minimum', () => {
  it.each([
    [{ type: 'integer', constraints: { minimum: 2 } }, 'minimum', '2', true],
    [{ type: 'integer', constraints: { minimum: 2 } }, 'minimum', '1', false],
    [{ type: 'integer', constraints: { minimum: '2' } }, 'minimum', '1', false],
    [{ type: 'number', constraints: { minimum: '-90' } }, 'minimum', '-90.0', true],
    [{ type: 'number', constraints: { minimum: 0 } }, 'minimum', 'NaN', false],
    [{ type: 'number', constraints: { minimum: 0 } }, 'minimum', 'Infinity', true],
    [{ type: 'number', decimalChar: ',', constraints: { minimum: 1.5 } }, 'minimum', '1,4', false],
    [{ type: 'date', constraints: { minimum: '1789-07-14' } }, 'minimum', '1789-7-13', false],
    [{ type: 'datetime', constraints: { minimum: '1789-07-14T08:00:00Z' } }, 'minimum', '1789-07-14T09:00:00+02:00', false],
    [{ type: 'time', constraints: { minimum: '07:07:07' } }, 'minimum', '07:07:07', true],
    [{ type: 'year', constraints: { minimum: 1900 } }, 'minimum', '1899', false],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
