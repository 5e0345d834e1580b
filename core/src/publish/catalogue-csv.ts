/**
 * The catalogue file, read and written back with its own delimiter, line ending and extra
 * columns: we change one row, not the collectivité's conventions.
 */

import { CATALOGUE_FIELDS, type CatalogueRow } from './catalogue';

export interface CsvTable {
  header: string[];
  rows: string[][];
  delimiter: ',' | ';';
  newline: '\r\n' | '\n';
}

export function parseCsv(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.split(';').length > firstLine.split(',').length ? ';' : ',') as CsvTable['delimiter'];
  const newline: CsvTable['newline'] = /\r\n/.test(body) || !/\n/.test(body) ? '\r\n' : '\n';
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || record.length) {
    record.push(cell);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => r.some((c) => c.trim() !== ''));
  const [header = [], ...rows] = nonEmpty;
  return { header: header.map((h) => h.trim()), rows, delimiter, newline };
}

function quote(cell: string, delimiter: string): string {
  return cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell) || cell !== cell.trim()
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}

export function serialiseCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((r) => r.map((c) => quote(c, table.delimiter)).join(table.delimiter));
  return `${lines.join(table.newline)}${table.newline}`;
}

/**
 * Replaces the row with the same ID (or URL), else appends it. The first publication date of an
 * existing row is kept: DATE_PUBL is when the data first went out.
 */
export function upsertCatalogueRow(table: CsvTable, row: CatalogueRow): { table: CsvTable; replaced: boolean } {
  const header = [...table.header];
  for (const field of CATALOGUE_FIELDS) if (!header.includes(field)) header.push(field);
  const rows = table.rows.map((r) => header.map((_, i) => r[i] ?? ''));
  const col = (field: string) => header.indexOf(field);
  const index = rows.findIndex((r) => r[col('ID')] === row.ID || (row.URL !== '' && r[col('URL')] === row.URL));
  const existing = index >= 0 ? rows[index] : undefined;
  const next = existing ? [...existing] : header.map(() => '');
  for (const field of CATALOGUE_FIELDS) {
    if (field === 'DATE_PUBL' && existing && existing[col(field)]) continue;
    next[col(field)] = row[field];
  }
  if (index >= 0) rows[index] = next;
  else rows.push(next);
  return { table: { ...table, header, rows }, replaced: index >= 0 };
}
