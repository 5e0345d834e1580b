import { StreamDecoder } from '../parse/decoder';
import { RecordReader } from '../parse/records';
import type { Table } from '../parse/table';
import { applyPlan } from './apply';
import { CELL_FIX_KINDS } from './kinds';
import type { CellsPatch, FixPlan, Patch, RenamePatch } from './types';

/**
 * The fix's own audit, before anything is written: every non-empty cell of the
 * input is either unchanged in the output or changed by a listed patch (with the
 * exact old and new values), nothing is removed but title rows, and the bytes
 * read back give exactly the fixed table.
 */
export interface CellProblem {
  problem: 'changed' | 'removed' | 'written';
  /** Where the cell was in the input: `header`, `preamble` (title rows) or `row`. */
  part: 'header' | 'preamble' | 'row';
  /** 0-based row in its part, 0-based column. */
  row: number;
  column: number;
  from: string;
  to?: string;
}

const MAX_PROBLEMS = 50;

type Part = CellProblem['part'];
const token = (part: Part, row: number, column: number): string => `\u0000${part}:${row}:${column}`;

/** Applies the layout patches to a table of position tokens: where each input cell ends up. */
function trace(before: Table, patches: readonly Patch[]): Map<string, { part: Part; row: number; column: number }> {
  const shadow: Table = {
    ...before,
    preamble: before.preamble.map((r, i) => r.map((_, c) => token('preamble', i, c))),
    header: before.header.map((_, c) => token('header', 0, c)),
    rows: before.rows.map((r, i) => r.map((_, c) => token('row', i, c))),
  };
  const layout = patches.filter((p) => !(CELL_FIX_KINDS as readonly string[]).includes(p.kind) && p.kind !== 'rename-label' && p.kind !== 'alias-label');
  const moved = applyPlan(shadow, layout, false);
  const where = new Map<string, { part: Part; row: number; column: number }>();
  const note = (cells: readonly string[], part: Part, row: number): void =>
    cells.forEach((t, column) => {
      if (t.startsWith('\u0000')) where.set(t, { part, row, column });
    });
  moved.preamble.forEach((r, i) => note(r, 'preamble', i));
  note(moved.header, 'header', 0);
  moved.rows.forEach((r, i) => note(r, 'row', i));
  return where;
}

function cellAt(t: Table, at: { part: Part; row: number; column: number }): string | undefined {
  if (at.part === 'header') return t.header[at.column];
  return (at.part === 'preamble' ? t.preamble : t.rows)[at.row]?.[at.column];
}

/** Checks `after` (the plan applied to `before`) against the plan, cell by cell. */
export function checkPlanCells(before: Table, plan: FixPlan, after: Table): CellProblem[] {
  const problems: CellProblem[] = [];
  const where = trace(before, plan.patches);
  const cellFix = new Map<string, string>();
  const labelFix = new Map<string, string>();
  for (const p of plan.patches) {
    if ((CELL_FIX_KINDS as readonly string[]).includes(p.kind)) {
      const cp = p as CellsPatch;
      for (const c of cp.cells) cellFix.set(`${c.row}:${cp.column}\u0000${c.from}`, c.to);
    } else if (p.kind === 'rename-label' || p.kind === 'alias-label') {
      for (const l of (p as RenamePatch).labels) labelFix.set(`${l.column}\u0000${l.from}`, l.to);
    }
  }
  const titleRowsRemoved = plan.patches.some((p) => p.kind === 'title-rows');
  const visit = (part: Part, row: number, cells: readonly string[]): void => {
    cells.forEach((from, column) => {
      if (from === '' || problems.length >= MAX_PROBLEMS) return;
      const at = where.get(token(part, row, column));
      if (!at) {
        if (!(part === 'preamble' && titleRowsRemoved)) problems.push({ problem: 'removed', part, row, column, from });
        return;
      }
      const to = cellAt(after, at);
      if (to === from) return;
      const planned = part === 'header' ? labelFix.get(`${column}\u0000${from}`) : part === 'row' ? cellFix.get(`${row}:${column}\u0000${from}`) : undefined;
      if (planned !== undefined && planned === to) return;
      const p: CellProblem = { problem: 'changed', part, row, column, from };
      if (to !== undefined) p.to = to;
      problems.push(p);
    });
  };
  before.preamble.forEach((r, i) => visit('preamble', i, r));
  visit('header', 0, before.header);
  before.rows.forEach((r, i) => visit('row', i, r));
  return problems;
}

/** Reads bytes back with the table's own encoding and dialect, record by record. */
export function readRecords(bytes: Uint8Array, format: Table['format']): string[][] {
  const decoder = new StreamDecoder(format.encoding);
  let text = decoder.push(bytes) + decoder.end();
  // A BOM the decoder kept as text (forced single-byte encodings) is not a character of the data.
  if (format.bom && text.startsWith('\u00ef\u00bb\u00bf')) text = text.slice(3);
  const reader = new RecordReader(format.delimiter, format.quoteChar);
  const records: string[][] = [];
  reader.push(text, records);
  reader.end(records);
  return records;
}

/** Checks the written bytes hold exactly the fixed table. */
export function checkWritten(after: Table, bytes: Uint8Array): CellProblem[] {
  const problems: CellProblem[] = [];
  const got = readRecords(bytes, after.format);
  const want: { part: Part; row: number; cells: string[] }[] = [
    ...after.preamble.map((cells, row) => ({ part: 'preamble' as const, row, cells })),
    { part: 'header', row: 0, cells: after.header },
    ...after.rows.map((cells, row) => ({ part: 'row' as const, row, cells })),
  ];
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n && problems.length < MAX_PROBLEMS; i++) {
    const w = want[i];
    const g = got[i] ?? [];
    if (!w) {
      problems.push({ problem: 'written', part: 'row', row: i, column: 0, from: '', to: g.join(after.format.delimiter) });
      continue;
    }
    const width = Math.max(w.cells.length, g.length);
    for (let c = 0; c < width; c++) {
      if ((w.cells[c] ?? undefined) !== (g[c] ?? undefined)) {
        const p: CellProblem = { problem: 'written', part: w.part, row: w.row, column: c, from: w.cells[c] ?? '' };
        if (g[c] !== undefined) p.to = g[c];
        problems.push(p);
        break;
      }
    }
  }
  return problems;
}
