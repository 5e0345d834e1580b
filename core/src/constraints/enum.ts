import type { ConstraintImpl } from './types';
import { FAIL, SchemaProblem } from '../types/types';
import { constraintCaster, expectedParam, keyOf } from './cast';

/**
 * Membership after casting each listed value like a cell (`["1", "2"]` on an
 * integer field are the numbers 1 and 2). A listed value that does not cast is
 * dropped, as frictionless maps it to None. NaN is never a member (Python's
 * Decimal NaN equals nothing).
 */
export const enumConstraint: ConstraintImpl = {
  name: 'enum',
  compile(field, value, reader, type) {
    if (!Array.isArray(value)) throw new SchemaProblem('', `"enum" must be an array, not ${JSON.stringify(value)}`);
    const cast = constraintCaster(field, reader, type);
    const key = keyOf(type);
    const members = new Set<unknown>();
    for (const v of value) {
      const c = cast(v);
      if (c !== FAIL) members.add(key(c));
    }
    const check = (v: unknown): boolean => {
      const k = key(v);
      return k === k && members.has(k);
    };
    return { name: 'enum', params: { constraint: 'enum', expected: expectedParam(value) }, start: () => check };
  },
};
