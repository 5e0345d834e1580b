import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** Python's len(): code points of a string, items of an array or list, keys of an object. */
describe('minLength', () => {
  it.each([
    [{ type: 'string', constraints: { minLength: 2 } }, 'minLength', 'ab', true],
    [{ type: 'string', constraints: { minLength: 2 } }, 'minLength', 'a', false],
    [{ type: 'string', constraints: { minLength: 2 } }, 'minLength', '😀', false],
    [{ type: 'array', constraints: { minLength: 2 } }, 'minLength', '[1]', false],
    [{ type: 'list', constraints: { minLength: 3 } }, 'minLength', 'a,b', false],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
