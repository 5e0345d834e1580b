import { Validator, type SchemaDraft } from '@cfworker/json-schema';
import type { ConstraintImpl } from './types';
import { SchemaProblem } from '../types/types';
import { expectedParam } from './cast';

const DRAFTS: [string, SchemaDraft][] = [['draft-04', '4'], ['draft-07', '7'], ['2019-09', '2019-09'], ['2020-12', '2020-12']];

/**
 * Table Schema v2: object and array values must validate against a JSON Schema
 * (frictionless v5 rejects the constraint). The draft follows `$schema`, 2020-12
 * by default. Arrays with `arrayItem` are validated as written, before their
 * items are cast.
 */
export const jsonSchema: ConstraintImpl = {
  name: 'jsonSchema',
  compile(field, value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new SchemaProblem('', `"jsonSchema" must be a JSON Schema object, not ${JSON.stringify(value)}`);
    }
    const declared = (value as { $schema?: unknown }).$schema;
    const draft = DRAFTS.find(([tag]) => typeof declared === 'string' && declared.includes(tag))?.[1] ?? '2020-12';
    let validator: Validator;
    try {
      validator = new Validator(value as Record<string, unknown>, draft, true);
    } catch (e) {
      throw new SchemaProblem('', `"jsonSchema" is not a usable JSON Schema: ${e instanceof Error ? e.message : String(e)}`);
    }
    const asWritten = field.type === 'array' && !!field.arrayItem;
    const check = (v: unknown, raw: string): boolean => validator.validate(asWritten ? (JSON.parse(raw) as unknown) : v).valid;
    return { name: 'jsonSchema', params: { constraint: 'jsonSchema', expected: expectedParam(value) }, start: () => check };
  },
};
