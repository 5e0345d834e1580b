import { findCustomCheck } from '../checks/custom';
import type { CheckContext, CheckInstance, CheckIssue, ColumnRef, CustomCheck, Diagnosis, DiagnosticCheck, RowView } from '../checks/types';
import type { ConstraintCheck } from '../constraints/types';
import type { ValidationError } from '../errors/types';
import type { ErrorCollector } from '../report/collector';
import { specOf } from '../errors';
import type { CompiledField, CompiledSchema } from '../schema/compile';
import type { Field } from '../schema/types';
import { FAIL } from '../types/types';
import { KeyRowTable } from '../constraints';
import { cellAddress } from '../util/address';
import { bindHeader, type HeaderMatch } from './bind';

export interface TableOptions {
  headerMatch: HeaderMatch;
  ignoreHeaderCase: boolean;
  /** 1-based column number of record index 0 (sheets may start at column C). */
  firstColumn: number;
  /** CSV exports show trailing `;;;` columns; a sheet's empty columns are not worth a word. */
  reportTrailing: boolean;
  /** Old names of fields, from the catalogue (name matching only). */
  aliases?: Readonly<Record<string, readonly string[]>>;
}

interface FieldRun {
  cf: CompiledField;
  /** Index of the cell in the record, -1 when the column is absent. */
  col: number;
  columnNumber: number;
  checks: { name: string; params: ValidationError['params']; check: ConstraintCheck }[];
  requiredCheck: boolean;
  typeParams: ValidationError['params'];
}


/**
 * Validates the rows of one table against a compiled schema, once the header is
 * known. Everything that depends on the file (column positions, unique sets,
 * custom check state) is created here; the compiled schema is shared.
 */
export class TableValidator {
  private runs: FieldRun[] = [];
  private width = 0;
  private headerRow = 1;
  private instances: { id: string; inst: CheckInstance; custom: boolean }[] = [];
  private rowFlags: Uint8Array = new Uint8Array(0);
  private values: unknown[] = [];
  private cells: readonly string[] = [];
  private rowNumber = 0;
  private readonly needValues: boolean;
  private readonly pk: { runs: FieldRun[]; seen: KeyRowTable } | null = null;
  private readonly fks: { fields: string[]; refFields: string[]; refs: Set<string>; pending: { key: string; row: number; values: string[] }[] }[] = [];
  private started = false;
  private byColumn: Field[] = [];
  /** Cell warnings of the current row, held until the row's custom checks ran (see `row`). */
  private pending: { id: string; issue: CheckIssue; fieldName: string; value: string }[] = [];
  /** `field|diagnosis` explained this row on a custom-check error: its cell warning would say it twice. */
  private explained = new Set<string>();
  private ignoredTrailing = 0;

  constructor(
    private readonly compiled: CompiledSchema,
    private readonly out: ErrorCollector,
    private readonly opts: TableOptions,
  ) {
    this.needValues = compiled.schema.customChecks.length > 0 || compiled.tableDiagnostics.length > 0 || compiled.schema.foreignKeys.length > 0;
    if (compiled.schema.primaryKey.length > 0) this.pk = { runs: [], seen: new KeyRowTable() };
  }

