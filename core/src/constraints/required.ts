import type { ConstraintImpl } from './types';
import { SchemaProblem } from '../types/types';

/** Called by the engine on missing cells only: any value present satisfies it. */
export const required: ConstraintImpl = {
  name: 'required',
  compile(_field, value) {
    if (typeof value !== 'boolean') throw new SchemaProblem('', `"required" must be true or false, not ${JSON.stringify(value)}`);
    if (!value) return null;
    const check = (v: unknown): boolean => v !== null && v !== undefined;
    return { name: 'required', params: { constraint: 'required', expected: true }, start: () => check };
  },
};
