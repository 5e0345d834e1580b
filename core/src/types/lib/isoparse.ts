import { FAIL } from '../types';
import { civilFromDays, daysFromCivil, isLeap, isValidDate, weekday } from './calendar';
import type { DateTimeParts } from './parts';
import { parsePyInt } from './py-number';

/**
 * dateutil's `isoparse` (dateutil 2.8/2.9), which frictionless runs for
 * datetime and time fields in the `default` format. Ported step by step,
 * including its leniencies: any single character separates date and time,
 * seconds may be one digit at the end, fractions may use a comma, and each
 * two-character component goes through Python's `int()` (so `+1` reads as 1).
 */

/** Python's `int()` on `s[a:b]` (slices past the end are clipped, as in Python). */
function int(s: string, a: number, b: number): number {
  a = Math.min(a, s.length);
  b = Math.min(b, s.length);
  let v = 0;
  for (let i = a; i < b; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) {
      // Rare: a sign, a space or an underscore, which int() also takes.
      const p = parsePyInt(s, a, b);
      return p === FAIL || typeof p === 'bigint' ? NaN : p;
    }
    v = v * 10 + d;
  }
  return b > a ? v : NaN;
}

interface DateResult {
  year: number;
  month: number;
  day: number;
  pos: number;
}

const scratch: DateResult = { year: 0, month: 0, day: 0, pos: 0 };

function parseDateCommon(s: string, out: DateResult): boolean {
  const len = s.length;
  if (len < 4) return false;
  out.year = int(s, 0, 4);
  out.month = 1;
  out.day = 1;
  if (Number.isNaN(out.year)) return false;
  let pos = 4;
  if (pos >= len) {
    out.pos = pos;
    return true;
  }
  const hasSep = s[pos] === '-';
  if (hasSep) pos++;
  if (len - pos < 2) return false;
  out.month = int(s, pos, pos + 2);
  if (Number.isNaN(out.month)) return false;
  pos += 2;
  if (pos >= len) {
    out.pos = pos;
    return hasSep;
  }
  if (hasSep) {
    if (s[pos] !== '-') return false;
    pos++;
  }
  if (len - pos < 2) return false;
  out.day = int(s, pos, pos + 2);
  out.pos = pos + 2;
  return !Number.isNaN(out.day);
}

function parseDateUncommon(s: string, out: DateResult): boolean {
  if (s.length < 4) return false;
  const year = int(s, 0, 4);
  if (Number.isNaN(year)) return false;
  const hasSep = s[4] === '-';
  let pos = 4 + (hasSep ? 1 : 0);
  let days: number;
  if (s[pos] === 'W') {
    pos++;
    const week = int(s, pos, pos + 2);
    pos += 2;
    let dayNo = 1;
    if (s.length > pos) {
      if ((s[pos] === '-') !== hasSep) return false;
      if (hasSep) pos++;
      dayNo = int(s, pos, pos + 1);
      pos++;
    }
    if (!(week > 0 && week < 54) || !(dayNo > 0 && dayNo < 8) || year < 1 || year > 9999) return false;
    const jan4 = daysFromCivil(year, 1, 4);
    days = jan4 - weekday(jan4) + (week - 1) * 7 + dayNo - 1;
  } else {
    if (s.length - pos < 3) return false;
    const ordinal = int(s, pos, pos + 3);
    pos += 3;
    if (!(ordinal >= 1 && ordinal <= 365 + (isLeap(year) ? 1 : 0)) || year < 1 || year > 9999) return false;
    days = daysFromCivil(year, 1, 1) + ordinal - 1;
  }
  const c = civilFromDays(days);
  out.year = c.y;
  out.month = c.m;
  out.day = c.d;
  out.pos = pos;
  return true;
}

