import { describe, it, expect } from 'vitest';
import type { FieldDescriptor } from '../schema/types';
import { testField } from '../types/test-field';
import { typeImpls, FAIL } from '../types';
import { compileArrayItemConstraints } from './arrayItem';

function failures(d: Partial<FieldDescriptor>, raw: string): string[] {
  const field = testField({ type: 'array', ...d });
  const value = typeImpls.array!.reader(field)(raw);
  if (value === FAIL) return ['type'];
  return compileArrayItemConstraints(field)
    .filter((c) => c.start()(value, raw, 2) !== true)
    .map((c) => c.name);
}

/** frictionless's ArrayField.create_cell_reader: item notes become the array cell's notes. */
describe('arrayItem constraints', () => {
  it.each([
    [{ arrayItem: { constraints: { enum: ['val1', 'val2'] } } }, '["val1", "val2"]', []],
    [{ arrayItem: { constraints: { enum: ['val1'] } } }, '["val1", "val2"]', ['enum']],
    [{ arrayItem: { constraints: { enum: ['val1'] } } }, '["val2", "val3"]', ['enum']],
    [{ arrayItem: { type: 'string', constraints: { required: true } } }, '["a", ""]', ['required']],
    [{ arrayItem: { type: 'string', constraints: { required: true } } }, '["a", null]', ['required']],
    [{ arrayItem: { type: 'string', constraints: { required: false, enum: ['a'] } } }, '["a", null]', []],
    [{ arrayItem: { type: 'integer', constraints: { minimum: 2 } } }, '["1", 3]', ['minimum']],
    [{ arrayItem: { type: 'string', constraints: { pattern: '\\d+', maxLength: 2 } } }, '["123"]', ['maxLength']],
    [{ arrayItem: { type: 'string', constraints: { pattern: '\\d+', maxLength: 2 } } }, '["1a2"]', ['maxLength', 'pattern']],
    [{ arrayItem: { type: 'integer' } }, '["1", "x"]', ['type']],
    [{ constraints: { maxLength: 1 }, arrayItem: { constraints: { enum: ['a'] } } }, '["b", "c"]', []],
    [{ arrayItem: { type: 'string', enum: ['a'] } }, '["b"]', []],
    [{ arrayItem: { type: 'string', constraints: { unique: true } } }, '["a", "a"]', []],
  ] as [Partial<FieldDescriptor>, string, string[]][])('%j %s → %j', (d, raw, expected) => {
    expect(failures(d, raw).sort()).toEqual(expected);
  });

  it('reports the item constraint with arrayItem: true', () => {
    const [c] = compileArrayItemConstraints(testField({ type: 'array', arrayItem: { constraints: { enum: ['a'] } } }));
    expect(c!.params).toEqual({ constraint: 'enum', expected: ['a'], arrayItem: true });
  });

  it('compiles nothing for other fields', () => {
    expect(compileArrayItemConstraints(testField({ type: 'string', arrayItem: { constraints: { enum: ['a'] } } }))).toEqual([]);
  });
});
