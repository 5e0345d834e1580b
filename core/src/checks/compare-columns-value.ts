import type { ErrorSpec } from '../errors/types';
import type { FieldType } from '../schema/types';
import type { CustomCheck, ParamsResult } from './types';

/**
 * `compare-columns-value`: when both cells hold a value, `column op column2` must
 * hold. As in Validata (which evaluates "v1 op v2" with simpleeval on the cast
 * values): two numbers, or numeric text, compare as numbers; two texts compare
 * as text; two values of the same other type (two dates…) compare in their
 * order; anything else is "not comparable".
 */

export const errors = {
  'compare-columns-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

export const OPERATORS = ['>', '>=', '==', '<=', '<'] as const;
export type Operator = (typeof OPERATORS)[number];

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'number', 'year']);
const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['string', 'any']);
// What Python's float() reads (whitespace, sign, "_" between digits, exponent), except inf/nan.
const NUMERIC_TEXT = /^\s*[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?\s*$/;

/**
 * A cast value as Validata sees it: `n` when it is a number or numeric text
 * (is_a_number), `s` when it is text, otherwise a value of its field's type.
 */
interface Operand {
  type: FieldType;
  n?: number;
  s?: string;
  v: unknown;
}

function operand(value: unknown, type: FieldType): Operand {
  if (typeof value === 'number' && NUMERIC_TYPES.has(type)) return { type, n: value, v: value };
  if (typeof value === 'string' && (TEXT_TYPES.has(type) || NUMERIC_TYPES.has(type))) {
    return NUMERIC_TEXT.test(value) ? { type, n: Number(value.replace(/_/g, '')), s: value, v: value } : { type, s: value, v: value };
  }
  return { type, v: value };
}

function order(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  const x = typeof a === 'string' ? a : JSON.stringify(a);
  const y = typeof b === 'string' ? b : JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sign of (v1 - v2), or null when Validata finds the two values not comparable. */
function compare(a: Operand, b: Operand): number | null {
  if (a.n !== undefined && b.n !== undefined) return a.n - b.n;
  if (a.s !== undefined && b.s !== undefined) return order(a.s, b.s);
  // Other values compare only with values of the same type (date with date…).
  if (a.s === undefined && b.s === undefined && a.n === undefined && b.n === undefined && a.type === b.type) return order(a.v, b.v);
  return null;
}

function holds(op: Operator, d: number): boolean {
  switch (op) {
    case '>': return d > 0;
    case '>=': return d >= 0;
    case '==': return d === 0;
    case '<=': return d <= 0;
    case '<': return d < 0;
  }
}

interface Params {
  column: string;
  column2: string;
  op: Operator;
}

function params(raw: Record<string, unknown>): ParamsResult<Params> {
  const { column, column2, op } = raw;
  if (typeof column !== 'string' || column === '') return { ok: false, problem: '"column" must be a column name (non-empty string)' };
  if (typeof column2 !== 'string' || column2 === '') return { ok: false, problem: '"column2" must be a column name (non-empty string)' };
  if (!OPERATORS.includes(op as Operator)) return { ok: false, problem: `"op" must be one of ${OPERATORS.join(' ')} (got ${JSON.stringify(op)})` };
  return { ok: true, params: { column, column2, op: op as Operator } };
}

export const compareColumnsValue: CustomCheck<Params> = {
  kind: 'custom',
  id: 'compare-columns-value',
  errors,
  params,
  create({ column, column2, op }, ctx) {
    const c1 = ctx.column(column);
    const c2 = ctx.column(column2);
    // An absent column makes every row "missing a value": Validata then skips them all.
    if (!c1 || !c2 || c1.index < 0 || c2.index < 0) return {};
    // Deliberations compare integers with integers and dates with dates: those
    // need no operand objects, only the mixed cases do.
    const type1 = c1.field.type;
    const type2 = c2.field.type;
    const difference: (v1: unknown, v2: unknown) => number | null =
      NUMERIC_TYPES.has(type1) && NUMERIC_TYPES.has(type2)
        ? (v1, v2) => (typeof v1 === 'number' && typeof v2 === 'number' ? v1 - v2 : compare(operand(v1, type1), operand(v2, type2)))
        : type1 === type2 && !TEXT_TYPES.has(type1)
          ? order
          : (v1, v2) => compare(operand(v1, type1), operand(v2, type2));
    return {
      row(row, emit) {
        const v1 = row.value(column);
        if (v1 === undefined) return;
        const v2 = row.value(column2);
        if (v2 === undefined) return;
        const d = difference(v1, v2);
        if (d !== null && holds(op, d)) return;
        emit({
          type: 'compare-columns-value',
          fieldName: column,
          value: row.raw(column) ?? '',
          params: { problem: d === null ? 'not-comparable' : 'comparison', op, column2, value2: row.raw(column2) ?? '' },
        });
      },
    };
  },
};
