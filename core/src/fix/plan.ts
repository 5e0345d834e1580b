import { diagnosticErrors } from '../checks/diagnostics';
import { bindHeader } from '../engine/bind';
import { looseLabel } from '../engine/labels';
import { TableValidator } from '../engine/table';
import type { ValidationError } from '../errors/types';
import { headerRowOf, type Table } from '../parse/table';
import { ErrorCollector } from '../report/collector';
import type { CompiledField, CompiledSchema } from '../schema/compile';
import { FAIL } from '../types/types';
import { shortRows } from './apply';
import { hasSurroundingSpace, trimSpaces } from './rules/text';
import { CELL_FIX_KINDS, expandKinds } from './kinds';
import type { AddColumnsPatch, CellChange, CellFixKind, CellsPatch, EmptyColumnsPatch, FixKind, FixPlan, LabelChange, Patch, PlanOptions, Question, RowLengths, Unfixable } from './types';

/**
 * Plans the safe fixes of a table. It validates the whole table itself, with no
 * error limit, rather than reading a report: a report keeps 1000 errors and cuts
 * long values, and a plan must see every cell. Fixes come from three places:
 * - the diagnostics' per-cell fixes (`error.fix`), kept only when the new value
 *   gives the field no more type/constraint errors than the old one;
 * - per-column decisions for cells that cannot tell their reading alone
 *   (day/month order, decimal or thousands comma): the cells of the column that
 *   prove a reading decide; with no proof, or proofs both ways, a question;
 * - the header and the file itself (renames, order, missing optional columns,
 *   blank and title rows, encoding, delimiter, BOM).
 * Lossy damage (scientific-notation SIRETs, zero-filled numbers, SIREN for SIRET)
 * is listed in `unfixable` and left alone.
 */
export function planFixes(table: Table, compiled: CompiledSchema, options: PlanOptions = {}): FixPlan {
  const only = options.only ? expandKinds(options.only).kinds : null;
  const allowed = (k: FixKind): boolean => !only || only.has(k);
  const headerRow = headerRowOf(table);
  const patches: Patch[] = [];

  const aliasLabels = allowed('alias-label') && options.aliases ? aliasRenames(table.header, compiled, options.aliases) : [];
  const labels = table.header.slice();
  for (const l of aliasLabels) labels[l.column] = l.to;

  const errors = validateAll(compiled, labels, table.rows, headerRow);
  const cells = planCells(table, labels, compiled, errors, headerRow, options, allowed);
  patches.push(...cells.patches);

  const empty = allowed('empty-columns') ? emptyColumns(labels, table.rows) : null;
  if (empty) patches.push(empty);
  const width = empty ? empty.width : labels.length;
  const current = labels.slice(0, width);

  if (aliasLabels.length) patches.push({ kind: 'alias-label', code: 'missing-label', reason: 'alias', labels: aliasLabels });
  if (allowed('rename-label')) {
    const renames: LabelChange[] = [];
    for (const e of errors) {
      if (e.type !== 'incorrect-label' || e.fix?.kind !== 'rename-label' || e.fieldNumber === undefined) continue;
      const column = e.fieldNumber - 1;
      renames.push({ column, from: current[column]!, to: e.fix.to });
      current[column] = e.fix.to;
    }
    if (renames.length) patches.push({ kind: 'rename-label', code: 'incorrect-label', reason: 'loose-label', labels: renames });
  }

  const rowsNow = empty ? table.rows.map((r) => (r.length > width && r.slice(width).every((c) => c === '') ? r.slice(0, width) : r)) : table.rows;
  const columns = planColumns(current, rowsNow, compiled, allowed);
  patches.push(...columns);

  if (allowed('blank-rows')) {
    // Each blank row is recorded as long as it is when removed (after the column changes), so undoing is exact.
    const blank = rowsNow.flatMap((r, at) => (r.every((c) => c === '') ? [{ at, length: lengthAfter(r.length, columns) }] : []));
    if (blank.length) patches.push({ kind: 'blank-rows', code: 'blank-row', reason: 'blank-row', rows: blank });
  }
  if (allowed('title-rows') && table.preamble.length) {
    patches.push({ kind: 'title-rows', code: 'title-rows', reason: 'title-rows', rows: table.preamble.map((r) => r.slice()) });
  }
  const f = table.format;
  if (allowed('bom') && f.bom) {
    const bom: Patch = { kind: 'bom', reason: table.bomMismatch ? 'bom-mismatch' : 'utf8-bom', from: true, to: false };
    if (table.bomMismatch) bom.code = 'bom-mismatch';
    patches.push(bom);
  }
  if (allowed('encoding') && f.encoding !== 'utf-8') patches.push({ kind: 'encoding', code: 'non-utf8-encoding', reason: 'non-utf8-encoding', from: f.encoding, to: 'utf-8' });
  if (allowed('delimiter') && f.delimiter !== ',') patches.push({ kind: 'delimiter', code: 'delimiter-not-comma', reason: 'delimiter-not-comma', from: f.delimiter, to: ',' });

  return { patches, questions: cells.questions, unfixable: cells.unfixable };
}

