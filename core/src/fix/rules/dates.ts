import { trimSpaces } from './text';

/**
 * Dates as agents and spreadsheets write them, read back into ISO 8601.
 * dd/mm/yyyy is the French convention, but a spreadsheet set to English writes
 * mm/dd/yyyy: a cell only proves its order when one of the two numbers is over
 * 12 (or both are equal). Ambiguous cells give both readings; the fix planner
 * decides per column, from the cells that prove the order, or asks.
 */

/** dmy: 12/03/2020 is 12 March; mdy: 3 December; ymd: 2020/03/12. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface DateReading {
  /** What the cell looks like, for messages: `JJ/MM/AAAA`, `AAAA/MM/JJ`, `JJ-MM-AAAA`, `JJ/MM/AA`... */
  shape: string;
  /** The ISO value when the cell proves it (one valid order only, or both the same). */
  iso?: string;
  /** The order the cell proves. */
  order?: DateOrder;
  /** Both readings when the cell cannot tell day from month: [dmy, mdy]. */
  readings?: [string, string];
  /** The cell names no real date in any order (31/02/2020), or a 2-digit year hides the century. */
  invalid?: 'no-such-date' | 'short-year';
  /** Time part, `hh:mm:ss`, when the cell had one. */
  time?: string;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `2020-03-12`, or null when there is no such day. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const TIME = /^(\d{1,2})[:hH](\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/;

function shapeOf(sep: string, yearFirst: boolean, shortYear: boolean): string {
  const y = shortYear ? 'AA' : 'AAAA';
  return yearFirst ? `AAAA${sep}MM${sep}JJ` : `JJ${sep}MM${sep}${y}`;
}

/** Reads a date written without its time: `12/03/2020`, `2020/03/12`, `12-03-2020`, `2020.3.12`. */
export function readDateToken(token: string): DateReading | null {
  let m = YEAR_FIRST.exec(token);
  if (m) {
    const iso = isoDate(+m[1]!, +m[3]!, +m[4]!);
    const r: DateReading = { shape: shapeOf(m[2]!, true, false) };
    if (iso) {
      r.iso = iso;
      r.order = 'ymd';
    } else r.invalid = 'no-such-date';
    return r;
  }
  m = DAY_FIRST.exec(token);
  if (!m) return null;
  const a = +m[1]!;
  const b = +m[3]!;
  const yText = m[4]!;
  const r: DateReading = { shape: shapeOf(m[2]!, false, yText.length === 2) };
  if (yText.length === 2) {
    r.invalid = 'short-year';
    return r;
  }
  const y = +yText;
  const dmy = isoDate(y, b, a);
  const mdy = isoDate(y, a, b);
  if (dmy && mdy && dmy !== mdy) r.readings = [dmy, mdy];
  else if (dmy) {
    r.iso = dmy;
    r.order = 'dmy';
  } else if (mdy) {
    r.iso = mdy;
    r.order = 'mdy';
  } else r.invalid = 'no-such-date';
  return r;
}

function readTime(text: string): string | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const h = +m[1]!;
  const mi = +m[2]!;
  const s = m[3] === undefined ? 0 : +m[3];
  if (h > 23 || mi > 59 || s > 59) return null;
  return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
}

/**
 * A whole cell of a `date` (or `datetime`) column: the date, optionally followed
 * by a time (`12/03/2020 00:00:00` as spreadsheets export dates). For a date
 * column, only a midnight time is dropped: any other time is information.
 */
export function readDateCell(raw: string, type: 'date' | 'datetime'): DateReading | null {
  const t = trimSpaces(raw);
  const space = t.search(/[ T]/);
  const datePart = space === -1 ? t : t.slice(0, space);
  const timePart = space === -1 ? '' : t.slice(space + 1).trim();
  const r = readDateToken(datePart);
  if (!r) return null;
  if (timePart) {
    const time = readTime(timePart);
    if (!time) return null;
    if (type === 'date' && time !== '00:00:00') return null;
    r.time = time;
  }
  if (type === 'datetime') {
    const time = r.time ?? '00:00:00';
    if (r.iso) r.iso = `${r.iso}T${time}`;
    if (r.readings) r.readings = [`${r.readings[0]}T${time}`, `${r.readings[1]}T${time}`];
  }
  // Already ISO and nothing else: not ours to explain.
  if (r.iso === t) return null;
  return r;
}

