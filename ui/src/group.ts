/**
 * Errors grouped by column and by code, for the report view. Counts come from the
 * report's exact stats (the error list may be truncated); rows from the list.
 */
import { specOf, type Report, type ValidationError } from '@scdl/core';

export interface ErrorGroup {
  /** Column name, or error code; `''` for the file-level group in the by-column view. */
  key: string;
  /** Exact number of errors and warnings in the group (even when the list was cut). */
  count: number;
  errors: number;
  warnings: number;
  /** The listed errors of the group, in file order. */
  rows: ValidationError[];
  /** Error codes found in the group with their exact counts (by-column view). */
  codes: { code: string; count: number }[];
}

function sum(o: Record<string, number> | undefined): number {
  let n = 0;
  for (const v of Object.values(o ?? {})) n += v;
  return n;
}

const bySeverityThenCount = (a: ErrorGroup, b: ErrorGroup): number => (b.errors > 0 ? 1 : 0) - (a.errors > 0 ? 1 : 0) || b.count - a.count || a.key.localeCompare(b.key);

/** One group per column with problems (in header order), plus `''` for file/header-level ones first. */
export function groupByColumn(report: Report): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  const get = (key: string): ErrorGroup => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, count: 0, errors: 0, warnings: 0, rows: [], codes: [] }));
    return g;
  };
  for (const e of report.errors) {
    const key = e.fieldName !== undefined && !e.tags.includes('#header') ? e.fieldName : '';
    get(key).rows.push(e);
  }
  // Exact counts per field; the file-level group gets what is not in a field.
  let inFields = 0;
  for (const [field, codes] of Object.entries(report.stats.byField)) {
    const g = get(field);
    g.codes = Object.entries(codes).map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
    g.count = sum(codes);
    inFields += g.count;
  }
  const fileLevel = report.stats.errors + report.stats.warnings - inFields;
  if (fileLevel > 0 || groups.has('')) get('').count = Math.max(fileLevel, groups.get('')?.rows.length ?? 0);
  for (const g of groups.values()) {
    // Header errors of a field are counted in byField but listed at file level: keep counts >= rows.
    g.count = Math.max(g.count, g.rows.length);
    if (g.codes.length === 0) {
      const c = new Map<string, number>();
      for (const e of g.rows) c.set(e.type, (c.get(e.type) ?? 0) + 1);
      g.codes = [...c].map(([code, count]) => ({ code, count }));
    }
    g.errors = g.codes.filter((c) => specOf(c.code).severity === 'error').reduce((n, c) => n + c.count, 0);
    g.warnings = g.count - g.errors;
  }
  const order = new Map((report.header ?? []).map((h, i) => [h, i]));
  const list = [...groups.values()].filter((g) => g.count > 0);
  return list.sort((a, b) => {
    if (a.key === '') return -1;
    if (b.key === '') return 1;
    const ia = order.get(a.key);
    const ib = order.get(b.key);
    if (ia !== undefined && ib !== undefined) return ia - ib;
    return bySeverityThenCount(a, b);
  });
}

/** One group per error code (the frictionless `type`), errors before warnings, biggest first. */
export function groupByCode(report: Report): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  for (const [code, count] of Object.entries(report.stats.byType)) {
    groups.set(code, { key: code, count, errors: 0, warnings: 0, rows: [], codes: [{ code, count }] });
  }
  for (const e of report.errors) {
    let g = groups.get(e.type);
    if (!g) groups.set(e.type, (g = { key: e.type, count: 0, errors: 0, warnings: 0, rows: [], codes: [] }));
    g.rows.push(e);
  }
  for (const g of groups.values()) {
    g.count = Math.max(g.count, g.rows.length);
    if ((g.rows[0]?.severity ?? specOf(g.key).severity) === 'warning') g.warnings = g.count;
    else g.errors = g.count;
  }
  return [...groups.values()].filter((g) => g.count > 0).sort(bySeverityThenCount);
}
