import { FAIL, type Fail, type Reader, type TypeImpl } from './types';
import { daysFromCivil, isoDate, isValidDate } from './lib/calendar';
import { parseAny } from './lib/dateutil';
import { newParts } from './lib/parts';
import { strftime } from './lib/strftime';
import { stripFmt, strptime } from './lib/strptime';

/**
 * Dates are day counts from 1970-01-01. `default` is frictionless's
 * `strptime(cell, "%Y-%m-%d")`, which also takes `2020-1-5` and `2020-01- 5`;
 * `any` is dateutil's parser; anything else a strptime pattern (datetime
 * patterns work too: the time is dropped, as `.date()` does).
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * `%Y-%m-%d` without a regex: CPython's alternations (`1[0-2]|0[1-9]|[1-9]` for
 * the month, `3[01]|[12]\d|0[1-9]|[1-9]| [1-9]` for the day) tried in order.
 */
export function readIsoDate(raw: string): number | Fail {
  const n = raw.length;
  if (n < 8 || n > 10) return FAIL;
  const y0 = raw.charCodeAt(0), y1 = raw.charCodeAt(1), y2 = raw.charCodeAt(2), y3 = raw.charCodeAt(3);
  if (!isDigit(y0) || !isDigit(y1) || !isDigit(y2) || !isDigit(y3) || raw.charCodeAt(4) !== 45) return FAIL;
  const year = (y0 - 48) * 1000 + (y1 - 48) * 100 + (y2 - 48) * 10 + (y3 - 48);
  const m0 = raw.charCodeAt(5), m1 = raw.charCodeAt(6);
  let month: number;
  let p: number;
  if (m0 === 49 && m1 >= 48 && m1 <= 50 && raw.charCodeAt(7) === 45) {
    month = 10 + m1 - 48;
    p = 8;
  } else if (m0 === 48 && m1 >= 49 && m1 <= 57 && raw.charCodeAt(7) === 45) {
    month = m1 - 48;
    p = 8;
  } else if (m0 >= 49 && m0 <= 57 && m1 === 45) {
    month = m0 - 48;
    p = 7;
  } else return FAIL;
  const a = raw.charCodeAt(p), b = raw.charCodeAt(p + 1);
  let day: number;
  let len = 2;
  if (a === 51 && (b === 48 || b === 49)) day = 30 + b - 48;
  else if ((a === 49 || a === 50) && isDigit(b)) day = (a - 48) * 10 + b - 48;
  else if (a === 48 && b >= 49 && b <= 57) day = b - 48;
  else if (a >= 49 && a <= 57) {
    day = a - 48;
    len = 1;
  } else if (a === 32 && b >= 49 && b <= 57) day = b - 48;
  else return FAIL;
  if (p + len !== n || !isValidDate(year, month, day)) return FAIL;
  return daysFromCivil(year, month, day);
}

export const dateType: TypeImpl = {
  type: 'date',
  constraints: ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  reader(field): Reader {
    const format = stripFmt(field.format);
    if (format === 'default' || format === '%Y-%m-%d') return readIsoDate;
    const parts = newParts();
    if (format === 'any') return (raw) => (parseAny(raw, parts) ? daysFromCivil(parts.year, parts.month, parts.day) : FAIL);
    const pattern = strptime(format);
    return (raw) => (pattern.parse(raw, parts) ? daysFromCivil(parts.year, parts.month, parts.day) : FAIL);
  },
  write(value, field) {
    const format = stripFmt(field.format);
    const days = value as number;
    return format === 'default' || format === 'any' ? isoDate(days) : strftime(format, days, 0);
  },
};
