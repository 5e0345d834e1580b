import { describe, it, expect } from 'vitest';
import { SchemaProblem } from '../types/types';
import { testField } from '../types/test-field';
import { typeImpls } from '../types';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { constraintImpls } from './registry';
import { testCheck } from './test-compile';

describe('constraint compilation', () => {
  it.each([
    [{ type: 'integer', constraints: { minimum: 'abc' } }, 'minimum'],
    [{ type: 'date', constraints: { minimum: 17 } }, 'minimum'],
    [{ type: 'string', constraints: { minLength: '2' } }, 'minLength'],
    [{ type: 'string', constraints: { maxLength: 1.5 } }, 'maxLength'],
    [{ type: 'string', constraints: { pattern: '(' } }, 'pattern'],
    [{ type: 'string', constraints: { pattern: 3 } }, 'pattern'],
    [{ type: 'string', constraints: { enum: 'a' } }, 'enum'],
    [{ type: 'string', constraints: { unique: 'yes' } }, 'unique'],
    [{ type: 'string', constraints: { required: 'yes' } }, 'required'],
    [{ type: 'object', constraints: { jsonSchema: [1] } }, 'jsonSchema'],
  ] as [Partial<FieldDescriptor>, ConstraintName][])('%j: %s is a schema problem', (d, name) => {
    const field = testField(d);
    const type = typeImpls[field.type]!;
    expect(() => constraintImpls[name]!.compile(field, field.constraints[name], type.reader(field), type)).toThrow(SchemaProblem);
  });

  it('compiles false flags to nothing', () => {
    const field = testField({ type: 'string' });
    const type = typeImpls.string!;
    expect(constraintImpls.required!.compile(field, false, type.reader(field), type)).toBeNull();
    expect(constraintImpls.unique!.compile(field, false, type.reader(field), type)).toBeNull();
  });

  it('reports the constraint and its value as written', () => {
    expect(testCheck({ type: 'string', constraints: { pattern: '\\d+' } }, 'pattern').params).toEqual({ constraint: 'pattern', expected: '\\d+' });
    expect(testCheck({ type: 'integer', constraints: { enum: ['1', '2'] } }, 'enum').params).toEqual({ constraint: 'enum', expected: ['1', '2'] });
    expect(testCheck({ type: 'number', constraints: { minimum: -90 } }, 'minimum').params).toEqual({ constraint: 'minimum', expected: -90 });
    expect(testCheck({ type: 'object', constraints: { jsonSchema: { type: 'object' } } }, 'jsonSchema').params.expected).toBe('{"type":"object"}');
  });

  it('required accepts any value present (the engine calls it on missing cells)', () => {
    const field = testField({ type: 'string', constraints: { required: true } });
    const c = constraintImpls.required!.compile(field, true, typeImpls.string!.reader(field), typeImpls.string!)!;
    expect(c.start()(null, '', 2)).toBe(false);
    expect(c.start()('x', 'x', 2)).toBe(true);
  });
});

describe('supported constraints per type (frictionless v5, plus Table Schema v2 exclusive bounds and jsonSchema)', () => {
  it.each([
    ['any', 'required unique enum'],
    ['array', 'required unique minLength maxLength enum jsonSchema'],
    ['boolean', 'required unique enum'],
    ['date', 'required unique minimum maximum exclusiveMinimum exclusiveMaximum enum'],
    ['datetime', 'required unique minimum maximum exclusiveMinimum exclusiveMaximum enum'],
    ['duration', 'required unique enum'],
    ['geojson', 'required unique enum'],
    ['geopoint', 'required unique enum'],
    ['integer', 'required unique minimum maximum exclusiveMinimum exclusiveMaximum enum'],
    ['list', 'required unique minLength maxLength'],
    ['number', 'required unique minimum maximum exclusiveMinimum exclusiveMaximum enum'],
    ['object', 'required unique minLength maxLength enum jsonSchema'],
    ['string', 'required unique minLength maxLength pattern enum'],
    ['time', 'required unique minimum maximum exclusiveMinimum exclusiveMaximum enum'],
    ['year', 'required unique minimum maximum exclusiveMinimum exclusiveMaximum enum'],
    ['yearmonth', 'required unique minimum maximum exclusiveMinimum exclusiveMaximum enum'],
  ])('%s: %s', (type, names) => {
    expect([...typeImpls[type as keyof typeof typeImpls]!.constraints].sort()).toEqual(names.split(' ').sort());
  });
});
