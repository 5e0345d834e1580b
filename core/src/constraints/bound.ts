import type { ConstraintName, Field } from '../schema/types';
import { FAIL, SchemaProblem, type Reader, type TypeImpl } from '../types/types';
import { constraintCaster, expectedParam } from './cast';
import type { CompiledConstraint } from './types';

type Ordered = number | bigint;

/**
 * minimum/maximum and their exclusive forms. The bound is cast like a cell
 * (`"1789-07-14"` on a date); values are numbers (or BigInt integers), so `<`
 * orders them. NaN fails every bound, as Decimal comparisons raise on it in
 * frictionless; ±Infinity compare normally there and here.
 */
export function compileBound(
  name: ConstraintName,
  field: Field,
  value: unknown,
  reader: Reader,
  type: TypeImpl,
  test: (v: Ordered, bound: Ordered) => boolean,
): CompiledConstraint {
  const bound = constraintCaster(field, reader, type)(value);
  if (bound === FAIL || (typeof bound !== 'number' && typeof bound !== 'bigint')) {
    throw new SchemaProblem('', `"${name}" ${JSON.stringify(value)} is not a valid ${field.type}${field.format !== 'default' ? ` (${field.format})` : ''}`);
  }
  const b = bound;
  const check = (v: unknown): boolean => test(v as Ordered, b);
  return { name, params: { constraint: name, expected: expectedParam(value) }, start: () => check };
}
