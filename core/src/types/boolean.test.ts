import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { booleanType } from './boolean';
import { testField } from './test-field';

/** The cases of frictionless's tests/fields/test_boolean.py. */
describe('boolean reader', () => {
  it.each([
    ['true', true, {}],
    ['True', true, {}],
    ['TRUE', true, {}],
    ['1', true, {}],
    ['yes', true, { trueValues: ['yes'] }],
    ['false', false, {}],
    ['False', false, {}],
    ['FALSE', false, {}],
    ['0', false, {}],
    ['no', false, { falseValues: ['no'] }],
    ['t', null, {}],
    ['YES', null, {}],
    ['f', null, {}],
    ['NO', null, {}],
    ['No', null, {}],
    ['0', false, { falseValues: ['0'], trueValues: ['1'] }],
    ['1', true, { falseValues: ['0'], trueValues: ['1'] }],
    ['3.14', null, {}],
    [' true', null, {}],
    ['Yes', null, { trueValues: ['yes'] }],
    ['true', null, { trueValues: ['yes'] }],
    ['1', null, { trueValues: ['yes'] }],
    ['false', null, { falseValues: ['no'] }],
    ['oui', true, { trueValues: ['oui'], falseValues: ['non'] }],
    ['Oui', null, { trueValues: ['oui'], falseValues: ['non'] }],
    ['x', false, { trueValues: ['x'], falseValues: ['x'] }],
  ])('%j → %s with %j', (cell, expected, options) => {
    const got = booleanType.reader(testField({ type: 'boolean', ...options }))(cell);
    expect(got === FAIL ? null : got).toBe(expected);
  });

  it('reads JSON booleans only', () => {
    const json = booleanType.jsonReader!(testField({ type: 'boolean' }));
    expect(json(true)).toBe(true);
    expect(json(1)).toBe(FAIL);
  });

  it('writes the first true/false value', () => {
    const f = testField({ type: 'boolean', trueValues: ['oui', 'Oui'], falseValues: ['non'] });
    expect(booleanType.write!(true, f)).toBe('oui');
    expect(booleanType.write!(false, f)).toBe('non');
  });
});
