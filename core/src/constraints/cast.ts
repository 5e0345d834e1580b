import type { ParamValue } from '../errors/types';
import type { Field } from '../schema/types';
import { FAIL, type Reader, type TypeImpl } from '../types/types';

/**
 * frictionless casts constraint values with the field's own value reader:
 * `minimum: "-90"` on a number, `minimum: "1789-07-14"` on a date, `enum: ["1", "2"]`
 * on an integer. Text goes through the reader; JSON numbers, booleans, arrays and
 * objects through the type's JSON reader (so `enum: [true]` works whatever the
 * field's trueValues); a type without one refuses them (a string field's
 * `enum: [1]` never matches, as in frictionless).
 */
export function constraintCaster(field: Field, reader: Reader, type: TypeImpl): (value: unknown) => unknown {
  const json = type.jsonReader?.(field);
  return (value) => (typeof value === 'string' ? reader(value) : json ? json(value) : FAIL);
}

/** The constraint value as reported in `params.expected`: kept when it is a plain value or list, else its JSON. */
export function expectedParam(value: unknown): ParamValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value as string[];
    if (value.every((v) => typeof v === 'number')) return value as number[];
  }
  return JSON.stringify(value);
}

/** The key a value is compared by in `enum` and `unique`. */
export const keyOf = (type: TypeImpl): ((value: unknown) => unknown) => (type.key ? type.key : (v) => v);
