import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** Listed values are cast like cells; a string field's numeric enum values never match, as in frictionless. */
describe('enum', () => {
  it.each([
    [{ type: 'integer', constraints: { enum: ['1', '2', '3'] } }, 'enum', '1', true],
    [{ type: 'integer', constraints: { enum: ['1', '2', '3'] } }, 'enum', '01', true],
    [{ type: 'integer', constraints: { enum: ['1', '2', '3'] } }, 'enum', '4', false],
    [{ type: 'integer', constraints: { enum: [1, 2] } }, 'enum', '2', true],
    [{ type: 'number', constraints: { enum: [1, 2.5] } }, 'enum', '2.50', true],
    [{ type: 'number', constraints: { enum: ['NaN'] } }, 'enum', 'NaN', false],
    [{ type: 'string', constraints: { enum: ['a', 'b'] } }, 'enum', 'A', false],
    [{ type: 'string', constraints: { enum: [1] } }, 'enum', '1', false],
    [{ type: 'boolean', trueValues: ['oui'], falseValues: ['non'], constraints: { enum: [true] } }, 'enum', 'oui', true],
    [{ type: 'boolean', trueValues: ['oui'], falseValues: ['non'], constraints: { enum: ['oui'] } }, 'enum', 'non', false],
    [{ type: 'date', constraints: { enum: ['2020-01-01'] } }, 'enum', '2020-1-1', true],
    [{ type: 'geopoint', constraints: { enum: ['2.35,48.85'] } }, 'enum', '2.350, 48.85', true],
    [{ type: 'geopoint', constraints: { enum: [[2.35, 48.85]] } }, 'enum', '2.35,48.85', true],
    [{ type: 'object', constraints: { enum: [{ a: 1, b: 2 }] } }, 'enum', '{"b": 2, "a": 1}', true],
    [{ type: 'array', constraints: { enum: [['a']] } }, 'enum', '["a"]', true],
    [{ type: 'any', constraints: { enum: ['x', 1] } }, 'enum', '1', false],
    [{ type: 'duration', constraints: { enum: ['P1Y'] } }, 'enum', 'P12M', true],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
