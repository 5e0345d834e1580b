import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** Table Schema v2 (frictionless v5 refuses the constraint). */
describe('jsonSchema', () => {
  it.each([
    [{ type: 'object', constraints: { jsonSchema: { type: 'object', required: ['a'] } } }, 'jsonSchema', '{"a": 1}', true],
    [{ type: 'object', constraints: { jsonSchema: { type: 'object', required: ['a'] } } }, 'jsonSchema', '{"b": 1}', false],
    [{ type: 'array', constraints: { jsonSchema: { items: { type: 'integer' } } } }, 'jsonSchema', '[1, 2]', true],
    [{ type: 'array', constraints: { jsonSchema: { items: { type: 'integer' } } } }, 'jsonSchema', '[1, "2"]', false],
    [{ type: 'array', arrayItem: { type: 'integer' }, constraints: { jsonSchema: { items: { type: 'string' } } } }, 'jsonSchema', '["1"]', true],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
