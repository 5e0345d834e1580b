import type { ErrorSpec } from '../errors/types';
import type { CustomCheck, ParamsResult } from './types';
import { columnParams, eachCell } from './single-column';

/**
 * `year-interval-value`: "AAAA/AAAA" with the first year before the second, or a
 * single year "AAAA" when `allow-year-only` is "true" or "yes" (Validata's values;
 * any other string means no).
 */

export const errors = {
  'year-interval-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Length of `value` without one final newline: Python's `$` also matches before it. */
function usefulLength(value: string): number {
  return value.charCodeAt(value.length - 1) === 0x0a ? value.length - 1 : value.length;
}

/** The four ASCII digits at `at` read as a year; -1 when they are not four digits. */
function yearAt(value: string, at: number): number {
  let year = 0;
  for (let i = at; i < at + 4; i++) {
    const c = value.charCodeAt(i);
    if (!isDigit(c)) return -1;
    year = year * 10 + (c - 0x30);
  }
  return year;
}

export type IntervalProblem =
  | { problem: 'format' }
  | { problem: 'same-years' | 'reversed'; year1: number; year2: number };

/** Validata's `^(\d{4})/(\d{4})$`, or `^\d{4}$` with allow-year-only, read without regex or allocation. */
export function intervalProblem(value: string, allowYearOnly: boolean): IntervalProblem | null {
  const n = usefulLength(value);
  if (n === 9 && value.charCodeAt(4) === 0x2f) {
    const year1 = yearAt(value, 0);
    const year2 = yearAt(value, 5);
    if (year1 >= 0 && year2 >= 0) {
      if (year1 === year2) return { problem: 'same-years', year1, year2 };
      if (year1 > year2) return { problem: 'reversed', year1, year2 };
      return null;
    }
  }
  return allowYearOnly && n === 4 && yearAt(value, 0) >= 0 ? null : { problem: 'format' };
}

interface Params {
  column: string;
  allowYearOnly: boolean;
}

function params(raw: Record<string, unknown>): ParamsResult<Params> {
  const base = columnParams(raw);
  if (!base.ok) return base;
  const { column } = base.params;
  const flag = raw['allow-year-only'];
  // Validata reads a string; a JSON boolean is accepted too rather than failing the check.
  if (flag !== undefined && typeof flag !== 'string' && typeof flag !== 'boolean') {
    return { ok: false, problem: '"allow-year-only" must be "true", "yes" or another string' };
  }
  return { ok: true, params: { column, allowYearOnly: flag === true || flag === 'true' || flag === 'yes' } };
}

export const yearIntervalValue: CustomCheck<Params> = {
  kind: 'custom',
  id: 'year-interval-value',
  errors,
  params,
  create({ column, allowYearOnly }, ctx) {
    return eachCell('year-interval-value', column, ctx, (text) => {
      const found = intervalProblem(text, allowYearOnly);
      return found ? { ...found, allowYearOnly } : null;
    });
  },
};
