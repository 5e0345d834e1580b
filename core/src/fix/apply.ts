import type { Table } from '../parse/table';
import type { FixPlan, Patch, RowLengths } from './types';

/** The table does not hold what the plan expects (it changed since planning): nothing is applied. */
export class PatchConflict extends Error {
  constructor(
    readonly patch: Patch['kind'],
    readonly detail: string,
  ) {
    super(`${patch}: ${detail}`);
    this.name = 'PatchConflict';
  }
}

function clone(t: Table): Table {
  return { ...t, preamble: t.preamble.map((r) => r.slice()), header: t.header.slice(), rows: t.rows.map((r) => r.slice()), format: { ...t.format } };
}

const patchesOf = (plan: FixPlan | readonly Patch[]): readonly Patch[] => ('patches' in plan ? plan.patches : plan);

/**
 * Applies a plan to a copy of the table (the input is never changed). Checks,
 * patch by patch, that the table holds what the plan expects; throws
 * PatchConflict otherwise. `check: false` is for tracing cells through the layout.
 */
export function applyPlan(table: Table, plan: FixPlan | readonly Patch[], check = true): Table {
  const t = clone(table);
  for (const p of patchesOf(plan)) applyPatch(t, p, check);
  return t;
}

/** Undoes a plan applied to `table`: `revertPlan(applyPlan(t, p), p)` equals `t`. */
export function revertPlan(table: Table, plan: FixPlan | readonly Patch[]): Table {
  const t = clone(table);
  const patches = patchesOf(plan);
  for (let i = patches.length - 1; i >= 0; i--) revertPatch(t, patches[i]!);
  return t;
}

function padTo(row: string[], n: number): void {
  while (row.length < n) row.push('');
}

/** Rows shorter than `width`, recorded before a layout change pads them. */
export function shortRows(rows: readonly string[][], width: number): RowLengths {
  const out: RowLengths = [];
  rows.forEach((r, i) => {
    if (r.length < width) out.push([i, r.length]);
  });
  return out;
}

function restoreLengths(rows: string[][], lengths: RowLengths): void {
  for (const [i, n] of lengths) {
    const r = rows[i];
    if (r) r.length = n;
  }
}

export function applyPatch(t: Table, p: Patch, check = true): void {
  switch (p.kind) {
    case 'trim-spaces':
    case 'date-format':
    case 'number-format':
    case 'identifier-float':
    case 'leading-zero':
    case 'boolean-values':
    case 'enum-value':
      for (const c of p.cells) {
        const row = t.rows[c.row];
        if (check && row?.[p.column] !== c.from) throw new PatchConflict(p.kind, `row ${c.row}, column ${p.column}: expected ${JSON.stringify(c.from)}`);
        if (row) row[p.column] = c.to;
      }
      return;
    case 'empty-columns':
      if (check && t.header.slice(p.width).some((l) => l.trim() !== '')) throw new PatchConflict(p.kind, 'a removed column has a label');
      t.header.length = p.width;
      for (const [i] of p.lengths) {
        const row = t.rows[i]!;
        if (check && row.slice(p.width).some((c) => c !== '')) throw new PatchConflict(p.kind, `row ${i} has a value past column ${p.width}`);
        row.length = p.width;
      }
      return;
    case 'rename-label':
    case 'alias-label':
      for (const l of p.labels) {
        if (check && t.header[l.column] !== l.from) throw new PatchConflict(p.kind, `column ${l.column}: expected ${JSON.stringify(l.from)}`);
        t.header[l.column] = l.to;
      }
      return;
    case 'add-optional-column':
      for (const { at, name } of p.columns) {
        t.header.splice(at, 0, name);
        for (const row of t.rows) {
          padTo(row, at);
          row.splice(at, 0, '');
        }
      }
      return;
    case 'column-order': {
      const n = p.order.length;
      t.header = p.order.map((i) => t.header[i]!).concat(t.header.slice(n));
      t.rows = t.rows.map((row) => {
        padTo(row, n);
        return p.order.map((i) => row[i]!).concat(row.slice(n));
      });
      return;
    }
    case 'blank-rows':
      for (let k = p.rows.length - 1; k >= 0; k--) {
        const { at } = p.rows[k]!;
        if (check && t.rows[at]?.some((c) => c !== '')) throw new PatchConflict(p.kind, `row ${at} is not blank`);
        t.rows.splice(at, 1);
      }
      return;
    case 'title-rows':
      if (check && t.preamble.length !== p.rows.length) throw new PatchConflict(p.kind, 'title rows changed');
      t.preamble = [];
      return;
    case 'encoding':
      t.format.encoding = 'utf-8';
      return;
    case 'bom':
      t.format.bom = false;
      return;
    case 'delimiter':
      t.format.delimiter = ',';
      return;
  }
}

function revertPatch(t: Table, p: Patch): void {
  switch (p.kind) {
    case 'trim-spaces':
    case 'date-format':
    case 'number-format':
    case 'identifier-float':
    case 'leading-zero':
    case 'boolean-values':
    case 'enum-value':
      for (const c of p.cells) {
        const row = t.rows[c.row];
        if (row) row[p.column] = c.from;
      }
      return;
    case 'empty-columns':
      t.header.push(...p.labels);
      for (const [i, n] of p.lengths) padTo(t.rows[i]!, n);
      return;
    case 'rename-label':
    case 'alias-label':
      for (const l of p.labels) t.header[l.column] = l.from;
      return;
    case 'add-optional-column':
      for (let k = p.columns.length - 1; k >= 0; k--) {
        const { at } = p.columns[k]!;
        t.header.splice(at, 1);
        for (const row of t.rows) row.splice(at, 1);
      }
      restoreLengths(t.rows, p.lengths);
      return;
    case 'column-order': {
      const n = p.order.length;
      const back = (cells: string[]): string[] => {
        const out = new Array<string>(n);
        // Rows re-inserted by an earlier undo (blank rows) may be shorter: their missing cells were empty.
        p.order.forEach((from, to) => (out[from] = cells[to] ?? ''));
        return out.concat(cells.slice(n));
      };
      t.header = back(t.header);
      t.rows = t.rows.map(back);
      restoreLengths(t.rows, p.lengths);
      return;
    }
    case 'blank-rows':
      for (const { at, length } of p.rows) t.rows.splice(at, 0, new Array<string>(length).fill(''));
      return;
    case 'title-rows':
      t.preamble = p.rows.map((r) => r.slice());
      return;
    case 'encoding':
      t.format.encoding = p.from as Table['format']['encoding'];
      return;
    case 'bom':
      t.format.bom = true;
      return;
    case 'delimiter':
      t.format.delimiter = p.from;
      return;
  }
}
