import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** Table Schema v2 (frictionless v5 refuses the constraint). */
describe('exclusiveMinimum', () => {
  it.each([
    [{ type: 'integer', constraints: { exclusiveMinimum: 2 } }, 'exclusiveMinimum', '2', false],
    [{ type: 'integer', constraints: { exclusiveMinimum: 2 } }, 'exclusiveMinimum', '3', true],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