/** Every error of the table, none cut: the same engine as validation, fed from memory. */
function validateAll(compiled: CompiledSchema, header: readonly string[], rows: readonly string[][], headerRow: number): ValidationError[] {
  const out = new ErrorCollector(Number.MAX_SAFE_INTEGER);
  const v = new TableValidator(compiled, out, { headerMatch: 'name', ignoreHeaderCase: false, firstColumn: 1, reportTrailing: true });
  v.start(header, headerRow);
  for (let i = 0; i < rows.length; i++) v.row(rows[i]!, headerRow + 1 + i);
  v.end();
  return out.list;
}

/**
 * Type and constraint errors a value gives its field (`unique` aside: it depends
 * on the other rows). A fix may only keep or lower this count.
 */
export function cellProblems(cf: CompiledField, raw: string): number {
  if (cf.onlyEmpty ? raw === '' : cf.missing.has(raw)) return cf.required ? 1 : 0;
  const v = cf.reader(raw);
  if (v === FAIL) return 1;
  let n = 0;
  for (const c of cf.constraints) if (c.name !== 'unique' && c.start()(v, raw, 0) !== true) n++;
  return n;
}

const READINGS: Record<string, { kind: CellFixKind; readings: string[] }> = {
  // dd/mm first: the French convention, suggested when nothing in the column proves the order.
  'non-iso-date': { kind: 'date-format', readings: ['dmy', 'mdy'] },
  'french-number-format': { kind: 'number-format', readings: ['decimal-comma', 'thousands-comma'] },
};

const MAX_EXAMPLES = 5;

interface Pending {
  field: string;
  column: number;
  reason: string;
  cells: { row: number; from: string; candidates: string[]; code: string }[];
  proofs: Set<string>;
}

