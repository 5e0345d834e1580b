import type { ErrorSpec } from '../errors/types';
import type { CustomCheck, ParamsResult } from './types';

/**
 * `cohesive-columns-value`: on each row, `column` and `othercolumns` are all filled
 * or all empty (deliberations: BUDGET_ANNEE with BUDGET_NOM). Not skipped on empty
 * cells, that is the point. A cell the type reader could not cast counts as empty,
 * as in Validata. When some of the columns are absent from the file (not all),
 * Validata reports that once and checks no row.
 */

export const errors = {
  'cohesive-columns-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

interface Params {
  column: string;
  othercolumns: readonly string[];
}

function params(raw: Record<string, unknown>): ParamsResult<Params> {
  const { column, othercolumns } = raw;
  if (typeof column !== 'string' || column === '') return { ok: false, problem: '"column" must be a column name (non-empty string)' };
  if (!Array.isArray(othercolumns) || !othercolumns.every((c) => typeof c === 'string' && c !== '')) {
    return { ok: false, problem: '"othercolumns" must be a list of column names' };
  }
  return { ok: true, params: { column, othercolumns: othercolumns as string[] } };
}

export const cohesiveColumnsValue: CustomCheck<Params> = {
  kind: 'custom',
  id: 'cohesive-columns-value',
  errors,
  params,
  create({ column, othercolumns }, ctx) {
    const columns = [column, ...othercolumns];
    const missing = columns.filter((name) => (ctx.column(name)?.index ?? -1) < 0);
    if (missing.length === columns.length) return {};
    if (missing.length > 0) {
      // Validata raises it on the first row, then stops the check: no rows, no error.
      let rows = false;
      return {
        row() {
          rows = true;
        },
        end(emit) {
          if (rows) emit({ type: 'cohesive-columns-value', params: { problem: 'missing-columns', columns, missing } });
        },
      };
    }
    return {
      row(row, emit) {
        const empty = row.value(column) === undefined;
        for (const name of othercolumns) {
          if ((row.value(name) === undefined) === empty) continue;
          const filled = columns.filter((c) => row.value(c) !== undefined);
          emit({
            type: 'cohesive-columns-value',
            fieldName: column,
            value: row.raw(column) ?? '',
            params: { problem: 'mixed', columns, filled, empty: columns.filter((c) => !filled.includes(c)) },
          });
          return;
        }
      },
    };
  },
};
