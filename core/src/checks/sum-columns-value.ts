import type { ErrorSpec } from '../errors/types';
import type { CustomCheck, ParamsResult } from './types';

/**
 * `sum-columns-value`: `column` must equal the sum of `columns` (deliberations:
 * VOTE_REEL = VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION). As in Validata, the row
 * is skipped when any of those cells is empty or not a number.
 */

export const errors = {
  'sum-columns-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Cast value as a number: the number reader's value, or numeric text in a text column. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMERIC_TEXT.test(value)) return Number(value);
  return undefined;
}

/** Validata sums Decimals exactly; doubles need a tolerance once decimals appear (0.1 + 0.2). */
function same(a: number, b: number): boolean {
  if (Number.isInteger(a) && Number.isInteger(b)) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

interface Params {
  column: string;
  columns: readonly string[];
}

function params(raw: Record<string, unknown>): ParamsResult<Params> {
  const { column, columns } = raw;
  if (typeof column !== 'string' || column === '') return { ok: false, problem: '"column" must be a column name (non-empty string)' };
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string' && c !== '')) {
    return { ok: false, problem: '"columns" must be a list of column names' };
  }
  return { ok: true, params: { column, columns: columns as string[] } };
}

export const sumColumnsValue: CustomCheck<Params> = {
  kind: 'custom',
  id: 'sum-columns-value',
  errors,
  params,
  create({ column, columns }, ctx) {
    // An absent column leaves a value missing on every row: Validata skips them all.
    if ([column, ...columns].some((name) => (ctx.column(name)?.index ?? -1) < 0)) return {};
    return {
      row(row, emit) {
        const expected = asNumber(row.value(column));
        if (expected === undefined) return;
        let sum = 0;
        for (const name of columns) {
          const n = asNumber(row.value(name));
          if (n === undefined) return;
          sum += n;
        }
        if (same(sum, expected)) return;
        emit({ type: 'sum-columns-value', fieldName: column, value: row.raw(column) ?? '', params: { columns, sum, expected } });
      },
    };
  },
};
