import type { CheckContext, CheckInstance, CustomCheck, ParamsResult } from './types';
import type { Params as ErrorParams } from '../errors/types';
import type { ErrorSpec } from '../errors/types';

export interface ColumnParams {
  column: string;
}

/** `column` as Validata requires it for its single-column checks. */
export function columnParams(raw: Record<string, unknown>): ParamsResult<ColumnParams> {
  const column = raw['column'];
  if (typeof column !== 'string' || column === '') return { ok: false, problem: '"column" must be a column name (non-empty string)' };
  return { ok: true, params: { column } };
}

/**
 * The row hook of a Validata single-column check: skipped when the column is
 * absent (schema sync drops the field) or the cell is missing or not castable
 * (frictionless reads it as None); `problem` gets the cell's text and returns the
 * error's params, or null when the value is fine.
 */
export function eachCell(id: string, column: string, ctx: CheckContext, problem: (text: string) => ErrorParams | null): CheckInstance {
  if ((ctx.column(column)?.index ?? -1) < 0) return {};
  return {
    row(row, emit) {
      const value = row.value(column);
      if (value === undefined) return;
      const raw = row.raw(column) ?? '';
      const found = problem(typeof value === 'string' ? value : raw);
      if (found) emit({ type: id, fieldName: column, value: raw, params: found });
    },
  };
}

/** A whole single-column check from its id, codes and value test. */
export function singleColumnCheck(id: string, errors: Record<string, ErrorSpec>, problem: (text: string) => ErrorParams | null): CustomCheck<ColumnParams> {
  return { kind: 'custom', id, errors, params: columnParams, create: ({ column }, ctx) => eachCell(id, column, ctx, problem) };
}
