import type { Field } from '../../schema/types';
import type { IdentifierKind } from './columns';
import { fixedDigits, patternOf } from './pattern';
import { trimSpaces } from './text';

/**
 * What spreadsheets do to long digit codes typed in a cell formatted as
 * « Standard »: they become numbers. Exported back to CSV they read as
 * `2,43E+13` (digits lost: lossy), `21860194600000.0` (a decimal tail: exact,
 * removable), `45032466000000` (digits beyond the float's precision replaced by
 * zeros: lossy) or `1053` (the leading zero of an INSEE code dropped: exact when
 * the schema's pattern proves the length).
 */

export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Luhn over the first `n` digits of `s` (SIREN: 9, SIRET: 14). */
export function luhn(s: string, n = s.length): boolean {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let d = s.charCodeAt(n - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** `stdnum.fr.siret.is_valid` on 14 digits, La Poste's numbering included. */
export function siretValid(d: string): boolean {
  if (d.length !== 14 || !isDigits(d)) return false;
  if (d.startsWith('356000000') && d !== '35600000000048') {
    let sum = 0;
    for (let i = 0; i < 14; i++) sum += d.charCodeAt(i) - 48;
    return sum % 5 === 0;
  }
  return luhn(d, 14) && luhn(d, 9);
}

export function sirenValid(d: string): boolean {
  return d.length === 9 && isDigits(d) && luhn(d, 9);
}

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

/** `2,43E+13`, `2.4301E13`: a number the spreadsheet shortened; the lost digits cannot be recovered. */
export function isScientific(raw: string): boolean {
  const c = raw.length;
  return c >= 3 && c <= 30 && (raw.indexOf('E') !== -1 || raw.indexOf('e') !== -1) && SCIENTIFIC.test(trimSpaces(raw));
}

/** The digits the shortened number still shows, for the message (`2,43E+13` → 243 then 11 zeros). */
export function scientificDigits(raw: string): number {
  const m = /^[+-]?(\d+)(?:[.,](\d+))?[eE]\+?(\d+)$/.exec(trimSpaces(raw));
  return m ? m[1]!.length + Number(m[3]) : 0;
}

// Beyond 15 significant digits a float no longer holds every digit exactly.
const MAX_EXACT = 15;

/** `21860194600000.0` → `21860194600000`: the integer part, when the decimal part is only zeros. */
export function dropZeroDecimals(raw: string): string | null {
  const t = trimSpaces(raw);
  const m = /^(\d+)[.,]0+$/.exec(t);
  if (!m || m[1]!.length > MAX_EXACT) return null;
  return m[1]!;
}

/** How many zeros end the digits. */
function trailingZeros(d: string): number {
  let n = 0;
  for (let i = d.length - 1; i >= 0 && d.charCodeAt(i) === 48; i--) n++;
  return n;
}

/**
 * A SIRET (SIREN) whose last digits were replaced by zeros: the establishment
 * number (NIC) is all zeros, which is never assigned (3 zeros or more for a
 * SIREN), and the number does not exist.
 */
export function isZeroFilled(digits: string, kind: IdentifierKind): boolean {
  if (kind === 'siret') return digits.length === 14 && trailingZeros(digits) >= 5 && !siretValid(digits);
  if (kind === 'siren') return digits.length === 9 && trailingZeros(digits) >= 3 && !sirenValid(digits);
  return false;
}

/** A valid SIREN (9 digits) where the column wants a SIRET (14): the establishment number (NIC) is missing. */
export function isSirenForSiret(raw: string): boolean {
  const t = trimSpaces(raw).replace(/[\s\u00a0\u202f]/g, '');
  return t.length === 9 && sirenValid(t);
}

/**
 * The code with its leading zero back, when the schema proves it: the column's
 * pattern wants exactly N digits, the value has N-1 and matches once padded; a
 * SIRET/SIREN must also become a number that exists. Only one zero: codes losing
 * two (`00123`) do not exist among INSEE or postal codes.
 */
export function restoreLeadingZero(digits: string, field: Field, kind: IdentifierKind): string | null {
  const n = fixedDigits(field) || (kind === 'siret' ? 14 : kind === 'siren' ? 9 : 0);
  if (n === 0 || digits.length !== n - 1 || !isDigits(digits)) return null;
  const padded = '0' + digits;
  const re = patternOf(field);
  if (re && !re.test(padded)) return null;
  if (kind === 'siret' && !siretValid(padded)) return null;
  if (kind === 'siren' && !sirenValid(padded)) return null;
  if (kind === 'code' && !re) return null;
  return padded;
}

/**
 * The exact value behind a float-looking or zero-stripped code, or null: decimal
 * zeros dropped, then the leading zero restored when proven.
 */
export function repairIdentifier(raw: string, field: Field, kind: IdentifierKind): { to: string; float: boolean; zero: boolean } | null {
  const t = trimSpaces(raw);
  const int = dropZeroDecimals(t);
  const digits = int ?? t;
  if (!isDigits(digits)) return null;
  const padded = restoreLeadingZero(digits, field, kind);
  if (padded) return { to: padded, float: int !== null, zero: true };
  if (int !== null) return { to: int, float: true, zero: false };
  return null;
}
