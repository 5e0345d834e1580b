import type { ConstraintImpl } from './types';
import { SchemaProblem } from '../types/types';
import { keyOf } from './cast';
import { KeyRowTable } from './key-hash';

/**
 * Reports a value already seen in an earlier row, with that row. State lives in
 * `start()` (one table per validation run); see key-hash.ts for the memory design.
 * frictionless reports the most recent earlier row; we report the first one
 * (`firstRow`), which is where the user looks. Same cells are flagged either way.
 */
export const unique: ConstraintImpl = {
  name: 'unique',
  compile(_field, value, _reader, type) {
    if (typeof value !== 'boolean') throw new SchemaProblem('', `"unique" must be true or false, not ${JSON.stringify(value)}`);
    if (!value) return null;
    const key = keyOf(type);
    return {
      name: 'unique',
      params: { constraint: 'unique', expected: true },
      start() {
        const table = new KeyRowTable();
        return (v, _raw, row) => {
          const first = table.seen(key(v), row);
          return first === 0 ? true : first;
        };
      },
    };
  },
};