/** `_parse_tzstr`: offset in microseconds, or NaN. */
function parseTz(s: string, a: number): number {
  const n = s.length - a;
  if (n === 1 && (s[a] === 'Z' || s[a] === 'z')) return 0;
  if (n !== 3 && n !== 5 && n !== 6) return NaN;
  const sign = s[a] === '-' ? -1 : s[a] === '+' ? 1 : 0;
  if (!sign) return NaN;
  const hours = int(s, a + 1, a + 3);
  const minutes = n === 3 ? 0 : int(s, s[a + 3] === ':' ? a + 4 : a + 3, s.length);
  if (Number.isNaN(hours) || Number.isNaN(minutes)) return NaN;
  if (hours === 0 && minutes === 0) return 0;
  if (minutes > 59 || hours > 23) return NaN;
  return sign * (hours * 60 + minutes) * 60_000_000;
}

/** `_parse_isotime` on `s[start:]`; fills hour..offset and returns false on error. 24:00 rolls over through `out.day`. */
export function parseIsoTime(s: string, start: number, out: DateTimeParts): boolean {
  const len = s.length;
  if (len - start < 2) return false;
  let h = 0;
  let mi = 0;
  let se = 0;
  let us = 0;
  let offset: number | null = null;
  let pos = start;
  let comp = -1;
  let hasSep = false;
  while (pos < len && comp < 5) {
    comp++;
    const ch = s.charCodeAt(pos);
    if (ch === 45 || ch === 43 || ch === 90 || ch === 122) {
      const o = parseTz(s, pos);
      if (Number.isNaN(o)) return false;
      offset = o;
      pos = len;
      break;
    }
    if (comp === 1 && ch === 58) {
      hasSep = true;
      pos++;
    } else if (comp === 2 && hasSep) {
      if (ch !== 58) return false;
      pos++;
    }
    if (comp < 3) {
      const v = int(s, pos, pos + 2);
      if (Number.isNaN(v)) return false;
      if (comp === 0) h = v;
      else if (comp === 1) mi = v;
      else se = v;
      pos += 2;
    } else if (comp === 3) {
      const sep = s.charCodeAt(pos);
      if (sep !== 46 && sep !== 44) continue;
      let end = pos + 1;
      while (end < len && s.charCodeAt(end) >= 48 && s.charCodeAt(end) <= 57) end++;
      if (end === pos + 1) continue;
      // Truncated to microseconds, as dateutil does.
      const digits = Math.min(end - pos - 1, 6);
      us = int(s, pos + 1, pos + 1 + digits) * 10 ** (6 - digits);
      pos = end;
    }
  }
  if (pos < len) return false;
  if (h === 24 && (mi !== 0 || se !== 0 || us !== 0)) return false;
  if (h < 0 || h > 24 || mi < 0 || mi > 59 || se < 0 || se > 59) return false;
  out.hour = h;
  out.minute = mi;
  out.second = se;
  out.micro = us;
  out.offset = offset;
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** `isoparse(s)`: date, then optionally any one separator and a time. */
export function isoparse(s: string, out: DateTimeParts): boolean {
  if (!isAscii(s)) return false;
  const d = scratch;
  if (!parseDateCommon(s, d) && !parseDateUncommon(s, d)) return false;
  out.hour = out.minute = out.second = out.micro = 0;
  out.offset = null;
  if (s.length > d.pos && !parseIsoTime(s, d.pos + 1, out)) return false;
  if (!isValidDate(d.year, d.month, d.day)) return false;
  out.year = d.year;
  out.month = d.month;
  out.day = d.day;
  if (out.hour === 24) {
    // 24:00 is midnight of the next day.
    const c = civilFromDays(daysFromCivil(d.year, d.month, d.day) + 1);
    if (c.y > 9999) return false;
    out.hour = 0;
    out.year = c.y;
    out.month = c.m;
    out.day = c.d;
  }
  return true;
}

/** A time as frictionless reads it by default: `isoparse("2000-01-01T" + s).timetz()`. */
export function isoparseTime(s: string, out: DateTimeParts): boolean {
  if (!isAscii(s) || !parseIsoTime(s, 0, out)) return false;
  if (out.hour === 24) out.hour = 0;
  return true;
}