  /** Header labels as read, and the row number they sit on. */
  start(rawLabels: readonly string[], headerRow: number): void {
    this.started = true;
    this.headerRow = headerRow;
    const labels = [...rawLabels];
    // Trailing empty header cells (`a;b;c;;;`) are an export artefact, not blank labels.
    while (labels.length > 1 && labels[labels.length - 1]!.trim() === '') labels.pop();
    this.ignoredTrailing = rawLabels.length - labels.length;
    if (this.ignoredTrailing && this.opts.reportTrailing) this.out.emit('trailing-empty-columns', { count: this.ignoredTrailing }, { rowNumber: headerRow });
    this.width = labels.length;
    this.out.stats.fields = labels.length;

    const { fields } = this.compiled;
    const binding = bindHeader(labels, fields, this.opts.headerMatch, this.opts.ignoreHeaderCase, this.opts.aliases);
    for (const issue of binding.issues) {
      const extra: Partial<ValidationError> = { rowNumber: headerRow };
      if (issue.column !== undefined) {
        extra.fieldNumber = issue.column + 1;
        extra.cell = cellAddress(this.opts.firstColumn + issue.column, headerRow);
      } else if (issue.field) extra.fieldNumber = issue.field.index + 1;
      if (issue.field) extra.fieldName = issue.field.field.name;
      if (issue.label !== undefined) extra.value = issue.label;
      const e = this.out.make(issue.type, issue.params, extra);
      if (issue.type === 'incorrect-label' && issue.field && this.opts.headerMatch === 'name') e.fix = { kind: 'rename-label', to: issue.field.field.name };
      // Validata's schema sync reads extra columns as untyped fields: a warning, not an error.
      if (issue.type === 'extra-label' && this.opts.headerMatch === 'name') e.severity = 'warning';
      this.out.add(e);
    }
    this.runs = fields.map((cf, i) => {
      const col = binding.columns[i]!;
      return {
        cf,
        col,
        columnNumber: col >= 0 ? this.opts.firstColumn + col : -1,
        checks: cf.constraints.map((c) => ({ name: c.name, params: c.params, check: c.start() })),
        requiredCheck: cf.required,
        typeParams:
          cf.field.type === 'boolean'
            ? { fieldType: 'boolean', fieldFormat: cf.field.format, values: [...cf.field.trueValues, ...cf.field.falseValues] }
            : { fieldType: cf.field.type, fieldFormat: cf.field.format },
      };
    });
    for (const r of this.runs) if (r.col >= 0) this.byColumn[r.col] = r.cf.field;
    this.rowFlags = new Uint8Array(fields.length);
    this.values = new Array(fields.length);
    if (this.pk) {
      this.pk.runs = this.compiled.schema.primaryKey.map((n) => this.runs.find((r) => r.cf.field.name === n)!).filter(Boolean);
    }
    for (const fk of this.compiled.schema.foreignKeys) {
      if (fk.reference.resource === '') this.fks.push({ fields: fk.fields, refFields: fk.reference.fields, refs: new Set(), pending: [] });
    }
    this.startChecks();
  }

  private column(name: string): ColumnRef | undefined {
    const r = this.runs.find((x) => x.cf.field.name === name);
    return r ? { field: r.cf.field, index: r.col, columnNumber: r.columnNumber } : undefined;
  }