function planCells(
  table: Table,
  labels: readonly string[],
  compiled: CompiledSchema,
  errors: readonly ValidationError[],
  headerRow: number,
  options: PlanOptions,
  allowed: (k: FixKind) => boolean,
): { patches: CellsPatch[]; questions: Question[]; unfixable: Unfixable[] } {
  // One fix per cell: a precise rule beats trimming (every rule trims as part of its own fix).
  const chosen = new Map<string, { kind: CellFixKind; change: CellChange; reason: string; field: string; column: number }>();
  // Cells validation said something about: their fix, if any, came with what it said.
  const seen = new Set<string>();
  const pending = new Map<string, Pending>();
  const unfixable = new Map<string, Unfixable>();
  // One cell can carry the same diagnosis twice (a pattern error and Validata's SIRET check): counted once.
  const unfixableCells = new Set<string>();

  for (const e of errors) {
    if (e.rowNumber === undefined || e.fieldNumber === undefined || e.fieldName === undefined || e.rowNumber <= headerRow) continue;
    seen.add(`${e.rowNumber - headerRow - 1}:${e.fieldNumber - 1}`);
    const row = e.rowNumber - headerRow - 1;
    const column = e.fieldNumber - 1;
    const from = table.rows[row]?.[column];
    if (from === undefined) continue;
    const reason = e.diagnosis ?? e.type;
    const fix = e.fix;
    const p = e.params;
    if (fix && (CELL_FIX_KINDS as readonly string[]).includes(fix.kind)) {
      const kind = fix.kind as CellFixKind;
      if (!allowed(kind) || fix.to === from) continue;
      const cf = compiled.byName.get(e.fieldName);
      if (cf && cellProblems(cf, fix.to) > cellProblems(cf, from)) continue;
      const key = `${row}:${column}`;
      const had = chosen.get(key);
      if (!had || (had.kind === 'trim-spaces' && kind !== 'trim-spaces')) chosen.set(key, { kind, change: { row, from, to: fix.to, code: e.type }, reason, field: e.fieldName, column });
    }
    const known = e.diagnosis !== undefined ? READINGS[e.diagnosis] : undefined;
    if (known) {
      const key = `${e.fieldName}\u0000${e.diagnosis}`;
      let pend = pending.get(key);
      if (!pend) pending.set(key, (pend = { field: e.fieldName, column, reason: e.diagnosis!, cells: [], proofs: new Set() }));
      const proof = typeof p.reading === 'string' ? p.reading : p.order === 'dmy' || p.order === 'mdy' ? p.order : undefined;
      if (proof) pend.proofs.add(proof);
      if (!fix && Array.isArray(p.candidates) && Array.isArray(p.readings)) {
        pend.cells.push({ row, from, candidates: (p.candidates as readonly string[]).slice(), code: e.type });
        continue;
      }
    }
    // A diagnosis without a fix, or a warning of ours without one: damage left alone on purpose.
    // A fix that cleans the notation of a zero-filled SIRET leaves its lost digits behind: said too.
    const diagnosed = e.diagnosis ?? (Object.hasOwn(diagnosticErrors, e.type) ? e.type : undefined);
    const left = !fix ? diagnosed : p.zeroFilled === true ? 'siret-zero-filled' : undefined;
    if (left !== undefined && !unfixableCells.has(`${left}:${row}:${column}`)) {
      unfixableCells.add(`${left}:${row}:${column}`);
      const key = `${left}\u0000${e.fieldName}`;
      let u = unfixable.get(key);
      if (!u) unfixable.set(key, (u = { reason: left, field: e.fieldName, count: 0, examples: [] }));
      u.count++;
      if (u.examples.length < MAX_EXAMPLES) u.examples.push({ row, value: from });
    }
  }

  // Spaces the schema accepts silently, where validation does not look (numbers): trimmed too.
  if (allowed('trim-spaces')) {
    bindHeader(labels, compiled.fields, 'name', false).columns.forEach((column, fi) => {
      if (column < 0) return;
      const cf = compiled.fields[fi]!;
      table.rows.forEach((r, row) => {
        const from = r[column];
        const key = `${row}:${column}`;
        if (from === undefined || !hasSurroundingSpace(from) || seen.has(key)) return;
        const to = trimSpaces(from);
        if (cellProblems(cf, to) > cellProblems(cf, from)) return;
        chosen.set(key, { kind: 'trim-spaces', change: { row, from, to, code: 'surrounding-spaces' }, reason: 'surrounding-spaces', field: cf.field.name, column });
      });
    });
  }

  const questions: Question[] = [];
  const decided: { kind: CellFixKind; column: number; field: string; reason: string; reading: string; by: 'column' | 'answer'; cells: CellChange[] }[] = [];
  for (const pend of pending.values()) {
    if (pend.cells.length === 0) continue;
    const spec = READINGS[pend.reason]!;
    if (!allowed(spec.kind)) continue;
    const answer = options.answers?.[pend.field];
    let reading: string | undefined;
    let by: 'column' | 'answer' = 'column';
    if (answer !== undefined && spec.readings.includes(answer)) {
      reading = answer;
      by = 'answer';
    } else if (pend.proofs.size === 1) reading = [...pend.proofs][0];
    if (reading === undefined) {
      questions.push({
        field: pend.field,
        column: pend.column,
        reason: pend.reason,
        kind: spec.kind,
        readings: spec.readings,
        suggested: spec.readings[0]!,
        conflict: pend.proofs.size > 1,
        count: pend.cells.length,
        examples: pend.cells.slice(0, MAX_EXAMPLES).map((c) => ({ row: c.row, value: c.from, candidates: c.candidates })),
      });
      continue;
    }
    const idx = spec.readings.indexOf(reading);
    const cf = compiled.byName.get(pend.field);
    const changes: CellChange[] = [];
    for (const c of pend.cells) {
      const to = c.candidates[idx];
      if (to === undefined || to === c.from || chosen.has(`${c.row}:${pend.column}`)) continue;
      if (cf && cellProblems(cf, to) > cellProblems(cf, c.from)) continue;
      changes.push({ row: c.row, from: c.from, to, code: c.code });
    }
    if (changes.length) decided.push({ kind: spec.kind, column: pend.column, field: pend.field, reason: pend.reason, reading, by, cells: changes });
  }

  // One patch per rule and column, in the order of FIX kinds then columns.
  const groups = new Map<string, CellsPatch>();
  const group = (kind: CellFixKind, column: number, field: string, reason: string): CellsPatch => {
    const key = `${kind}\u0000${column}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, code: '', reason, field, column, cells: [] }));
    return g;
  };
  for (const c of chosen.values()) group(c.kind, c.column, c.field, c.reason).cells.push(c.change);
  for (const d of decided) {
    const g = group(d.kind, d.column, d.field, d.reason);
    g.cells.push(...d.cells);
    g.reading = d.reading;
    g.decidedBy = d.by;
  }
  const patches = [...groups.values()];
  for (const p of patches) {
    p.cells.sort((a, b) => a.row - b.row);
    p.code = mostCommon(p.cells.map((c) => c.code));
  }
  patches.sort((a, b) => CELL_FIX_KINDS.indexOf(a.kind) - CELL_FIX_KINDS.indexOf(b.kind) || a.column - b.column);
  return { patches, questions, unfixable: [...unfixable.values()] };
}

function mostCommon(codes: string[]): string {
  const n = new Map<string, number>();
  for (const c of codes) n.set(c, (n.get(c) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * Header labels that are a known other name of a field (the catalogue's pre-SCDL
 * names: COLL_SIRET → idAttribuant), renamed when the field has no column yet
 * and exactly one column carries one of its names.
 */
function aliasRenames(header: readonly string[], compiled: CompiledSchema, aliases: Readonly<Record<string, readonly string[]>>): LabelChange[] {
  const loose = header.map(looseLabel);
  const fieldLoose = new Set(compiled.fields.map((f) => looseLabel(f.field.name)));
  const out: LabelChange[] = [];
  const taken = new Set<number>();
  for (const cf of compiled.fields) {
    if (loose.includes(looseLabel(cf.field.name))) continue;
    const names = new Set((aliases[cf.field.name] ?? []).map(looseLabel));
    const columns = loose.flatMap((l, i) => (names.has(l) && !fieldLoose.has(l) ? [i] : []));
    if (columns.length !== 1 || taken.has(columns[0]!)) continue;
    const column = columns[0]!;
    taken.add(column);
    out.push({ column, from: header[column]!, to: cf.field.name });
  }
  return out.sort((a, b) => a.column - b.column);
}

/** Trailing columns with no label and no value, and empty cells past the header. */
function emptyColumns(labels: readonly string[], rows: readonly string[][]): EmptyColumnsPatch | null {
  let width = labels.length;
  while (width > 1 && labels[width - 1]!.trim() === '' && rows.every((r) => (r[width - 1] ?? '') === '')) width--;
  const lengths: [number, number][] = [];
  rows.forEach((r, i) => {
    if (r.length > width && r.slice(width).every((c) => c === '')) lengths.push([i, r.length]);
  });
  if (width === labels.length && lengths.length === 0) return null;
  return {
    kind: 'empty-columns',
    code: width < labels.length ? 'trailing-empty-columns' : 'extra-cell',
    reason: 'empty-columns',
    width,
    labels: labels.slice(width),
    lengths,
  };
}

/** Missing optional columns added where the schema puts them, then columns in schema order. */
function planColumns(labels: readonly string[], rows: readonly string[][], compiled: CompiledSchema, allowed: (k: FixKind) => boolean): Patch[] {
  const out: Patch[] = [];
  const fields = compiled.fields;
  const binding = bindHeader(labels, fields, 'name', false);
  // Schema index of the field each column holds, -1 for columns the schema does not know.
  const layout: number[] = labels.map(() => -1);
  binding.columns.forEach((col, fi) => {
    if (col >= 0) layout[col] = fi;
  });
  let width = labels.length;
  if (allowed('add-optional-column')) {
    const missing = binding.issues.filter((i) => i.type === 'missing-optional-label' && i.field).map((i) => i.field!.index);
    if (missing.length) {
      const lengths = shortRows(rows as string[][], width);
      const columns: { at: number; name: string }[] = [];
      for (const fi of missing.sort((a, b) => a - b)) {
        let at = 0;
        layout.forEach((f, col) => {
          if (f >= 0 && f < fi) at = Math.max(at, col + 1);
        });
        layout.splice(at, 0, fi);
        columns.push({ at, name: fields[fi]!.field.name });
      }
      width = layout.length;
      out.push({ kind: 'add-optional-column', code: 'missing-optional-label', reason: 'missing-optional-label', columns, lengths });
    }
  }
  if (allowed('column-order')) {
    const bound = layout.map((f, col) => ({ f, col })).filter((x) => x.f >= 0);
    const inOrder = bound.every((x, k) => k === 0 || x.f > bound[k - 1]!.f);
    if (!inOrder) {
      const order = [...bound].sort((a, b) => a.f - b.f).map((x) => x.col).concat(layout.flatMap((f, col) => (f < 0 ? [col] : [])));
      const added = out.find((p): p is AddColumnsPatch => p.kind === 'add-optional-column');
      out.push({ kind: 'column-order', code: 'misordered-label', reason: 'misordered-label', order, lengths: lengthsAfter(rows, added, width) });
    }
  }
  return out;
}

/** Rows still shorter than `width` once the added columns are in (they pad rows only up to where they insert). */
function lengthsAfter(rows: readonly string[][], added: AddColumnsPatch | undefined, width: number): RowLengths {
  const out: RowLengths = [];
  rows.forEach((r, i) => {
    let n = r.length;
    for (const { at } of added?.columns ?? []) n = n < at ? at + 1 : n + 1;
    if (n < width) out.push([i, n]);
  });
  return out;
}

/** A row's length once column patches are applied. */
function lengthAfter(n: number, patches: readonly Patch[]): number {
  for (const p of patches) {
    if (p.kind === 'add-optional-column') for (const { at } of p.columns) n = n < at ? at + 1 : n + 1;
    else if (p.kind === 'column-order') n = Math.max(n, p.order.length);
  }
  return n;
}
