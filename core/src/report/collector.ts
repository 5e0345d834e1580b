import { specOf } from '../errors';
import type { ValidationError } from '../errors/types';
import type { ReportStats } from './types';

/** Longest cell value kept in an error: a 1 MB cell must not make a 1 MB report. */
export const MAX_VALUE_CHARS = 200;

/**
 * Keeps the first `maxErrors` errors and exact counts of all of them, so a huge
 * broken file gives a small report that still says how much is wrong.
 */
export class ErrorCollector {
  readonly list: ValidationError[] = [];
  readonly stats: ReportStats = { rows: 0, fields: 0, errors: 0, warnings: 0, byType: {}, byField: {}, byDiagnosis: {}, diagnosedByType: {} };
  truncated = false;

  constructor(private readonly maxErrors: number) {}

  /** The list is full: callers may count an error without building it (files with an error in every row). */
  get full(): boolean {
    return this.list.length >= this.maxErrors;
  }

  /** Counts an error that will not be listed. */
  tally(type: string, severity: 'error' | 'warning', fieldName?: string, diagnosis?: string, repeated = false): void {
    this.truncated = true;
    this.count(type, severity, fieldName, diagnosis, repeated);
  }

  /**
   * `repeated`: the cell already has this diagnosis on another error (a pattern
   * error and Validata's SIRET check on one damaged SIRET): the diagnosis is
   * counted once per cell, the error it explains still counts as explained.
   */
  private count(type: string, severity: 'error' | 'warning', fieldName: string | undefined, diagnosis: string | undefined, repeated = false): void {
    if (severity === 'error') this.stats.errors++;
    else this.stats.warnings++;
    this.stats.byType[type] = (this.stats.byType[type] ?? 0) + 1;
    if (fieldName !== undefined) {
      const f = (this.stats.byField[fieldName] ??= {});
      f[type] = (f[type] ?? 0) + 1;
    }
    if (diagnosis !== undefined) {
      const d = (this.stats.byDiagnosis[fieldName ?? ''] ??= {});
      if (!repeated) d[diagnosis] = (d[diagnosis] ?? 0) + 1;
      const t = (this.stats.diagnosedByType[fieldName ?? ''] ??= {});
      t[type] = (t[type] ?? 0) + 1;
    }
  }

  add(e: ValidationError, repeated = false): void {
    this.count(e.type, e.severity, e.fieldName, e.diagnosis, repeated);
    if (this.list.length < this.maxErrors) {
      if (e.value !== undefined && e.value.length > MAX_VALUE_CHARS) {
        e.params = { ...e.params, valueLength: e.value.length };
        e.value = e.value.slice(0, MAX_VALUE_CHARS) + '…';
      }
      this.list.push(e);
    } else this.truncated = true;
  }

  /** An error of a code, with the code's default severity and tags. */
  make(type: string, params: ValidationError['params'] = {}, extra: Partial<ValidationError> = {}): ValidationError {
    const spec = specOf(type);
    return { type, severity: spec.severity, tags: [...spec.tags], params, ...extra };
  }

  emit(type: string, params: ValidationError['params'] = {}, extra: Partial<ValidationError> = {}): void {
    this.add(this.make(type, params, extra));
  }

  get errorCount(): number {
    return this.stats.errors;
  }
}
