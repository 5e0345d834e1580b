/**
 * Safe fixes as data. A plan is an ordered list of patches; each applies to the
 * table the previous ones left, and holds what it needs to be undone exactly.
 * Patches say which error code they answer (`code`) and why (`reason`, usually
 * the diagnosis), so hosts can show them, filter them, and the CLI can check
 * every change it writes was planned.
 */
export type { Table, TableFormat } from '../parse/table';

/** Fixes that change cell values, one kind per rule. */
export type CellFixKind = 'trim-spaces' | 'date-format' | 'number-format' | 'identifier-float' | 'leading-zero' | 'boolean-values' | 'enum-value';

/** Fixes that change the header or the shape of the table. */
export type LayoutFixKind = 'rename-label' | 'alias-label' | 'add-optional-column' | 'column-order' | 'empty-columns' | 'blank-rows' | 'title-rows';

/** Fixes of how the file is written. */
export type FormatFixKind = 'encoding' | 'bom' | 'delimiter';

export type FixKind = CellFixKind | LayoutFixKind | FormatFixKind;

export interface CellChange {
  /** 0-based index in `table.rows`. */
  row: number;
  from: string;
  to: string;
  /** The error this cell had: `type-error`, `constraint-error`, or a warning code (`surrounding-spaces`). */
  code: string;
}

/** New values in one column, all from one rule. */
export interface CellsPatch {
  kind: CellFixKind;
  /** The error code most of its cells had. */
  code: string;
  /** The diagnosis behind the rule (`non-iso-date`, `french-number-format`...). */
  reason: string;
  field: string;
  /** 0-based column in the table as it is before this patch. */
  column: number;
  cells: CellChange[];
  /** For readings decided per column (day/month order, decimal comma): which one, and who decided. */
  reading?: string;
  decidedBy?: 'column' | 'answer';
}

export interface LabelChange {
  column: number;
  from: string;
  to: string;
}

/** Header labels renamed: near-misses (`rename-label`) or known pre-SCDL names (`alias-label`). */
export interface RenamePatch {
  kind: 'rename-label' | 'alias-label';
  code: string;
  reason: string;
  labels: LabelChange[];
}

/** Rows that were not as long as the header, by index → length, so a layout change can be undone exactly. */
export type RowLengths = [row: number, length: number][];

/** Empty optional columns added, each at its position (applied in order). */
export interface AddColumnsPatch {
  kind: 'add-optional-column';
  code: 'missing-optional-label';
  reason: string;
  columns: { at: number; name: string }[];
  lengths: RowLengths;
}

/** Columns put in schema order, the ones the schema does not know after them. */
export interface OrderPatch {
  kind: 'column-order';
  code: string;
  reason: string;
  /** New column i is old column order[i]. */
  order: number[];
  lengths: RowLengths;
}

/** Trailing columns without a label nor any value (`a;b;;;`), and empty cells past the header. */
export interface EmptyColumnsPatch {
  kind: 'empty-columns';
  code: string;
  reason: string;
  /** Header width kept. */
  width: number;
  /** Labels removed (blank). */
  labels: string[];
  /** Rows longer than `width`, with their length. */
  lengths: RowLengths;
}

/** Rows with no value at all (`;;;;` left at the bottom of an export). */
export interface BlankRowsPatch {
  kind: 'blank-rows';
  code: 'blank-row';
  reason: string;
  /** Ascending indices in `rows` before removal, with each row's cell count. */
  rows: { at: number; length: number }[];
}

/** Records above the header (title, date, blank line). */
export interface TitleRowsPatch {
  kind: 'title-rows';
  code: 'title-rows';
  reason: string;
  rows: string[][];
}

export interface EncodingPatch {
  kind: 'encoding';
  code: 'non-utf8-encoding';
  reason: string;
  from: string;
  to: 'utf-8';
}

export interface BomPatch {
  kind: 'bom';
  /** `bom-mismatch` when the BOM lied about the encoding; absent for a plain UTF-8 BOM (harmless to validators, but shown as `ï»¿` by some tools). */
  code?: string;
  reason: string;
  from: true;
  to: false;
}

export interface DelimiterPatch {
  kind: 'delimiter';
  code: 'delimiter-not-comma';
  reason: string;
  from: string;
  to: ',';
}

export type Patch =
  | CellsPatch
  | RenamePatch
  | AddColumnsPatch
  | OrderPatch
  | EmptyColumnsPatch
  | BlankRowsPatch
  | TitleRowsPatch
  | EncodingPatch
  | BomPatch
  | DelimiterPatch;

/**
 * A choice no rule can make: which reading a column uses (day/month order of
 * `03/04/2020`, decimal or thousands comma of `1,234`) when no cell proves it, or
 * cells prove both. Answer with `PlanOptions.answers[field] = reading`.
 */
export interface Question {
  field: string;
  column: number;
  reason: string;
  kind: CellFixKind;
  /** Possible readings, the suggested one first: `dmy` (French) / `mdy`; `decimal-comma` / `thousands-comma`. */
  readings: string[];
  suggested: string;
  /** True when cells of the column prove different readings. */
  conflict: boolean;
  /** Cells waiting for the answer. */
  count: number;
  examples: { row: number; value: string; candidates: string[] }[];
}

/** Damage the fixes leave alone on purpose (lossy), by column: the hint says how to recover it. */
export interface Unfixable {
  /** Diagnosis code: `identifier-scientific-notation`, `siret-zero-filled`, `siren-instead-of-siret`, `non-iso-date`... */
  reason: string;
  field: string;
  count: number;
  examples: { row: number; value: string }[];
}

export interface FixPlan {
  patches: Patch[];
  questions: Question[];
  unfixable: Unfixable[];
}

export interface PlanOptions {
  /** Fix kinds (or groups: `format`, `header`, `rows`, `cells`) to plan; all by default. */
  only?: readonly string[];
  /** Answers to questions: field name → reading. */
  answers?: Readonly<Record<string, string>>;
  /** Other names real files use for each field (the catalogue's pre-SCDL aliases), by field name. */
  aliases?: Readonly<Record<string, readonly string[]>>;
}

