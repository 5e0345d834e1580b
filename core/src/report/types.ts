import type { ValidationError } from '../errors/types';
import type { SchemaRef } from '../schema/types';

export type ReportStatus = 'valid' | 'warnings' | 'invalid';
export type Lang = 'fr' | 'en';

export interface SourceInfo {
  name?: string;
  bytes?: number;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `iso-8859-15`; absent for the cells path. */
  encoding?: string;
  bom?: boolean;
  delimiter?: string;
  quoteChar?: string;
  /** `\r\n`, `\n`, `\r` or `mixed`. */
  lineTerminator?: string;
  /** Row (1-based, in the file or sheet) holding the header. */
  headerRow?: number;
  /** Cells path: 1-based column of the first cell. */
  firstColumn?: number;
}

export interface ReportStats {
  /** Data rows read (header excluded). */
  rows: number;
  fields: number;
  errors: number;
  warnings: number;
  /** Exact counts per error type (frictionless codes and ours), even when the list is truncated. */
  byType: Record<string, number>;
  /** Exact counts per field name and error type. */
  byField: Record<string, Record<string, number>>;
  /** Counts per field name (`''` for file-level) of the SCDL diagnoses that explain errors, e.g. `french-date-format`. */
  byDiagnosis: Record<string, Record<string, number>>;
  /** Per field name and error type, how many of those errors carry a diagnosis (so summaries never count twice). */
  diagnosedByType: Record<string, Record<string, number>>;
}

export interface Report {
  valid: boolean;
  status: ReportStatus;
  schema: SchemaRef | null;
  source: SourceInfo;
  stats: ReportStats;
  errors: ValidationError[];
  /** True when `errors` was cut at the error limit; `stats` still count everything. */
  truncated: boolean;
  /** Language the messages were rendered in, when rendered. */
  lang?: Lang;
  /** Header as read (after title rows), for hosts and fixes. */
  header?: string[];
}
