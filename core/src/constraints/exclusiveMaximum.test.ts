import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** Table Schema v2 (frictionless v5 refuses the constraint). */
describe('exclusiveMaximum', () => {
  it.each([
    [{ type: 'number', constraints: { exclusiveMaximum: 1 } }, 'exclusiveMaximum', '1.0', false],
    [{ type: 'date', constraints: { exclusiveMaximum: '2020-01-01' } }, 'exclusiveMaximum', '2019-12-31', true],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
