import type { Field } from '../schema/types';

/** A date a host could not send as a Date (Apps Script cannot pass Dates to the sidebar). */
export interface HostDate {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[.sss]`, in the sheet's own time zone. */
  date: string;
}

/** A cell as hosts give it: Sheets `getValues()`, Excel `range.values`. */
export type HostCell = string | number | boolean | null | undefined | Date | HostDate;

export interface CellGrid {
  values: HostCell[][];
  /** Displayed text (Sheets `getDisplayValues()`, Excel `range.text`), when known. */
  display?: (string | null | undefined)[][];
  /** Number formats (Excel `numberFormat`, Sheets `getNumberFormats()`), when known. */
  numberFormats?: (string | null | undefined)[][];
  /** Sheet row of `values[0]` (1-based). Default 1. */
  firstRow?: number;
  /** Sheet column of `values[r][0]` (1-based). Default 1. */
  firstColumn?: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Plain decimal text, never an exponent: a SIRET held as a number must read as its 14 digits. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Math.abs(n) >= 1) return BigInt(Math.round(n)).toString();
  return n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** Does a number format show a date/time (Excel and Sheets format codes)? */
export function formatKind(format: string | null | undefined): 'date' | 'datetime' | 'time' | null {
  if (!format || /^general$/i.test(format) || format === '@') return null;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').toLowerCase();
  const hasDate = /[dy]/.test(bare) || /(^|[^h:])m{3,}/.test(bare);
  const hasTime = /[hs]/.test(bare) || /am\/pm|a\/p/.test(bare);
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  return null;
}

/** Width of a zero-padding number format (`00000`, Excel and Sheets), or 0. */
export function zeroPadWidth(format: string | null | undefined): number {
  return format && /^0+$/.test(format) ? format.length : 0;
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** Excel/Sheets serial day number (1900 system, with Lotus's fake 29 Feb 1900). */
export function serialToParts(serial: number): Parts {
  let days = Math.floor(serial);
  const secs = Math.round((serial - days) * 86400);
  if (days < 60) days += 1; // before the fake leap day the epoch is one day later
  const t = Date.UTC(1899, 11, 30) + days * 86400000 + secs * 1000;
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate(), h: dt.getUTCHours(), mi: dt.getUTCMinutes(), s: dt.getUTCSeconds() };
}

function isoParts(iso: string): Parts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0) };
}

function writeParts(p: Parts, field: Field | undefined, shown: 'date' | 'datetime' | 'time'): string {
  const date = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`;
  const time = `${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
  switch (field?.type) {
    case 'date':
      return date;
    case 'datetime':
      return `${date}T${time}`;
    case 'time':
      return time;
    case 'year':
      return pad(p.y, 4);
    case 'yearmonth':
      return `${pad(p.y, 4)}-${pad(p.mo)}`;
    default:
      return shown === 'time' ? time : shown === 'datetime' ? `${date}T${time}` : date;
  }
}

const isDate = (v: unknown): v is Date => typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function';

/**
 * The text a clean SCDL export holds for one cell. The field (when the column is
 * bound) decides how booleans, dates and numbers are written; without a field,
 * the displayed text wins for non-text values.
 */
export function normalizeCell(value: HostCell, field?: Field, display?: string | null, format?: string | null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') {
    if (field?.type === 'boolean') return (value ? field.trueValues[0] : field.falseValues[0]) ?? String(value);
    return display ?? (value ? 'TRUE' : 'FALSE');
  }
  if (typeof value === 'number') {
    const kind = formatKind(format);
    if (kind) {
      if (!field && display) return display;
      return writeParts(serialToParts(value), field, kind);
    }
    if (!field && display !== undefined && display !== null && display !== '') return display;
    // A code typed as a number in a cell formatted `00000` shows its leading zeros, and a CSV export keeps them.
    if (field && field.type !== 'number' && field.type !== 'integer') {
      const width = zeroPadWidth(format);
      if (width && Number.isInteger(value) && value >= 0) return plainNumber(value).padStart(width, '0');
    }
    return plainNumber(value);
  }
  if (isDate(value)) {
    const p: Parts = { y: value.getFullYear(), mo: value.getMonth() + 1, d: value.getDate(), h: value.getHours(), mi: value.getMinutes(), s: value.getSeconds() };
    if (!field && display) return display;
    return writeParts(p, field, p.h || p.mi || p.s ? 'datetime' : 'date');
  }
  const p = isoParts(value.date);
  if (!p) return value.date;
  if (!field && display) return display;
  return writeParts(p, field, value.date.length > 10 ? 'datetime' : 'date');
}

/** One grid row as text, `width` cells wide. */
export function normalizeRow(grid: CellGrid, i: number, fieldAt: (column: number) => Field | undefined, width?: number): string[] {
  const values = grid.values[i] ?? [];
  const display = grid.display?.[i];
  const formats = grid.numberFormats?.[i];
  const n = width ?? values.length;
  const out = new Array<string>(n);
  for (let c = 0; c < n; c++) out[c] = normalizeCell(values[c], fieldAt(c), display?.[c], formats?.[c]);
  return out;
}

/** A sheet's range often runs past the data (formatted but empty columns): the width up to the last cell with content. */
export function gridWidth(grid: CellGrid): number {
  let width = 0;
  for (const r of grid.values) {
    for (let c = r.length - 1; c >= width; c--) {
      const v = r[c];
      if (v !== null && v !== undefined && v !== '') {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}
