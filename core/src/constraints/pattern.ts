import type { ConstraintImpl } from './types';
import { compilePythonRegex, PythonRegexError } from '../schema/python-regex';
import { SchemaProblem } from '../types/types';

/** A Python regex the whole value must match (see schema/python-regex.ts for the anchoring choice). */
export const pattern: ConstraintImpl = {
  name: 'pattern',
  compile(_field, value) {
    if (typeof value !== 'string') throw new SchemaProblem('', `"pattern" must be a string, not ${JSON.stringify(value)}`);
    let re: RegExp;
    try {
      re = compilePythonRegex(value);
    } catch (e) {
      if (e instanceof PythonRegexError) throw new SchemaProblem('', `pattern ${JSON.stringify(value)}: ${e.message}`);
      throw e;
    }
    const check = (v: unknown): boolean => re.test(v as string);
    return { name: 'pattern', params: { constraint: 'pattern', expected: value }, start: () => check };
  },
};
