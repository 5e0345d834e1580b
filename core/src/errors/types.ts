/** Errors are data: a code, parameters and a location. Text is rendered later, per locale. */

export type Severity = 'error' | 'warning';

/**
 * Where an error lives. `source` errors stop reading (nothing to validate);
 * `structure` errors are about the shape of the table (header, rows, cells count);
 * `content` errors are about cell values. The badge follows data.gouv.fr's
 * distinction between structure and content errors.
 */
export type ErrorCategory = 'source' | 'schema' | 'structure' | 'content';

export interface ErrorSpec {
  readonly category: ErrorCategory;
  readonly severity: Severity;
  /** frictionless tags (#table, #header, #label, #row, #cell) plus ours (#scdl). */
  readonly tags: readonly string[];
}

export type ParamValue = string | number | boolean | null | readonly string[] | readonly number[];
export type Params = Record<string, ParamValue | undefined>;

export interface FixProposal {
  /** Fix kind, e.g. `date-format`, `decimal-comma`; see core/src/fix. */
  kind: string;
  /** The value the fix would write in the cell. */
  to: string;
}

/** One error or warning, as data. Rendering adds `title`, `message`, `hint`. */
export interface ValidationError {
  type: string;
  severity: Severity;
  tags: string[];
  rowNumber?: number;
  fieldNumber?: number;
  fieldName?: string;
  /** Spreadsheet address (`D12`) from the file's own column position and row. */
  cell?: string;
  /** The raw cell value or label, as read. */
  value?: string;
  params: Params;
  /**
   * A more precise explanation found by an SCDL diagnostic (e.g. `french-date-format`
   * on a type-error): the frictionless `type` stays, for parity with Validata.
   */
  diagnosis?: string;
  fix?: FixProposal;
  title?: string;
  message?: string;
  hint?: string;
}
