import { SchemaProblem } from '../types';
import { daysFromCivil, civilFromDays, isLeap, isValidDate, weekday } from './calendar';
import type { DateTimeParts } from './parts';

/**
 * Python's `datetime.strptime` (CPython `_strptime`, C locale), which frictionless
 * uses for date/time/datetime patterns. The format becomes the same regular
 * expression CPython builds (ordered alternations, case-insensitive, matched
 * from the start, then "unconverted data remains" when it stops short), so
 * `2020-1-5` passes `%Y-%m-%d` and `12/31` fails `%m/%d/%Y` exactly as there.
 *
 * Deliberate differences: `\d` is ASCII here (Python also reads other Unicode
 * digits); `%Z` knows only UTC/GMT (Python adds the host's zone names); `%e`
 * (glibc's space-padded day, rejected by Python) is accepted as `%d`.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** CPython's `__seqToRE`: longest first so `march` is not read as `mar`. */
const alternation = (words: readonly string[]): string => `(${[...words].sort((a, b) => b.length - a.length).join('|')})`;

const DIRECTIVES: Record<string, string> = {
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  e: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(\\d{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  G: '(\\d\\d\\d\\d)',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  U: '(5[0-3]|[0-4]\\d|\\d)',
  W: '(5[0-3]|[0-4]\\d|\\d)',
  w: '([0-6])',
  u: '([1-7])',
  V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
  A: alternation(DAYS),
  a: alternation(DAYS.map((d) => d.slice(0, 3))),
  B: alternation(MONTHS),
  b: alternation(MONTHS.map((m) => m.slice(0, 3))),
  p: '(am|pm)',
  Z: '(utc|gmt)',
};

/** C-locale composites, expanded as CPython does. */
const COMPOSITES: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

const REGEX_CHARS = /[\\.^$*+?(){}[\]|]/;

export class Strptime {
  private readonly re: RegExp;
  /** Directive letter of each capture group, in order. */
  private readonly groups: string[] = [];

  constructor(readonly format: string) {
    const source = this.translate(format, 0);
    const seen = new Set<string>();
    for (const g of this.groups) {
      const key = g === 'e' ? 'd' : g;
      // CPython fails to compile a pattern naming a group twice.
      if (seen.has(key)) throw new SchemaProblem('', `date format "${format}": directive %${g} used twice`);
      seen.add(key);
    }
    if (this.groups.length === 0) throw new SchemaProblem('', `date format "${format}" has no % directive (use strptime codes such as %Y-%m-%d)`);
    this.re = new RegExp(`^(?:${source})`, 'i');
  }

  private translate(format: string, depth: number): string {
    let out = '';
    for (let i = 0; i < format.length; i++) {
      const ch = format[i]!;
      if (ch === '%') {
        const d = format[i + 1];
        if (d === undefined) throw new SchemaProblem('', `date format "${format}": stray % at the end`);
        i++;
        if (d === '%') out += '%';
        else if (COMPOSITES[d] !== undefined && depth === 0) out += this.translate(COMPOSITES[d]!, 1);
        else if (DIRECTIVES[d] !== undefined) {
          out += DIRECTIVES[d];
          this.groups.push(d);
        } else throw new SchemaProblem('', `date format "${format}": %${d} is not a strptime directive`);
      } else if (/\s/.test(ch)) {
        while (i + 1 < format.length && /\s/.test(format[i + 1]!)) i++;
        out += '\\s+';
      } else out += REGEX_CHARS.test(ch) ? `\\${ch}` : ch;
    }
    return out;
  }

  /** Fills `out`; false when the text does not match or names an impossible date. */
  parse(text: string, out: DateTimeParts): boolean {
    const m = this.re.exec(text);
    if (!m || m[0].length !== text.length) return false;
    let year: number | null = null;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let micro = 0;
    let offset: number | null = null;
    let julian: number | null = null;
    let wday: number | null = null;
    let weekOfYear: number | null = null;
    let weekStartsMonday = false;
    let isoYear: number | null = null;
    let isoWeek: number | null = null;
    let hour12: number | null = null;
    let pm: boolean | null = null;
    const groups = this.groups;
    for (let k = 0; k < groups.length; k++) {
      const v = m[k + 1]!;
      switch (groups[k]) {
        case 'y': {
          const y = Number(v);
          year = y <= 68 ? y + 2000 : y + 1900;
          break;
        }
        case 'Y': year = Number(v); break;
        case 'G': isoYear = Number(v); break;
        case 'm': month = Number(v); break;
        case 'B': month = MONTHS.indexOf(v.toLowerCase()) + 1; break;
        case 'b': month = MONTHS.findIndex((x) => x.startsWith(v.toLowerCase())) + 1; break;
        case 'd':
        case 'e': day = Number(v); break;
        case 'H': hour = Number(v); break;
        case 'I': hour12 = Number(v); break;
        case 'p': pm = v.toLowerCase() === 'pm'; break;
        case 'M': minute = Number(v); break;
        case 'S': second = Number(v); break;
        case 'f': micro = Number(v.padEnd(6, '0')); break;
        case 'A': wday = DAYS.indexOf(v.toLowerCase()); break;
        case 'a': wday = DAYS.findIndex((x) => x.startsWith(v.toLowerCase())); break;
        case 'w': wday = (Number(v) + 6) % 7; break;
        case 'u': wday = Number(v) - 1; break;
        case 'j': julian = Number(v); break;
        case 'U': weekOfYear = Number(v); weekStartsMonday = false; break;
        case 'W': weekOfYear = Number(v); weekStartsMonday = true; break;
        case 'V': isoWeek = Number(v); break;
        case 'z': {
          const o = parseOffset(v);
          if (o === null) return false;
          offset = o;
          break;
        }
      }
    }
    if (hour12 !== null) {
      // CPython applies %p only through %I; without %p the hour is read as AM.
      hour = pm ? (hour12 === 12 ? 12 : hour12 + 12) : hour12 === 12 ? 0 : hour12;
    }
    if (year === null && isoYear !== null) {
      if (isoWeek === null || wday === null || julian !== null) return false;
    } else if (weekOfYear === null && isoWeek !== null) return false;

    let leapFix = false;
    if (year === null && month === 2 && day === 29) {
      year = 1904;
      leapFix = true;
    } else if (year === null) year = 1900;

    if (julian === null && wday !== null) {
      if (weekOfYear !== null) julian = julianFromWeek(year, weekOfYear, wday, weekStartsMonday);
      else if (isoYear !== null && isoWeek !== null) {
        if (isoYear < 1 || isoYear > 9999) return false;
        // CPython's _calc_julian_from_V: no check that the week exists, week 53 may spill into the next year.
        year = isoYear;
        julian = isoWeek * 7 + wday + 1 - (weekday(daysFromCivil(isoYear, 1, 4)) + 4);
        if (julian < 1) {
          julian += daysFromCivil(isoYear, 1, 1) - daysFromCivil(isoYear - 1, 1, 1);
          year = isoYear - 1;
        }
      }
      if (julian !== null && julian <= 0) {
        year -= 1;
        julian += isLeap(year) ? 366 : 365;
      }
    }
    if (julian === null) {
      if (!isValidDate(year, month, day)) return false;
    } else {
      if (year < 1 || year > 9999) return false;
      const c = civilFromDays(daysFromCivil(year, 1, 1) + julian - 1);
      year = c.y;
      month = c.m;
      day = c.d;
    }
    if (leapFix) year = 1900;
    // datetime() rejects what the regex let through: Feb 29 1900, second 60/61, offsets of a day.
    if (!isValidDate(year, month, day) || second > 59) return false;
    if (offset !== null && Math.abs(offset) >= 86_400_000_000) return false;
    out.year = year;
    out.month = month;
    out.day = day;
    out.hour = hour;
    out.minute = minute;
    out.second = second;
    out.micro = micro;
    out.offset = offset;
    return true;
  }
}

/** CPython's `%z` arithmetic, in microseconds; null on "Inconsistent use of :". */
function parseOffset(raw: string): number | null {
  // The regex runs case-insensitively, but CPython matches its `Z` case-sensitively.
  if (raw === 'z') return null;
  if (raw === 'Z') return 0;
  let z = raw;
  if (z[3] === ':') {
    z = z.slice(0, 3) + z.slice(4);
    if (z.length > 5) {
      if (z[5] !== ':') return null;
      z = z.slice(0, 5) + z.slice(6);
    }
  }
  const secondsText = z.slice(5, 7);
  if (secondsText && !/^\d+$/.test(secondsText)) return null;
  const seconds = Number(z.slice(1, 3)) * 3600 + Number(z.slice(3, 5)) * 60 + Number(secondsText || '0');
  const fraction = Number(z.slice(8).padEnd(6, '0') || '0');
  const us = seconds * 1_000_000 + fraction;
  return z[0] === '-' ? -us : us;
}

function julianFromWeek(year: number, week: number, dayOfWeek: number, startsMonday: boolean): number {
  let first = weekday(daysFromCivil(year, 1, 1));
  if (!startsMonday) {
    first = (first + 1) % 7;
    dayOfWeek = (dayOfWeek + 1) % 7;
  }
  const week0 = (7 - first) % 7;
  if (week === 0) return 1 + dayOfWeek - first;
  return 1 + week0 + 7 * (week - 1) + dayOfWeek;
}

const cache = new Map<string, Strptime>();

/** Compiled once per format; throws SchemaProblem on a directive Python does not know. */
export function strptime(format: string): Strptime {
  let p = cache.get(format);
  if (!p) {
    p = new Strptime(format);
    cache.set(format, p);
  }
  return p;
}

/** Formats written with the deprecated `fmt:` prefix (Table Schema v0) are read without it, as frictionless does. */
export const stripFmt = (format: string): string => (format.startsWith('fmt:') ? format.slice(4) : format);
