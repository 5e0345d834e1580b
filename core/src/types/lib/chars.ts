/**
 * Character classes as Python 3 sees them on `str`: `strip()`, `int()` and
 * `Decimal()` skip Unicode whitespace and read any Unicode decimal digit.
 */

/** `str.isspace()`: what Python's `strip()`, `int()` and `Decimal()` skip. */
export function isPySpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

let ndTable: Int8Array | null = null;

/** Built on first non-ASCII digit: Unicode puts each decimal digit set in a run starting at its zero. */
function buildNdTable(): Int8Array {
  const table = new Int8Array(0x10000).fill(-1);
  const nd = /\p{Nd}/u;
  let runStart = -1;
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      runStart = -1;
      continue;
    }
    if (nd.test(String.fromCharCode(c))) {
      if (runStart < 0) runStart = c;
      table[c] = (c - runStart) % 10;
    } else runStart = -1;
  }
  return table;
}

/** Value of a decimal digit (Unicode category Nd, BMP), or -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 0x80 || c > 0xffff) return -1;
  ndTable ??= buildNdTable();
  return ndTable[c]!;
}

/** First and last index (exclusive) of `s[start:end]` once Python whitespace is stripped. */
export function stripStart(s: string, start: number, end: number): number {
  while (start < end && isPySpace(s.charCodeAt(start))) start++;
  return start;
}

export function stripEnd(s: string, start: number, end: number): number {
  while (end > start && isPySpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** Python's `s.strip()`. */
export function pyStrip(s: string): string {
  const a = stripStart(s, 0, s.length);
  const b = stripEnd(s, a, s.length);
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Number of code points, as Python's `len()` counts a `str`. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
