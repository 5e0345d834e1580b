import type { ColumnMatch, FieldHint } from './types';

/**
 * Sample values against the few rules that differ between versions sharing a
 * header. Deliberately lenient and small: this only breaks ties, the validator
 * does the real checking.
 */

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

const regexCache = new Map<string, RegExp | null>();
const WORD = '\\w\\u00C0-\\u024F';

/** Python's `\w` matches accented letters; JavaScript's (without `u`) does not. */
function pythonWord(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      out += next === 'w' ? (inClass ? WORD : `[${WORD}]`) : c + next;
      i++;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/** Schema patterns are Python regexes anchored as a full match; unknown syntax disables the rule. */
function fullMatch(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${pythonWord(pattern)})$`);
    } catch {
      re = null;
    }
    regexCache.set(pattern, re);
  }
  return re;
}

function typeOk(value: string, hint: FieldHint): boolean {
  switch (hint.type) {
    case 'number':
      return NUMBER.test(value);
    case 'integer':
      return INTEGER.test(value);
    case 'boolean':
      return [...(hint.trueValues ?? DEFAULT_TRUE), ...(hint.falseValues ?? DEFAULT_FALSE)].includes(value);
    case 'date':
      return hint.format !== undefined && hint.format !== 'default' ? true : DATE.test(value);
    case 'year':
      return YEAR.test(value);
    default:
      return true;
  }
}

/** True when a non-empty cell breaks one of the hint's rules. */
export function breaksHint(value: string, hint: FieldHint): boolean {
  if (!typeOk(value, hint)) return true;
  if (hint.enum && !hint.enum.includes(value)) return true;
  if (hint.pattern !== undefined && fullMatch(hint.pattern)?.test(value) === false) return true;
  if (hint.minLength !== undefined && value.length < hint.minLength) return true;
  if (hint.maxLength !== undefined && value.length > hint.maxLength) return true;
  if (hint.minimum !== undefined || hint.maximum !== undefined) {
    const n = Number(value);
    if (Number.isNaN(n)) return false;
    if (hint.minimum !== undefined && n < hint.minimum) return true;
    if (hint.maximum !== undefined && n > hint.maximum) return true;
  }
  return false;
}

/** Cells of the sample that break the version's hints, on the columns matched to hinted fields. */
export function countViolations(
  hints: readonly FieldHint[] | undefined,
  columns: readonly ColumnMatch[],
  sample: readonly (readonly string[])[],
): number {
  if (!hints || hints.length === 0) return 0;
  let violations = 0;
  for (const hint of hints) {
    const col = columns.find((c) => c.field === hint.name);
    if (!col) continue;
    for (const row of sample) {
      const value = (row[col.index] ?? '').trim();
      if (value === '') {
        if (hint.required) violations++;
      } else if (breaksHint(value, hint)) {
        violations++;
      }
    }
  }
  return violations;
}
