import type { ErrorSpec, FixProposal, Params, Severity } from '../errors/types';
import type { Field, Schema } from '../schema/types';

/**
 * Checks follow frictionless's model: an id, the errors it may emit, validated
 * params, and row/end hooks. Two kinds:
 * - `custom`: a Validata custom check, run when the schema declares it in `custom_checks`;
 * - `diagnostic`: an SCDL diagnostic of ours, always on, that either refines an
 *   error the core found (adds a precise `diagnosis` and a safe fix) or warns about
 *   a cell the schema accepts (CSV injection, personal data, stray spaces, ...).
 */

/** A column as the check sees it: schema field plus where it sits in the file. */
export interface ColumnRef {
  field: Field;
  /** 0-based index of the cell in the record, or -1 when the column is absent from the file. */
  index: number;
  /** 1-based column number in the file/sheet (for the `D12` address). */
  columnNumber: number;
}

export interface CheckContext {
  schema: Schema;
  /** Column of a field by name; undefined when the schema has no such field. */
  column(name: string): ColumnRef | undefined;
  /** Cast a raw cell with a field's type reader: the value, or undefined when missing/not castable. */
  read(name: string, raw: string | undefined): unknown;
}

/** One row handed to row hooks: raw cells of the record, by field name. */
export interface RowView {
  rowNumber: number;
  /** Raw text of the field's cell, '' when the column is absent; undefined when the row is too short. */
  raw(name: string): string | undefined;
  /** True when the cell is absent, empty, or one of the missing values. */
  isMissing(name: string): boolean;
  /** Cast value (undefined when missing or not castable). */
  value(name: string): unknown;
  /** True when the core already reported a type/constraint error on that field in this row. */
  hasError(name: string): boolean;
}

export interface CheckIssue {
  /** Error code; must be one of the check's `errors`. */
  type: string;
  /** Field the issue is about (sets fieldName, fieldNumber, cell). */
  fieldName?: string;
  /** Row the issue is about; defaults to the current row (end hooks must set it). */
  rowNumber?: number;
  value?: string;
  params?: Params;
  fix?: FixProposal;
  /** Overrides the code's default severity (rare: e.g. a Validata check reporting a warning). */
  severity?: Severity;
}

export type Emit = (issue: CheckIssue) => void;

export interface CheckInstance {
  row?(row: RowView, emit: Emit): void;
  end?(emit: Emit): void;
}

export type ParamsResult<P> = { ok: true; params: P } | { ok: false; problem: string };

export interface CustomCheck<P = unknown> {
  readonly kind: 'custom';
  /** Validata's name, e.g. `french-siret-value`; also the main error code. */
  readonly id: string;
  readonly errors: Record<string, ErrorSpec>;
  /** Validates and normalises `params` when the schema loads; a problem becomes `check-error`. */
  params(raw: Record<string, unknown>, ctx: CheckContext): ParamsResult<P>;
  create(params: P, ctx: CheckContext): CheckInstance;
}

/** An error the core found in a cell, as a diagnostic sees it. */
export interface CellErrorView {
  /** `type-error`, `constraint-error`, or the id of the Validata check that failed (e.g. `french-siret-value`). */
  type: string;
  constraint?: string;
  field: Field;
  raw: string;
}

export interface Diagnosis {
  /** The diagnostic's code, stored in the error as `diagnosis`; must be one of its `errors`. */
  code: string;
  params?: Params;
  fix?: FixProposal;
}

export interface DiagnosticCheck {
  readonly kind: 'diagnostic';
  readonly id: string;
  readonly errors: Record<string, ErrorSpec>;
  /** Is the diagnostic relevant to this field? Called once per field at compile time. */
  appliesTo(field: Field, schema: Schema): boolean;
  /** Explains an error the core found on such a field (only called on errors: free on clean files). */
  refine?(error: CellErrorView): Diagnosis | null;
  /**
   * Looks at every non-missing cell of such a field that the core found valid, and
   * returns an issue for a cell the schema accepts but that is still a problem.
   * Must be cheap: it runs on every cell of the field.
   */
  cell?(raw: string, field: Field): Omit<CheckIssue, 'fieldName'> | null;
  /**
   * Where `cell` runs, when narrower than `appliesTo` (typically: only fields whose
   * schema accepts the damage; elsewhere `refine` explains the error). Defaults to `appliesTo`.
   */
  warnsOn?(field: Field, schema: Schema): boolean;
  /** Header-level or table-level diagnostics (a header that only differs by case, ...). */
  create?(ctx: CheckContext): CheckInstance;
}

export type Check = CustomCheck<any> | DiagnosticCheck; // eslint-disable-line @typescript-eslint/no-explicit-any
