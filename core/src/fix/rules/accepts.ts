import type { Field } from '../../schema/types';
import { FAIL, typeImpls } from '../../types/index';
import { fixedDigits, patternOf } from './pattern';

/**
 * Would the schema accept this text in this field (type, pattern, list)? Asked
 * once per field when the schema compiles, with a sample of some damage, to know
 * whether a diagnostic must look at the cells the schema accepts (its `cell`
 * hook, run on every cell) or only explain the errors the schema finds (`refine`,
 * free on clean files). Unknown answers count as yes: better a useless look than
 * a missed warning.
 */
const readers = new WeakMap<Field, ((raw: string) => unknown) | null>();

export function fieldAccepts(field: Field, text: string): boolean {
  let read = readers.get(field);
  if (read === undefined) {
    try {
      read = typeImpls[field.type]?.reader(field) ?? null;
    } catch {
      read = null;
    }
    readers.set(field, read);
  }
  if (read && read(text) === FAIL) return false;
  const re = patternOf(field);
  if (re && !re.test(text)) return false;
  const list = field.constraints.enum;
  if (field.type === 'string' && Array.isArray(list) && !list.map(String).includes(text)) return false;
  return true;
}

/** A value the field surely accepts, to probe variants of it; null when none is known. */
export function sampleOf(field: Field): string | null {
  const list = field.constraints.enum;
  if (Array.isArray(list) && list.length) return String(list[0]);
  if (field.constraints.pattern !== undefined) {
    const ex = typeof field.example === 'string' ? field.example : null;
    if (ex !== null && fieldAccepts(field, ex)) return ex;
    // Digit codes (SIRET, INSEE, postal): the pattern's own length, as `fixedDigits` probed it.
    const n = fixedDigits(field);
    if (n) return ['1'.repeat(n), '0' + '1'.repeat(n - 1)].find((d) => fieldAccepts(field, d)) ?? null;
    return null;
  }
  switch (field.type) {
    case 'string':
    case 'any':
      return 'x';
    case 'number':
    case 'integer':
      return '1';
    case 'year':
      return '2020';
    case 'yearmonth':
      return '2020-01';
    case 'date':
      return '2020-01-01';
    case 'datetime':
      return '2020-01-01T00:00:00';
    case 'time':
      return '00:00:00';
    case 'boolean':
      return field.trueValues[0] ?? null;
    default:
      return null;
  }
}
