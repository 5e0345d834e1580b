import { FAIL, type Fail } from '../types';
import { digitValue, stripEnd, stripStart } from './chars';

/**
 * Python's `int(str)` and `decimal.Decimal(str)` grammars, which frictionless
 * uses to cast integer and number cells. Both skip surrounding Unicode
 * whitespace and read Unicode digits; they differ on underscores (`int` wants
 * them between digits, `Decimal` drops them anywhere) and `Decimal` also reads
 * exponents, `Infinity` and `NaN`.
 */

const MAX_EXACT_DIGITS = 15;

/** Integers are numbers while safe, BigInt beyond: one canonical form per value keeps `unique` and `enum` exact. */
export type PyInt = number | bigint;

// Nearly every cell is a plain ASCII number: Number() reads it exactly as Python's int / Decimal → float would.
const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;
const PLAIN_INT = /^-?\d{1,15}$/;

export function parsePyInt(s: string, start = 0, end = s.length): PyInt | Fail {
  // Python's int('-0') is 0, not -0.
  if (start === 0 && end === s.length && PLAIN_INT.test(s)) return +s || 0;
  let i = stripStart(s, start, end);
  end = stripEnd(s, i, end);
  if (i >= end) return FAIL;
  let neg = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    i++;
  }
  let acc = 0;
  let digits = 0;
  let ascii = true;
  let prevDigit = false;
  const from = i;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!prevDigit || i + 1 >= end) return FAIL;
      prevDigit = false;
      ascii = false;
      continue;
    }
    const d = digitValue(c);
    if (d < 0) return FAIL;
    if (c > 57) ascii = false;
    prevDigit = true;
    acc = acc * 10 + d;
    digits++;
  }
  if (digits === 0 || !prevDigit) return FAIL;
  if (digits <= MAX_EXACT_DIGITS) return neg && acc !== 0 ? -acc : acc;
  let text = '';
  if (ascii) text = s.slice(from, end);
  else for (let k = from; k < end; k++) {
    const d = digitValue(s.charCodeAt(k));
    if (d >= 0) text += String.fromCharCode(48 + d);
  }
  const big = BigInt(neg ? `-${text}` : text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

function matchWordCI(s: string, i: number, end: number, word: string): boolean {
  if (end - i < word.length) return false;
  for (let k = 0; k < word.length; k++) if ((s.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * `Decimal(s)` as a double (SCDL values fit; very long mantissas lose their last
 * digits). Returns NaN for `NaN`/`sNaN`, ±Infinity for `Inf`/`Infinity`.
 */
export function parsePyDecimal(s: string, start = 0, end = s.length): number | Fail {
  if (start === 0 && end === s.length && PLAIN_DECIMAL.test(s)) return +s;
  let i = stripStart(s, start, end);
  end = stripEnd(s, i, end);
  // Underscores are dropped anywhere before parsing; leading/trailing ones may hide whitespace.
  while (i < end && s.charCodeAt(i) === 95) i++;
  while (end > i && s.charCodeAt(end - 1) === 95) end--;
  i = stripStart(s, i, end);
  end = stripEnd(s, i, end);
  if (i >= end) return FAIL;
  const from = i;
  let neg = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    i++;
  }
  let simple = true;
  while (i < end && s.charCodeAt(i) === 95) {
    i++;
    simple = false;
  }
  if (i >= end) return FAIL;
  const c1 = s.charCodeAt(i);
  if (c1 > 57 || (c1 < 48 && c1 !== 46)) {
    if (digitValue(c1) < 0) return specialValue(s, i, end, neg);
  }
  let intDigits = 0;
  let fracDigits = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) simple = false;
    else if (c >= 48 && c <= 57) intDigits++;
    else if (digitValue(c) >= 0) {
      simple = false;
      intDigits++;
    } else break;
  }
  if (i < end && s.charCodeAt(i) === 46) {
    for (i++; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) simple = false;
      else if (c >= 48 && c <= 57) fracDigits++;
      else if (digitValue(c) >= 0) {
        simple = false;
        fracDigits++;
      } else break;
    }
  }
  if (intDigits + fracDigits === 0) return FAIL;
  if (i < end) {
    const e = s.charCodeAt(i);
    if (e !== 101 && e !== 69) return FAIL;
    i++;
    if (i < end) {
      const sign = s.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
    }
    let expDigits = 0;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) simple = false;
      else if (c >= 48 && c <= 57) expDigits++;
      else if (digitValue(c) >= 0) {
        simple = false;
        expDigits++;
      } else return FAIL;
    }
    if (expDigits === 0) return FAIL;
  }
  if (simple) return Number(from === 0 && end === s.length ? s : s.slice(from, end));
  let text = '';
  for (let k = from; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 95) continue;
    const d = c > 127 ? digitValue(c) : -1;
    text += d >= 0 ? String.fromCharCode(48 + d) : s[k];
  }
  return Number(text);
}

function specialValue(s: string, i: number, end: number, neg: boolean): number | Fail {
  const n = end - i;
  if ((n === 3 && matchWordCI(s, i, end, 'inf')) || (n === 8 && matchWordCI(s, i, end, 'infinity'))) {
    return neg ? -Infinity : Infinity;
  }
  let k = i;
  if (matchWordCI(s, k, end, 'snan')) k += 4;
  else if (matchWordCI(s, k, end, 'nan')) k += 3;
  else return FAIL;
  // NaN may carry a diagnostic payload of digits.
  for (; k < end; k++) if (digitValue(s.charCodeAt(k)) < 0 && s.charCodeAt(k) !== 95) return FAIL;
  return NaN;
}

/** Index just after the last decimal digit of `s`, or -1. */
export function lastDigitEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (digitValue(s.charCodeAt(i)) >= 0) return i + 1;
  return -1;
}

/**
 * `bareNumber: false`: frictionless removes `^[^-\d]*` and `\D*$` (Python's
 * Unicode `\d`), keeping what lies between the first `-` or digit and the last
 * digit. `end` comes from `lastDigitEnd`.
 */
export function bareStart(s: string, end: number): number {
  let start = 0;
  while (start < end) {
    const c = s.charCodeAt(start);
    if (c === 45 || digitValue(c) >= 0) break;
    start++;
  }
  return start;
}
