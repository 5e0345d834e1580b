import { singleColumnCheck } from './single-column';
import type { ErrorSpec } from '../errors/types';

/**
 * `french-siren-value` (deprecated alias `siren`): the cell must be a SIREN, as
 * Validata checks it with python-stdnum's `stdnum.fr.siren.is_valid`.
 */

export const errors = {
  'french-siren-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

/** Why python-stdnum refuses a number, in the order it tests: format, then length, then checksum. */
export type NumberProblem = 'format' | 'length' | 'checksum';

// python-stdnum's clean() maps every Unicode space and dot to ' ' and '.', then
// compact() deletes those: "732 829 320" and "732.829.320" are accepted, NBSP too.
const DELETED = new Set([
  0x20, 0x2e, 0xa0, 0xb7, 0x2d9, 0x387, 0x6d4, 0x701, 0x702, 0x830, 0xf0b, 0xf0c, 0x16eb,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2022, 0x2024, 0x2027, 0x202f, 0x205f, 0x2219, 0x22c5, 0x2e31, 0x2e33, 0x3000, 0x3002,
  0x30fb, 0xfbb2, 0xfbb3, 0xfe52, 0xff0e, 0xff65, 0x10101, 0x1091f, 0x10a50,
]);
// What Python's str.strip() still removes once those are gone: only at both ends.
const STRIPPED = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0x2028, 0x2029]);

/**
 * Reads an identifier as python-stdnum's `compact()` then `isdigits()` do, writing its
 * first digits into `out`. Returns the number of digits, or -1 when anything but
 * ASCII digits remains (an empty result counts as -1, as `isdigits('')` is false).
 */
export function readDigits(text: string, out: Uint8Array): number {
  let count = 0;
  let trailing = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp >= 0x30 && cp <= 0x39) {
      if (trailing) return -1;
      if (count < out.length) out[count] = cp - 0x30;
      count++;
    } else if (DELETED.has(cp)) {
      continue;
    } else if (STRIPPED.has(cp)) {
      if (count > 0) trailing = true;
    } else {
      return -1;
    }
  }
  return count === 0 ? -1 : count;
}

/** Luhn checksum over the first `n` digits. */
export function luhnValid(digits: Uint8Array, n: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = n - 1; i >= 0; i--) {
    let d = digits[i] ?? 0;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// One buffer for the whole run: checks are called once per row, never re-entrantly.
const buffer = new Uint8Array(9);

/** What is wrong with a SIREN, or null when `stdnum.fr.siren.is_valid` accepts it. */
export function sirenProblem(text: string): { problem: NumberProblem; digits: number } | null {
  const n = readDigits(text, buffer);
  if (n < 0) return { problem: 'format', digits: 0 };
  if (n !== 9) return { problem: 'length', digits: n };
  return luhnValid(buffer, 9) ? null : { problem: 'checksum', digits: 9 };
}

export const frenchSirenValue = singleColumnCheck('french-siren-value', errors, sirenProblem);
