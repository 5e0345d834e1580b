import type { ConstraintName } from '../schema/types';
import { codePointLength } from '../types/lib/chars';
import { collectionSize } from '../types/lib/json';
import { SchemaProblem } from '../types/types';
import type { CompiledConstraint } from './types';

/**
 * minLength/maxLength compare Python's `len()`: code points of a string (a
 * UTF-16 length only overcounts, so it decides most cells without counting),
 * items of an array or list, keys of an object.
 */
export function compileLength(name: ConstraintName, value: unknown, isMax: boolean): CompiledConstraint {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new SchemaProblem('', `"${name}" must be an integer, not ${JSON.stringify(value)}`);
  const bound = value;
  const check = isMax
    ? (v: unknown): boolean => {
        if (typeof v === 'string') return v.length <= bound || codePointLength(v) <= bound;
        return collectionSize(v) <= bound;
      }
    : (v: unknown): boolean => {
        if (typeof v === 'string') return v.length >= bound && (v.length >= 2 * bound || codePointLength(v) >= bound);
        return collectionSize(v) >= bound;
      };
  return { name, params: { constraint: name, expected: bound }, start: () => check };
}
