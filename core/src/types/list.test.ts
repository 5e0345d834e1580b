import { describe, it, expect } from 'vitest';
import { FAIL, SchemaProblem } from './types';
import { listType } from './list';
import { testField } from './test-field';
import type { FieldDescriptor } from '../schema/types';

const read = (cell: string, d: Partial<FieldDescriptor> = {}): unknown => {
  const v = listType.reader(testField({ type: 'list', ...d }))(cell);
  return v === FAIL ? null : v;
};

/** frictionless's list field: split on the delimiter (no trimming), items read with their type's defaults. */
describe('list reader', () => {
  it.each([
    ['a,b,c', {}, ['a', 'b', 'c']],
    ['a, b', {}, ['a', ' b']],
    ['a,,b', {}, ['a', '', 'b']],
    ['a;b', { delimiter: ';' }, ['a', 'b']],
    ['1,2,3', { itemType: 'integer' }, [1, 2, 3]],
    ['1, 2', { itemType: 'integer' }, [1, 2]],
    ['1,,2', { itemType: 'integer' }, null],
    ['1,x', { itemType: 'integer' }, null],
    ['true,0', { itemType: 'boolean' }, [true, false]],
    ['oui', { itemType: 'boolean', trueValues: ['oui'] }, null],
    ['1.5;2', { itemType: 'number', delimiter: ';' }, [1.5, 2]],
    ['2020-01-01,2020-1-2', { itemType: 'date' }, [18262, 18263]],
    ['2020-01-01, 2020-01-02', { itemType: 'date' }, null],
  ])('%j with %j', (cell, options, expected) => {
    expect(read(cell, options as Partial<FieldDescriptor>)).toEqual(expected);
  });

  it.each([['geopoint'], ['object'], ['nope']])('rejects the item type %s', (itemType) => {
    expect(() => listType.reader(testField({ type: 'list', itemType }))).toThrow(SchemaProblem);
  });

  it('writes items back with the delimiter', () => {
    const f = testField({ type: 'list', itemType: 'date', delimiter: ';' });
    expect(listType.write!(listType.reader(f)('2020-1-1;2020-01-02'), f)).toBe('2020-01-01;2020-01-02');
  });
});
