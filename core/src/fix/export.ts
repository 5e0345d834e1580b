import { bindHeader } from '../engine/bind';
import { findHeaderRow } from '../engine/header-row';
import { gridWidth, normalizeRow, type CellGrid } from '../cells/normalize';
import type { Table } from '../parse/table';
import type { CompiledSchema } from '../schema/compile';
import type { Field } from '../schema/types';
import { applyPlan } from './apply';
import { writeCsv } from './csv';
import { planFixes } from './plan';
import type { FixPlan, PlanOptions } from './types';

export interface ExportOptions extends PlanOptions {
  /** `\r\n` (default: RFC 4180, what Excel writes) or `\n`. */
  lineTerminator?: '\r\n' | '\n';
}

export interface ExportResult {
  /** SCDL CSV text: UTF-8 once encoded (`utf8Encode`), comma, RFC 4180 quoting. */
  csv: string;
  /** The table written. */
  table: Table;
  /** The fixes applied on the way (empty without a schema); its questions say what was left as is. */
  plan: FixPlan;
}


/**
 * A sheet's cells as a Table of text: the header found below title rows (with the
 * schema's names when given), each cell normalised by `normalizeCell` with its
 * column's field. Hosts plan fixes on it and write cell patches back: table row
 * `i` is sheet row `(grid.firstRow ?? 1) + table.preamble.length + 1 + i`, table
 * column `c` is sheet column `(grid.firstColumn ?? 1) + c`.
 */
export function tableFromGrid(grid: CellGrid, compiled?: CompiledSchema, lineTerminator: '\r\n' | '\n' = '\r\n'): Table {
  const width = gridWidth(grid);
  const asText = grid.values.map((_, i) => normalizeRow(grid, i, () => undefined, width));
  const h = asText.length ? findHeaderRow(asText, compiled?.fields.map((f) => f.field.name)) : 0;
  const header = asText[h] ?? [];
  const byColumn: (Field | undefined)[] = [];
  if (compiled) {
    bindHeader(header, compiled.fields, 'name', false).columns.forEach((col, fi) => {
      if (col >= 0) byColumn[col] = compiled.fields[fi]!.field;
    });
  }
  const rows: string[][] = [];
  for (let i = h + 1; i < grid.values.length; i++) rows.push(normalizeRow(grid, i, (c) => byColumn[c], width));
  return {
    preamble: asText.slice(0, h),
    header,
    rows,
    format: { encoding: 'utf-8', bom: false, delimiter: ',', quoteChar: '"', lineTerminator },
  };
}

/**
 * A sheet as SCDL CSV. Cells become text by the shared `normalizeCell` (numbers as
 * plain digits, serial numbers and Dates as ISO dates, booleans as the field's
 * values), then the same safe fixes as `scdl fix` apply (text typed the French
 * way, header near-misses, order, blank and title rows), then RFC 4180 writing.
 * Without a schema, only the cell normalisation and the writing happen.
 */
export function exportGrid(grid: CellGrid, compiled?: CompiledSchema, options: ExportOptions = {}): ExportResult {
  const table = tableFromGrid(grid, compiled, options.lineTerminator ?? '\r\n');
  const plan: FixPlan = compiled ? planFixes(table, compiled, options) : { patches: [], questions: [], unfixable: [] };
  const fixed = applyPlan(table, plan);
  return { csv: writeCsv(fixed), table: fixed, plan };
}
