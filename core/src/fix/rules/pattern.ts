import { compilePythonRegex } from '../../schema/python-regex';
import type { Field } from '../../schema/types';

/**
 * The field's `pattern` as a full-match RegExp behaving as Python's (the same
 * translation the `pattern` constraint uses), here to PROVE a fix: the rewritten
 * value matches, the original did not. A pattern that does not compile proves nothing.
 */
const cache = new WeakMap<Field, RegExp | null>();

export function compilePattern(pattern: unknown): RegExp | null {
  if (typeof pattern !== 'string') return null;
  try {
    return compilePythonRegex(pattern, 'fullmatch');
  } catch {
    return null;
  }
}

export function patternOf(field: Field): RegExp | null {
  let re = cache.get(field);
  if (re === undefined) {
    re = compilePattern(field.constraints.pattern);
    cache.set(field, re);
  }
  return re;
}

const lengths = new WeakMap<Field, number>();

/**
 * N when the field's pattern describes digit codes of exactly N characters that
 * may start with 0 (`^\d{5}$`, INSEE `^([013-9]\d|2[AB1-9])\d{3}$`, SIRET
 * `^\d{14}$`); 0 otherwise. Found by probing the pattern, so any spelling works.
 */
export function fixedDigits(field: Field): number {
  let n = lengths.get(field);
  if (n === undefined) {
    n = 0;
    const re = patternOf(field);
    if (re) {
      const accepted: number[] = [];
      for (let k = 2; k <= 20; k++) if (re.test('1'.repeat(k)) || re.test('0' + '1'.repeat(k - 1))) accepted.push(k);
      const only = accepted.length === 1 ? accepted[0]! : 0;
      if (only && re.test('0' + '1'.repeat(only - 1))) n = only;
    }
    lengths.set(field, n);
  }
  return n;
}