  private startChecks(): void {
    const ctx: CheckContext = {
      schema: this.compiled.schema,
      column: (name) => this.column(name),
      read: (name, raw) => {
        const cf = this.compiled.byName.get(name);
        if (!cf || raw === undefined || cf.missing.has(raw)) return undefined;
        const v = cf.reader(raw);
        return v === FAIL ? undefined : v;
      },
    };
    for (const d of this.compiled.schema.customChecks) {
      const impl: CustomCheck | undefined = findCustomCheck(d.name);
      if (!impl) {
        this.out.emit('check-error', { check: d.name, reason: 'unknown' });
        continue;
      }
      const p = impl.params(d.params ?? {}, ctx);
      if (!p.ok) {
        this.out.emit('check-error', { check: d.name, reason: 'params', problem: p.problem });
        continue;
      }
      try {
        this.instances.push({ id: d.name, inst: impl.create(p.params, ctx), custom: true });
      } catch (e) {
        this.out.emit('check-error', { check: d.name, reason: 'init', problem: e instanceof Error ? e.message : String(e) });
      }
    }
    for (const d of this.compiled.tableDiagnostics) {
      try {
        this.instances.push({ id: d.id, inst: d.create!(ctx), custom: false });
      } catch (e) {
        this.out.emit('check-error', { check: d.id, reason: 'init', problem: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  private readonly view: RowView = {
    rowNumber: 0,
    raw: (name) => {
      const r = this.runOf(name);
      if (!r) return undefined;
      if (r.col < 0) return '';
      return this.cells[r.col];
    },
    isMissing: (name) => {
      const r = this.runOf(name);
      if (!r || r.col < 0) return true;
      const raw = this.cells[r.col];
      return raw === undefined || r.cf.missing.has(raw);
    },
    value: (name) => {
      const r = this.runOf(name);
      if (!r) return undefined;
      const v = this.values[r.cf.index];
      return v === FAIL ? undefined : v;
    },
    hasError: (name) => {
      const r = this.runOf(name);
      return !!r && this.rowFlags[r.cf.index] === 1;
    },
  };

  private runIndex = new Map<string, FieldRun>();
  private runOf(name: string): FieldRun | undefined {
    let r = this.runIndex.get(name);
    if (!r) {
      r = this.runs.find((x) => x.cf.field.name === name);
      if (r) this.runIndex.set(name, r);
    }
    return r;
  }

  private emitIssue(checkId: string, issue: CheckIssue, fieldName = issue.fieldName, value = issue.value, custom = false): void {
    const severity = issue.severity ?? specOf(issue.type).severity;
    const explained = custom && severity === 'error' ? this.explain(issue, fieldName, value) : null;
    const dx = explained?.dx;
    if (this.out.full) {
      // Past the list limit only counts matter: no error object per cell.
      this.out.tally(issue.type, severity, fieldName, dx?.code, explained?.repeated);
      return;
    }
    const r = fieldName !== undefined ? this.runOf(fieldName) : undefined;
    const extra: Partial<ValidationError> = {};
    const row = issue.rowNumber ?? this.rowNumber;
    if (row) extra.rowNumber = row;
    if (r) {
      extra.fieldName = r.cf.field.name;
      if (r.col >= 0) {
        extra.fieldNumber = r.col + 1;
        if (row) extra.cell = cellAddress(r.columnNumber, row);
      }
    }
    if (value !== undefined) extra.value = value;
    if (issue.fix) extra.fix = issue.fix;
    const e = this.out.make(issue.type, { check: checkId, ...(issue.params ?? {}), ...(dx?.params ?? {}) }, extra);
    if (issue.severity) e.severity = issue.severity;
    if (dx) {
      e.diagnosis = dx.code;
      if (dx.fix) e.fix = dx.fix;
    }
    this.out.add(e, explained?.repeated);
  }

  private cellError(r: FieldRun, type: 'type-error' | 'constraint-error' | 'unique-error', raw: string, params: ValidationError['params'], constraint?: string): void {
    this.rowFlags[r.cf.index] = 1;
    let diagnosis: Diagnosis | null = null;
    if (type !== 'unique-error') {
      for (const d of r.cf.refiners) {
        diagnosis = d.refine!({ type, constraint, field: r.cf.field, raw });
        if (diagnosis) break;
      }
    }
    if (diagnosis) this.explained.add(`${r.cf.field.name}|${diagnosis.code}`);
    if (this.out.full) {
      // Past the list limit only counts matter: no error object per cell.
      this.out.tally(type, 'error', r.cf.field.name, diagnosis?.code);
      return;
    }
    const e = this.out.make(type, params, {
      rowNumber: this.rowNumber,
      fieldNumber: r.col + 1,
      fieldName: r.cf.field.name,
      cell: cellAddress(r.columnNumber, this.rowNumber),
      value: raw,
    });
    if (diagnosis) {
      e.diagnosis = diagnosis.code;
      if (diagnosis.params) e.params = { ...e.params, ...diagnosis.params };
      if (diagnosis.fix) e.fix = diagnosis.fix;
    }
    this.out.add(e);
  }

  private warn(r: FieldRun, d: DiagnosticCheck, raw: string): void {
    const issue = d.cell!(raw, r.cf.field);
    if (!issue) return;
    if (this.instances.length) this.pending.push({ id: d.id, issue, fieldName: r.cf.field.name, value: issue.value ?? raw });
    else this.emitIssue(d.id, issue, r.cf.field.name, issue.value ?? raw);
  }

  /**
   * A Validata check's error on a cell gets the same SCDL explanation a type
   * error would (a SIRET refused because Excel zero-filled it says so).
   */
  private explain(issue: CheckIssue, fieldName: string | undefined, value: string | undefined): { dx: Diagnosis; repeated: boolean } | null {
    if (fieldName === undefined || value === undefined) return null;
    const r = this.runOf(fieldName);
    if (!r) return null;
    for (const d of r.cf.refiners) {
      const dx = d.refine!({ type: issue.type, field: r.cf.field, raw: value });
      if (dx) {
        const key = `${fieldName}|${dx.code}`;
        const repeated = this.explained.has(key);
        this.explained.add(key);
        return { dx, repeated };
      }
    }
    return null;
  }

  /** One data record; `rowNumber` is its row in the file or sheet. */
  row(cells: readonly string[], rowNumber: number): void {
    const out = this.out;
    out.stats.rows++;
    this.rowNumber = rowNumber;
    this.cells = cells;
    const n = cells.length;

    // Blank row: nothing else is reported for it (frictionless).
    let blank = true;
    for (let i = 0; i < n; i++) {
      if (cells[i] !== '') {
        blank = false;
        break;
      }
    }
    if (blank) {
      out.emit('blank-row', {}, { rowNumber });
      // frictionless still checks the key of a blank row (all None: an error of its own).
      if (this.pk) this.checkPrimaryKey(rowNumber);
      return;
    }

    if (n > this.width) {
      for (let i = this.width; i < n; i++) {
        // Cells under the trailing empty header columns we dropped are ignored while empty.
        if (i < this.width + this.ignoredTrailing && cells[i] === '') continue;
        out.emit('extra-cell', {}, { rowNumber, fieldNumber: i + 1, cell: cellAddress(this.opts.firstColumn + i, rowNumber), value: cells[i]! });
      }
    } else if (n < this.width) {
      for (let i = n; i < this.width; i++) {
        const r = this.runs.find((x) => x.col === i);
        const extra: Partial<ValidationError> = { rowNumber, fieldNumber: i + 1, cell: cellAddress(this.opts.firstColumn + i, rowNumber) };
        if (r) extra.fieldName = r.cf.field.name;
        out.emit('missing-cell', {}, extra);
      }
    }

    const needValues = this.needValues;
    if (needValues) this.rowFlags.fill(0);
    if (this.explained.size) this.explained.clear();
    const runs = this.runs;
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k]!;
      if (r.col < 0) {
        if (needValues) this.values[k] = undefined;
        continue;
      }
      const raw = cells[r.col];
      if (raw === undefined) {
        if (needValues) this.values[k] = undefined;
        // Already a missing-cell; frictionless also reports the required constraint on it.
        if (r.requiredCheck) this.cellError(r, 'constraint-error', '', { constraint: 'required', expected: true }, 'required');
        continue;
      }
      const cf = r.cf;
      if (cf.onlyEmpty ? raw === '' : cf.missing.has(raw)) {
        if (needValues) this.values[k] = undefined;
        if (r.requiredCheck) this.cellError(r, 'constraint-error', raw, { constraint: 'required', expected: true }, 'required');
        continue;
      }
      const v = cf.reader(raw);
      if (needValues) this.values[k] = v;
      if (v === FAIL) {
        this.cellError(r, 'type-error', raw, r.typeParams);
        continue;
      }
      const checks = r.checks;
      let failed = false;
      for (let c = 0; c < checks.length; c++) {
        const res = checks[c]!.check(v, raw, rowNumber);
        if (res === true) continue;
        failed = true;
        const ch = checks[c]!;
        if (typeof res === 'number') this.cellError(r, 'unique-error', raw, { ...ch.params, firstRow: res });
        else this.cellError(r, 'constraint-error', raw, ch.params, ch.name);
      }
      if (!failed) {
        const warners = cf.warners;
        for (let w = 0; w < warners.length; w++) this.warn(r, warners[w]!, raw);
      }
    }

    if (this.pk) this.checkPrimaryKey(rowNumber);
    if (this.fks.length) this.collectForeignKeys(rowNumber);
    const inst = this.instances;
    if (inst.length) {
      this.view.rowNumber = rowNumber;
      for (let i = 0; i < inst.length; i++) {
        const { id, inst: c, custom } = inst[i]!;
        if (c.row) c.row(this.view, (issue) => this.emitIssue(id, issue, issue.fieldName, issue.value, custom));
      }
      if (this.pending.length) {
        for (const p of this.pending) if (!this.explained.has(`${p.fieldName}|${p.issue.type}`)) this.emitIssue(p.id, p.issue, p.fieldName, p.value);
        this.pending.length = 0;
      }
      if (this.explained.size) this.explained.clear();
    }
  }

  private keyOf(runs: FieldRun[]): string | null {
    let key = '';
    for (const r of runs) {
      const raw = r.col >= 0 ? this.cells[r.col] : undefined;
      if (raw === undefined || r.cf.missing.has(raw)) return null;
      const v = r.cf.reader(raw);
      if (v === FAIL) return null;
      const k = r.cf.type.key ? r.cf.type.key(v) : v;
      key += `${typeof k === 'object' ? JSON.stringify(k) : String(k)}\u0001`;
    }
    return key;
  }

  /**
   * frictionless v5: key cells are not required; a key whose cells all read as
   * None (empty or not castable) is an error, and tuples with some None still
   * compare (so (A, empty) twice is a duplicate).
   */
  private checkPrimaryKey(rowNumber: number): void {
    const pk = this.pk!;
    let key = '';
    let allNone = true;
    for (const r of pk.runs) {
      const raw = r.col >= 0 ? this.cells[r.col] : undefined;
      let part = '\u0000';
      if (raw !== undefined && !r.cf.missing.has(raw)) {
        const v = r.cf.reader(raw);
        if (v !== FAIL) {
          allNone = false;
          const k = r.cf.type.key ? r.cf.type.key(v) : v;
          part = typeof k === 'object' ? JSON.stringify(k) : `${typeof k}:${String(k)}`;
        }
      }
      key += part + '\u0001';
    }
    const fieldNames = pk.runs.map((r) => r.cf.field.name);
    if (allNone) {
      this.out.emit('primary-key', { fieldNames, reason: 'all-empty' }, { rowNumber });
      return;
    }
    const first = pk.seen.seen(key, rowNumber);
    if (first) this.out.emit('primary-key', { fieldNames, firstRow: first }, { rowNumber });
  }

  private collectForeignKeys(rowNumber: number): void {
    for (const fk of this.fks) {
      const refRuns = fk.refFields.map((n) => this.runOf(n)).filter((r): r is FieldRun => !!r);
      const own = fk.fields.map((n) => this.runOf(n)).filter((r): r is FieldRun => !!r);
      const refKey = this.keyOf(refRuns);
      if (refKey !== null) fk.refs.add(refKey);
      const key = this.keyOf(own);
      if (key !== null) fk.pending.push({ key, row: rowNumber, values: own.map((r) => this.cells[r.col] ?? '') });
    }
  }

  end(): void {
    if (!this.started) return;
    this.rowNumber = 0;
    for (const fk of this.fks) {
      for (const p of fk.pending) {
        if (!fk.refs.has(p.key)) this.out.emit('foreign-key', { fieldNames: fk.fields, referenceFields: fk.refFields, values: p.values }, { rowNumber: p.row });
      }
    }
    for (const { id, inst, custom } of this.instances) if (inst.end) inst.end((issue) => this.emitIssue(id, issue, issue.fieldName, issue.value, custom));
  }

  /** The field bound to a record column (cells path: decides how a date or number is written). */
  fieldAt(column: number): Field | undefined {
    return this.byColumn[column];
  }

  get headerRowNumber(): number {
    return this.headerRow;
  }
}
