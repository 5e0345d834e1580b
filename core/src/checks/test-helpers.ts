/**
 * Test doubles for CheckContext and RowView (the engine provides the real ones).
 * `read` casts only what the check tests need: integer, number, year, date
 * (days since 1970, so dates compare as numbers), boolean and geopoint.
 */
import { normalizeSchema } from '../schema/normalize';
import type { FieldDescriptor, Schema } from '../schema/types';
import type { ValidationError } from '../errors/types';
import { enChecks } from '../messages/en/checks';
import { frChecks } from '../messages/fr/checks';
import type { CheckContext, CheckIssue, ColumnRef, CustomCheck, RowView } from './types';

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function testSchema(fields: (FieldDescriptor | string)[]): Schema {
  const descriptor = { fields: fields.map((f) => (typeof f === 'string' ? { name: f, type: 'string' } : f)) };
  return normalizeSchema(descriptor).schema;
}

/** A context for `schema`, the file's header being `header` (the schema's field names by default). */
export function testContext(schema: Schema, header: readonly string[] = schema.fields.map((f) => f.name)): CheckContext {
  const columns = new Map<string, ColumnRef>();
  for (const field of schema.fields) {
    const index = header.indexOf(field.name);
    columns.set(field.name, { field, index, columnNumber: index + 1 });
  }
  const read = (name: string, raw: string | undefined): unknown => {
    const field = columns.get(name)?.field;
    if (!field || raw === undefined || field.missingValues.includes(raw)) return undefined;
    switch (field.type) {
      case 'integer':
      case 'year':
        return INTEGER.test(raw) ? Number(raw) : undefined;
      case 'number':
        return NUMBER.test(raw) ? Number(raw) : undefined;
      case 'date': {
        const m = DATE.exec(raw);
        return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : undefined;
      }
      case 'boolean':
        return field.trueValues.includes(raw) ? true : field.falseValues.includes(raw) ? false : undefined;
      case 'geopoint': {
        const parts = raw.split(',');
        const lon = Number(parts[0]);
        const lat = Number(parts[1]);
        return parts.length === 2 && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : undefined;
      }
      default:
        return raw;
    }
  };
  return { schema, column: (name) => columns.get(name), read };
}

export function testRow(ctx: CheckContext, rowNumber: number, cells: readonly string[]): RowView {
  const raw = (name: string): string | undefined => {
    const column = ctx.column(name);
    if (!column || column.index < 0) return '';
    return cells[column.index];
  };
  const value = (name: string): unknown => {
    const column = ctx.column(name);
    return column && column.index >= 0 ? ctx.read(name, cells[column.index]) : undefined;
  };
  return {
    rowNumber,
    raw,
    value,
    isMissing: (name) => {
      const text = raw(name);
      return text === undefined || text === '' || (ctx.column(name)?.field.missingValues.includes(text) ?? true);
    },
    hasError: () => false,
  };
}

export interface CheckRun {
  /** Set when `params()` refused the parameters (the engine would report `check-error`). */
  problem?: string;
  issues: (CheckIssue & { rowNumber?: number })[];
}

/**
 * Runs a check the way the engine does: params, create, every row (numbered from 2,
 * the header being row 1), then end.
 */
export function runCheck(
  check: CustomCheck<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  params: Record<string, unknown>,
  table: { fields: (FieldDescriptor | string)[]; header?: readonly string[]; rows: readonly (readonly string[])[] },
): CheckRun {
  const schema = testSchema(table.fields);
  const ctx = testContext(schema, table.header);
  const result = check.params(params, ctx);
  if (!result.ok) return { problem: result.problem, issues: [] };
  const instance = check.create(result.params, ctx);
  const issues: CheckRun['issues'] = [];
  table.rows.forEach((cells, i) => {
    const rowNumber = i + 2;
    instance.row?.(testRow(ctx, rowNumber, cells), (issue) => issues.push({ ...issue, rowNumber }));
  });
  instance.end?.((issue) => issues.push(issue));
  return { issues };
}

/** Title, message and hint of an issue in both languages, one line each, to check the wording. */
export function renderIssue(issue: CheckIssue): { fr: string; en: string } {
  const e: ValidationError = { type: issue.type, severity: 'error', tags: [], params: issue.params ?? {} };
  if (issue.fieldName !== undefined) e.fieldName = issue.fieldName;
  if (issue.value !== undefined) e.value = issue.value;
  const line = (table: Record<string, { title: string; message(e: ValidationError): string; hint(e: ValidationError): string }>) => {
    const entry = table[issue.type];
    if (!entry) throw new Error(`no message for ${issue.type}`);
    return `${entry.title} | ${entry.message(e)} | ${entry.hint(e)}`;
  };
  return { fr: line(frChecks), en: line(enChecks) };
}