const TOKEN = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/g;
const PERIOD_SEPARATOR = /^\s*(?:[_/;,\u2013\u2014-]|au|à|a)\s*$/i;
const PERIOD_JOINS = ['/', '_', ';', ' '];

export interface DatesInText {
  /** The text with every date in ISO form (and a period's separator fixed when `accepts` needs it). */
  value?: string;
  /** [dmy, mdy] versions of the text when a date in it cannot tell day from month. */
  readings?: [string, string];
  shapes: string[];
  /** The separator between the two dates of a period that was replaced. */
  separator?: string;
  invalid?: 'no-such-date' | 'short-year';
  order?: DateOrder;
}

/**
 * Dates inside a text column whose pattern wants ISO dates (`datesPeriodeVersement`:
 * `AAAA-MM-JJ` or `AAAA-MM-JJ/AAAA-MM-JJ`): each date rewritten, and a period's
 * separator (`_`, ` au `) replaced by one the pattern accepts. The result counts
 * only when `accepts` (the pattern) says yes.
 */
export function rewriteDatesIn(raw: string, accepts: (s: string) => boolean): DatesInText | null {
  const text = trimSpaces(raw);
  const tokens: { at: number; text: string; r: DateReading | null }[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ at: m.index, text: m[0], r: readDateToken(m[0]) });
  if (tokens.length === 0) return null;
  const out: DatesInText = { shapes: [] };
  let ambiguous = false;
  const orders = new Set<DateOrder>();
  for (const t of tokens) {
    if (!t.r) return null;
    if (t.r.invalid) {
      out.invalid = t.r.invalid;
      out.shapes.push(t.r.shape);
      return out;
    }
    if (t.r.iso !== t.text) out.shapes.push(t.r.shape);
    if (t.r.readings) ambiguous = true;
    if (t.r.order && t.r.order !== 'ymd' && t.r.iso !== t.text) orders.add(t.r.order);
  }
  if (orders.size > 1) return null; // one cell, two orders: not something to fix by rule
  const [order] = [...orders];
  if (order) out.order = order;
  const build = (pick: 0 | 1): string => {
    let s = '';
    let last = 0;
    for (const t of tokens) {
      s += text.slice(last, t.at) + (t.r!.readings ? t.r!.readings[pick] : t.r!.iso!);
      last = t.at + t.text.length;
    }
    return s + text.slice(last);
  };
  const candidates = ambiguous ? [build(0), build(1)] : [build(0)];
  const fitted = candidates.map((c) => fitPeriod(c, tokens.length, accepts));
  // No rewrite the pattern accepts: still worth saying the dates are not ISO, without a fix.
  if (fitted.some((f) => f === null)) return out.shapes.length ? out : null;
  const [first, second] = fitted as { value: string; separator?: string }[];
  if (first!.separator !== undefined) out.separator = first!.separator;
  if (second) out.readings = [first!.value, second.value];
  else out.value = first!.value;
  if (out.value === text && out.separator === undefined && !out.readings) return null;
  return out;
}

function fitPeriod(candidate: string, dates: number, accepts: (s: string) => boolean): { value: string; separator?: string } | null {
  if (accepts(candidate)) return { value: candidate };
  if (dates !== 2) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(.*?)(\d{4}-\d{2}-\d{2})$/.exec(candidate);
  if (!m || !PERIOD_SEPARATOR.test(m[2]!)) return null;
  for (const join of PERIOD_JOINS) {
    const v = `${m[1]}${join}${m[3]}`;
    if (v !== candidate && accepts(v)) return { value: v, separator: m[2]! };
  }
  return null;
}
