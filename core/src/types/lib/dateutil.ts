import { civilFromDays, daysFromCivil, daysInMonth, isValidDate, weekday } from './calendar';
import { digitValue, isPySpace } from './chars';
import type { DateTimeParts } from './parts';

/**
 * dateutil's `parser.parse` (non-fuzzy, English names), which frictionless runs
 * for the `any` format. A condensed port of its lexer (`_timelex`), main loop,
 * numeric-token rules and year/month/day resolution (month first unless a value
 * rules it out). Like dateutil, missing parts come from today's date. Not ported:
 * `GMT+3`-style inverted offsets and named time zones other than UTC/GMT/Z
 * (accepted, read as naive), `tzinfos`.
 */

const JUMP = new Set([' ', '.', ',', ';', '-', '/', "'", 'at', 'on', 'and', 'ad', 'm', 't', 'of', 'st', 'nd', 'rd', 'th']);
const WEEKDAYS = [['mon', 'monday'], ['tue', 'tuesday'], ['wed', 'wednesday'], ['thu', 'thursday'], ['fri', 'friday'], ['sat', 'saturday'], ['sun', 'sunday']];
const MONTHS = [['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may', 'may'], ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december']];
const HMS: Record<string, number> = { h: 0, hour: 0, hours: 0, m: 1, minute: 1, minutes: 1, s: 2, second: 2, seconds: 2 };
const AMPM: Record<string, number> = { am: 0, a: 0, pm: 1, p: 1 };
const UTC_ZONES = new Set(['UTC', 'GMT', 'Z', 'z']);

const lookup = (table: string[][], token: string): number | null => {
  const t = token.toLowerCase();
  const i = table.findIndex((names) => names.includes(t));
  return i < 0 ? null : i;
};
const weekdayOf = (t: string): number | null => lookup(WEEKDAYS, t);
const monthOf = (t: string): number | null => {
  const i = lookup(MONTHS, t);
  return i === null ? null : i + 1;
};
const hmsOf = (t: string): number | null => HMS[t.toLowerCase()] ?? null;
const ampmOf = (t: string): number | null => AMPM[t.toLowerCase()] ?? null;
const isJump = (t: string): boolean => JUMP.has(t.toLowerCase());

const LETTER = /\p{L}/u;
const isWord = (ch: string): boolean => LETTER.test(ch);
const isNum = (ch: string): boolean => digitValue(ch.charCodeAt(0)) >= 0;
const isDigits = (t: string): boolean => t.length > 0 && [...t].every(isNum);

/** `_timelex.split`. */
export function tokenize(s: string): string[] {
  const tokens: string[] = [];
  const chars = [...s].filter((c) => c !== '\0');
  let i = 0;
  while (i < chars.length) {
    let token = chars[i++]!;
    let state: '' | 'a' | '0' | 'a.' | '0.' = '';
    let seenLetters = false;
    if (isWord(token)) state = 'a';
    else if (isNum(token)) state = '0';
    else if (isPySpace(token.charCodeAt(0))) token = ' ';
    while (state && i < chars.length) {
      const next = chars[i]!;
      if (state === 'a') {
        seenLetters = true;
        if (isWord(next)) token += next;
        else if (next === '.') {
          token += next;
          state = 'a.';
        } else break;
      } else if (state === '0') {
        if (isNum(next)) token += next;
        else if (next === '.' || (next === ',' && token.length >= 2)) {
          token += next;
          state = '0.';
        } else break;
      } else if (state === 'a.') {
        seenLetters = true;
        if (next === '.' || isWord(next)) token += next;
        else if (isNum(next) && token.endsWith('.')) {
          token += next;
          state = '0.';
        } else break;
      } else {
        if (next === '.' || isNum(next)) token += next;
        else if (isWord(next) && token.endsWith('.')) {
          token += next;
          state = 'a.';
        } else break;
      }
      i++;
    }
    if ((state === 'a.' || state === '0.') && (seenLetters || token.split('.').length > 2 || token.endsWith('.') || token.endsWith(','))) {
      const parts = token.split(/([.,])/).filter((p) => p !== '');
      tokens.push(...parts);
      continue;
    }
    if (state === '0.' && !token.includes('.')) token = token.replace(/,/g, '.');
    tokens.push(token);
  }
  return tokens;
}

class Ymd {
  values: number[] = [];
  centurySpecified = false;
  y: number | null = null;
  m: number | null = null;
  d: number | null = null;

  append(val: string | number, label?: 'Y' | 'M' | 'D'): void {
    if (typeof val === 'string') {
      if (isDigits(val) && val.length > 2) {
        this.centurySpecified = true;
        label = 'Y';
      }
    } else if (val > 100) {
      this.centurySpecified = true;
      label = 'Y';
    }
    const n = typeof val === 'string' ? Math.trunc(Number(toAscii(val))) : Math.trunc(val);
    if (Number.isNaN(n)) throw new Error('bad number');
    this.values.push(n);
    const idx = this.values.length - 1;
    if (label === 'M') {
      if (this.m !== null) throw new Error('month set twice');
      this.m = idx;
    } else if (label === 'D') {
      if (this.d !== null) throw new Error('day set twice');
      this.d = idx;
    } else if (label === 'Y') {
      if (this.y !== null) throw new Error('year set twice');
      this.y = idx;
    }
  }

  couldBeDay(v: number): boolean {
    if (this.d !== null) return false;
    if (this.m === null) return v >= 1 && v <= 31;
    const month = this.values[this.m]!;
    const year = this.y === null ? 2000 : this.values[this.y]!;
    return v >= 1 && month >= 1 && month <= 12 && v <= daysInMonth(year, month);
  }

  resolve(): [number | null, number | null, number | null] {
    const v = this.values;
    const n = v.length;
    const known: [string, number][] = [];
    if (this.y !== null) known.push(['y', this.y]);
    if (this.m !== null) known.push(['m', this.m]);
    if (this.d !== null) known.push(['d', this.d]);
    if ((n === known.length && n > 0) || (n === 3 && known.length === 2)) {
      if (n === 3 && known.length === 2) {
        const used = new Set(known.map((k) => k[1]));
        const missing = [0, 1, 2].find((x) => !used.has(x))!;
        const key = ['y', 'm', 'd'].find((k) => !known.some((x) => x[0] === k))!;
        known.push([key, missing]);
      }
      const get = (k: string): number | null => {
        const e = known.find((x) => x[0] === k);
        return e ? v[e[1]]! : null;
      };
      return [get('y'), get('m'), get('d')];
    }
    const mi = this.m;
    if (n > 3) throw new Error('More than three YMD values');
    let year: number | null = null;
    let month: number | null = null;
    let day: number | null = null;
    if (n === 1 || (mi !== null && n === 2)) {
      let other: number;
      if (mi !== null) {
        month = v[mi]!;
        other = v[mi - 1] ?? v[n - 1]!;
      } else other = v[0]!;
      if (n > 1 || mi === null) {
        if (other > 31) year = other;
        else day = other;
      }
    } else if (n === 2) {
      if (v[0]! > 31) [year, month] = [v[0]!, v[1]!];
      else if (v[1]! > 31) [month, year] = [v[0]!, v[1]!];
      else [month, day] = [v[0]!, v[1]!];
    } else if (n === 3) {
      const [a, b, c] = v as [number, number, number];
      if (mi === 0) {
        if (b > 31) [month, year, day] = [a, b, c];
        else [month, day, year] = [a, b, c];
      } else if (mi === 1) {
        if (a > 31) [year, month, day] = [a, b, c];
        else [day, month, year] = [a, b, c];
      } else if (mi === 2) {
        if (b > 31) [day, year, month] = [a, b, c];
        else [year, day, month] = [a, b, c];
      } else if (a > 31 || this.y === 0) [year, month, day] = [a, b, c];
      else if (a > 12) [day, month, year] = [a, b, c];
      else [month, day, year] = [a, b, c];
    }
    return [year, month, day];
  }
}

function toAscii(t: string): string {
  let out = '';
  for (const ch of t) {
    const d = digitValue(ch.charCodeAt(0));
    out += d >= 0 ? String(d) : ch;
  }
  return out;
}

/** `float(token)` succeeds: digits with at most one dot (the lexer leaves no exponent inside a token). */
const isNumeric = (t: string): boolean => /^(\d+\.?\d*|\.\d+)$/.test(toAscii(t));

interface Res {
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number | null;
  micro: number | null;
  weekday: number | null;
  ampm: number | null;
  tzname: string | null;
  tzoffset: number | null;
}

function parseMs(t: string): [number, number] {
  const a = toAscii(t);
  if (!a.includes('.')) return [Number(a), 0];
  const [i, f] = a.split('.') as [string, string];
  return [Number(i), Number(f.padEnd(6, '0').slice(0, 6))];
}

function minSec(value: number): [number, number | null] {
  const minute = Math.trunc(value);
  const rem = value % 1;
  return [minute, rem ? Math.trunc(60 * rem) : null];
}

const adjustAmpm = (hour: number, ampm: number): number => (hour < 12 && ampm === 1 ? hour + 12 : hour === 12 && ampm === 0 ? 0 : hour);

function findHmsIdx(i: number, l: string[]): number | null {
  const n = l.length;
  if (i + 1 < n && hmsOf(l[i + 1]!) !== null) return i + 1;
  if (i + 2 < n && l[i + 1] === ' ' && hmsOf(l[i + 2]!) !== null) return i + 2;
  if (i > 0 && hmsOf(l[i - 1]!) !== null) return i - 1;
  if (1 < i && i === n - 1 && l[i - 1] === ' ' && hmsOf(l[i - 2]!) !== null) return i - 2;
  return null;
}

function numericToken(l: string[], i: number, ymd: Ymd, res: Res): number {
  const repr = l[i]!;
  const value = Number(toAscii(repr));
  if (!Number.isFinite(value)) throw new Error('bad number');
  const len = repr.length;
  const n = l.length;
  if (ymd.values.length === 3 && (len === 2 || len === 4) && res.hour === null && (i + 1 >= n || (l[i + 1] !== ':' && hmsOf(l[i + 1]!) === null))) {
    // 19990101T23[59]
    res.hour = Number(toAscii(repr.slice(0, 2)));
    if (len === 4) res.minute = Number(toAscii(repr.slice(2)));
  } else if (len === 6 || (len > 6 && repr.indexOf('.') === 6)) {
    if (ymd.values.length === 0 && !repr.includes('.')) {
      ymd.append(repr.slice(0, 2));
      ymd.append(repr.slice(2, 4));
      ymd.append(repr.slice(4));
    } else {
      res.hour = Number(toAscii(repr.slice(0, 2)));
      res.minute = Number(toAscii(repr.slice(2, 4)));
      [res.second, res.micro] = parseMs(repr.slice(4));
    }
  } else if (len === 8 || len === 12 || len === 14) {
    ymd.append(repr.slice(0, 4), 'Y');
    ymd.append(repr.slice(4, 6));
    ymd.append(repr.slice(6, 8));
    if (len > 8) {
      res.hour = Number(toAscii(repr.slice(8, 10)));
      res.minute = Number(toAscii(repr.slice(10, 12)));
      if (len > 12) res.second = Number(toAscii(repr.slice(12)));
    }
  } else if (findHmsIdx(i, l) !== null) {
    const h = findHmsIdx(i, l)!;
    let hms: number;
    if (h > i) {
      hms = hmsOf(l[h]!)!;
      i = h;
    } else hms = hmsOf(l[h]!)! + 1;
    if (hms === 0) {
      res.hour = Math.trunc(value);
      if (value % 1) res.minute = Math.trunc(60 * (value % 1));
    } else if (hms === 1) [res.minute, res.second] = minSec(value);
    else if (hms === 2) [res.second, res.micro] = parseMs(repr);
  } else if (i + 2 < n && l[i + 1] === ':') {
    res.hour = Math.trunc(value);
    const v2 = Number(toAscii(l[i + 2]!));
    if (!Number.isFinite(v2)) throw new Error('bad minute');
    [res.minute, res.second] = minSec(v2);
    if (i + 4 < n && l[i + 3] === ':') {
      [res.second, res.micro] = parseMs(l[i + 4]!);
      i += 2;
    }
    i += 2;
  } else if (i + 1 < n && (l[i + 1] === '-' || l[i + 1] === '/' || l[i + 1] === '.')) {
    const sep = l[i + 1];
    ymd.append(repr);
    if (i + 2 < n && !isJump(l[i + 2]!)) {
      if (isDigits(l[i + 2]!)) ymd.append(l[i + 2]!);
      else {
        const m = monthOf(l[i + 2]!);
        if (m === null) throw new Error('bad month');
        ymd.append(m, 'M');
      }
      if (i + 3 < n && l[i + 3] === sep) {
        const m = monthOf(l[i + 4] ?? '');
        if (m !== null) ymd.append(m, 'M');
        else ymd.append(l[i + 4] ?? '');
        i += 2;
      }
      i += 1;
    }
    i += 1;
  } else if (i + 1 >= n || isJump(l[i + 1]!)) {
    if (i + 2 < n && ampmOf(l[i + 2]!) !== null) {
      res.hour = adjustAmpm(Math.trunc(value), ampmOf(l[i + 2]!)!);
      i += 1;
    } else ymd.append(value);
    i += 1;
  } else if (ampmOf(l[i + 1]!) !== null && value >= 0 && value < 24) {
    res.hour = adjustAmpm(Math.trunc(value), ampmOf(l[i + 1]!)!);
    i += 1;
  } else if (ymd.couldBeDay(value)) ymd.append(value);
  else throw new Error('unknown numeric token');
  return i;
}

function parseTokens(l: string[], res: Res, ymd: Ymd): void {
  const n = l.length;
  for (let i = 0; i < n; i++) {
    const t = l[i]!;
    if (isNumeric(t)) {
      i = numericToken(l, i, ymd, res);
    } else if (weekdayOf(t) !== null) {
      res.weekday = weekdayOf(t);
    } else if (monthOf(t) !== null) {
      ymd.append(monthOf(t)!, 'M');
      if (i + 1 < n) {
        if (l[i + 1] === '-' || l[i + 1] === '/') {
          const sep = l[i + 1];
          ymd.append(l[i + 2] ?? '');
          if (i + 3 < n && l[i + 3] === sep) {
            ymd.append(l[i + 4] ?? '');
            i += 2;
          }
          i += 2;
        } else if (i + 4 < n && l[i + 1] === ' ' && l[i + 3] === ' ' && l[i + 2]!.toLowerCase() === 'of') {
          if (isDigits(l[i + 4]!)) ymd.append(String(convertYear(Number(toAscii(l[i + 4]!)), false)), 'Y');
          i += 4;
        }
      }
    } else if (ampmOf(t) !== null) {
      if (res.hour === null) throw new Error('No hour specified with AM or PM flag.');
      if (res.hour < 0 || res.hour > 12) throw new Error('Invalid hour specified for 12-hour clock.');
      res.hour = adjustAmpm(res.hour, ampmOf(t)!);
      res.ampm = ampmOf(t);
    } else if (res.hour !== null && res.tzname === null && res.tzoffset === null && t.length <= 5 && (/^[A-Z]+$/.test(t) || UTC_ZONES.has(t))) {
      res.tzname = t;
      if (UTC_ZONES.has(t)) res.tzoffset = 0;
    } else if (res.hour !== null && (t === '+' || t === '-')) {
      const sign = t === '+' ? 1 : -1;
      const next = l[i + 1] ?? '';
      let h: number;
      let m: number;
      if (next.length === 4) {
        h = Number(toAscii(next.slice(0, 2)));
        m = Number(toAscii(next.slice(2)));
      } else if (i + 2 < n && l[i + 2] === ':') {
        h = Number(toAscii(next));
        m = Number(toAscii(l[i + 3] ?? ''));
        i += 2;
      } else if (next.length <= 2 && next.length > 0) {
        h = Number(toAscii(next));
        m = 0;
      } else throw new Error('bad offset');
      if (!Number.isInteger(h) || !Number.isInteger(m)) throw new Error('bad offset');
      res.tzoffset = sign * (h * 3600 + m * 60);
      i += 1;
    } else if (!isJump(t)) {
      throw new Error('unknown token');
    }
  }
}

function convertYear(year: number, centurySpecified: boolean): number {
  if (year < 100 && !centurySpecified) {
    const now = new Date().getUTCFullYear();
    const century = now - (now % 100);
    year += century;
    if (year >= now + 50) year -= 100;
    else if (year < now - 50) year += 100;
  }
  return year;
}

/** Fills `out` as `parser.parse(s)` would; false where dateutil raises. */
export function parseAny(s: string, out: DateTimeParts): boolean {
  const res: Res = { year: null, month: null, day: null, hour: null, minute: null, second: null, micro: null, weekday: null, ampm: null, tzname: null, tzoffset: null };
  const ymd = new Ymd();
  try {
    parseTokens(tokenize(s), res, ymd);
    [res.year, res.month, res.day] = ymd.resolve();
  } catch {
    return false;
  }
  const fields = [res.year, res.month, res.day, res.hour, res.minute, res.second, res.micro, res.weekday, res.ampm, res.tzname, res.tzoffset];
  if (fields.every((f) => f === null)) return false;
  if (res.year !== null) res.year = convertYear(res.year, ymd.centurySpecified);
  const today = new Date();
  const year = res.year ?? today.getFullYear();
  const month = res.month ?? today.getMonth() + 1;
  let day = res.day ?? today.getDate();
  if (res.day === null && month >= 1 && month <= 12 && year >= 1 && year <= 9999) day = Math.min(day, daysInMonth(year, month));
  const hour = res.hour ?? 0;
  const minute = res.minute ?? 0;
  const second = res.second ?? 0;
  const micro = res.micro ?? 0;
  if (!isValidDate(year, month, day)) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || micro < 0 || micro > 999_999) return false;
  if (![hour, minute, second, micro].every(Number.isInteger)) return false;
  out.year = year;
  out.month = month;
  out.day = day;
  out.hour = hour;
  out.minute = minute;
  out.second = second;
  out.micro = micro;
  out.offset = res.tzoffset === null ? null : res.tzoffset * 1_000_000;
  if (res.weekday !== null && res.day === null) {
    // relativedelta(weekday=...): dateutil moves to the next such weekday on or after the date.
    const days = daysFromCivil(year, month, day);
    const c = civilFromDays(days + ((res.weekday - weekday(days) + 7) % 7));
    if (c.y > 9999) return false;
    out.year = c.y;
    out.month = c.m;
    out.day = c.d;
  }
  return true;
}
