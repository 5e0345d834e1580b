import { describe, it, expect } from 'vitest';
import { FAIL, SchemaProblem } from './types';
import { arrayType } from './array';
import { testField } from './test-field';
import type { FieldDescriptor } from '../schema/types';

const read = (cell: string, d: Partial<FieldDescriptor> = {}): unknown => {
  const v = arrayType.reader(testField({ type: 'array', ...d }))(cell);
  return v === FAIL ? null : v;
};

/** frictionless's tests/fields/test_array.py, plus arrayItem casting. */
describe('array reader', () => {
  it.each([
    ['[]', []],
    ['["val1", "val2"]', ['val1', 'val2']],
    ['{"key": "value"}', null],
    ['string', null],
    ['1', null],
    ['3.14', null],
  ])('%j', (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it('casts items with arrayItem', () => {
    expect(read('["1", "2", "3"]', { arrayItem: { type: 'integer' } })).toEqual([1, 2, 3]);
    expect(read('[1, 2.0]', { arrayItem: { type: 'integer' } })).toEqual([1, 2]);
    expect(read('["1", "2", "bad"]', { arrayItem: { type: 'integer' } })).toBeNull();
    expect(read('["oui", "non"]', { arrayItem: { type: 'boolean', trueValues: ['oui'], falseValues: ['non'] } })).toEqual([true, false]);
    expect(read('[true]', { arrayItem: { type: 'boolean', trueValues: ['oui'], falseValues: ['non'] } })).toEqual([true]);
    expect(read('[1]', { arrayItem: { type: 'string' } })).toBeNull();
  });

  it('leaves null and missing items as null (constraints decide)', () => {
    expect(read('["a", "", null]', { arrayItem: { type: 'string' } })).toEqual(['a', null, null]);
    expect(read('["a", "NA"]', { arrayItem: { type: 'integer', missingValues: ['NA'] } })).toBeNull();
    expect(read('["1", "NA"]', { arrayItem: { type: 'integer', missingValues: ['NA'] } })).toEqual([1, null]);
  });

  it('reads items of any type when arrayItem has none (frictionless default: any)', () => {
    expect(read('[1, "a", {"b": 2}]', { arrayItem: { constraints: { enum: ['a'] } } })).toEqual([1, 'a', { b: 2 }]);
  });

  it('reports a bad item format as a schema problem', () => {
    expect(() => arrayType.reader(testField({ type: 'array', arrayItem: { type: 'date', format: '%Q' } }))).toThrow(SchemaProblem);
  });

  it('writes JSON', () => {
    const f = testField({ type: 'array', arrayItem: { type: 'date' } });
    expect(arrayType.write!(arrayType.reader(f)('["2020-1-5", null]'), f)).toBe('["2020-01-05", null]');
    expect(arrayType.write!(['a', 1], testField({ type: 'array' }))).toBe('["a",1]');
  });
});
