import type { ErrorSpec } from '../errors/types';
import type { CustomCheck, ParamsResult } from './types';

/**
 * `one-of-required`: on each row, `column1` or `column2` holds a value (subventions:
 * idBeneficiaire or rnaBeneficiaire). Not skipped on empty cells. With one column
 * absent, every row must fill the other; with both absent, Validata reports it
 * once and checks no row.
 */

export const errors = {
  'one-of-required': { category: 'content', severity: 'error', tags: ['#table', '#row'] },
} as const satisfies Record<string, ErrorSpec>;

/** Python truthiness, which Validata's `not field.value` applies to cast values (0 is empty). */
function empty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return !(value instanceof Date) && Object.keys(value).length === 0;
  return false;
}

interface Params {
  column1: string;
  column2: string;
}

function params(raw: Record<string, unknown>): ParamsResult<Params> {
  const { column1, column2 } = raw;
  if (typeof column1 !== 'string' || column1 === '') return { ok: false, problem: '"column1" must be a column name (non-empty string)' };
  if (typeof column2 !== 'string' || column2 === '') return { ok: false, problem: '"column2" must be a column name (non-empty string)' };
  return { ok: true, params: { column1, column2 } };
}

export const oneOfRequired: CustomCheck<Params> = {
  kind: 'custom',
  id: 'one-of-required',
  errors,
  params,
  create({ column1, column2 }, ctx) {
    const has1 = (ctx.column(column1)?.index ?? -1) >= 0;
    const has2 = (ctx.column(column2)?.index ?? -1) >= 0;
    if (!has1 && !has2) {
      let rows = false;
      return {
        row() {
          rows = true;
        },
        end(emit) {
          if (rows) emit({ type: 'one-of-required', params: { problem: 'both-missing', column1, column2 } });
        },
      };
    }
    // Point at a cell the agent can fill: the first column present in the file.
    const fieldName = has1 ? column1 : column2;
    return {
      row(row, emit) {
        if (empty(row.value(column1)) && empty(row.value(column2))) {
          emit({ type: 'one-of-required', fieldName, value: row.raw(fieldName) ?? '', params: { problem: 'both-empty', column1, column2 } });
        }
      },
    };
  },
};
