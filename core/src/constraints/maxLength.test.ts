import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** Python's len(): code points of a string, items of an array or list, keys of an object. */
describe('maxLength', () => {
  it.each([
    [{ type: 'string', constraints: { maxLength: 2 } }, 'maxLength', 'abc', false],
    [{ type: 'string', constraints: { maxLength: 2 } }, 'maxLength', 'é😀', true],
    [{ type: 'array', constraints: { maxLength: 1 } }, 'maxLength', '[1]', true],
    [{ type: 'object', constraints: { maxLength: 1 } }, 'maxLength', '{"a": 1, "b": 2}', false],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
