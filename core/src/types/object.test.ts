import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { objectType } from './object';
import { testField } from './test-field';

const f = testField({ type: 'object' });
const read = objectType.reader(f);

/** frictionless's tests/fields/test_object.py. */
describe('object reader', () => {
  it.each([
    ['{}', {}],
    ['{"key": "value"}', { key: 'value' }],
    ['  {"a": [1, {"b": null}]} ', { a: [1, { b: null }] }],
    ['["key", "value"]', null],
    ['string', null],
    ['1', null],
    ['3.14', null],
    ['null', null],
    ['{"a": 1', null],
  ])('%j', (cell, expected) => {
    const got = read(cell);
    expect(got === FAIL ? null : got).toEqual(expected);
  });

  it('keys objects regardless of key order', () => {
    expect(objectType.key!(read('{"a": 1, "b": 2}'))).toBe(objectType.key!(read('{"b":2,"a":1}')));
  });
});
