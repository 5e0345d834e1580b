import { trimSpaces } from './text';

/**
 * Numbers as French spreadsheets write them (`40 000,00`, `17 833` with a
 * no-break space, `1.234,56`), read back into the SCDL form: no thousands
 * separator, a point before the decimals. The digits are kept as written
 * (`40 000,00` → `40000.00`): the fix changes the notation, never the value.
 *
 * `1,234` alone is ambiguous (1.234 in French, 1234 in English): the cell gives
 * both readings and the planner decides per column, from cells that prove how
 * that column writes its numbers.
 */

export type NumberReading = 'decimal-comma' | 'thousands-comma';

export interface NumberRewrite {
  /** What the cell uses, for messages. */
  decimalComma: boolean;
  thousands: 'space' | 'nbsp' | 'point' | 'comma' | null;
  value?: string;
  /** When a lone comma before 3 digits may be either: [as decimal comma, as thousands comma]. */
  readings?: [string, string];
  /** What this cell proves about its column, when it does. */
  proves?: NumberReading;
}

const SPACES = /[ \u00a0\u202f]/;
const SPACE_GROUPED = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:([.,])(\d+))?$/;
const POINT_GROUPED = /^([+-]?)(\d{1,3}(?:\.\d{3})+),(\d+)$/;
const POINT_GROUPED_ONLY = /^([+-]?)(\d{1,3}(?:\.\d{3}){2,})$/;
const COMMA_GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)\.(\d+)$/;
const COMMA_GROUPED_ONLY = /^([+-]?)(\d{1,3}(?:,\d{3}){2,})$/;
const COMMA_DECIMAL = /^([+-]?)(\d*),(\d+)$/;
const POINT_ZEROS = /^([+-]?\d+)\.0+$/;

function finish(sign: string, int: string, dec: string | undefined, integer: boolean): string | null {
  const i = int.replace(/[^\d]/g, '');
  if (dec === undefined || dec === '') return sign + i;
  if (integer) return /^0+$/.test(dec) ? sign + i : null;
  return `${sign}${i}.${dec}`;
}

/**
 * The SCDL spelling of a number cell, or null when the cell is not a number
 * written the French (or English grouped) way. `integer`: the column wants an
 * integer, so only zero decimals may go (`1 234,00` → `1234`).
 */
export function rewriteNumber(raw: string, integer: boolean): NumberRewrite | null {
  const t = trimSpaces(raw);
  // `10000.0` in an integer column: the decimal tail of a number a spreadsheet exported.
  let m = integer ? POINT_ZEROS.exec(t) : null;
  if (m) return { decimalComma: false, thousands: null, value: m[1]! };
  m = SPACE_GROUPED.exec(t);
  if (m) {
    const to = finish(m[1]!, m[2]!, m[4], integer);
    if (to === null) return null;
    const r: NumberRewrite = { decimalComma: m[3] === ',', thousands: /[\u00a0\u202f]/.test(m[2]!) ? 'nbsp' : 'space', value: to };
    if (m[3] === ',') r.proves = 'decimal-comma';
    return r;
  }
  if (SPACES.test(t)) return null;
  m = POINT_GROUPED.exec(t);
  if (m) {
    const to = finish(m[1]!, m[2]!, m[3], integer);
    return to === null ? null : { decimalComma: true, thousands: 'point', value: to, proves: 'decimal-comma' };
  }
  m = POINT_GROUPED_ONLY.exec(t);
  if (m) return { decimalComma: false, thousands: 'point', value: m[1]! + m[2]!.replace(/\./g, '') };
  m = COMMA_GROUPED.exec(t);
  if (m) {
    const to = finish(m[1]!, m[2]!, m[3], integer);
    return to === null ? null : { decimalComma: false, thousands: 'comma', value: to, proves: 'thousands-comma' };
  }
  m = COMMA_GROUPED_ONLY.exec(t);
  if (m) return { decimalComma: false, thousands: 'comma', value: m[1]! + m[2]!.replace(/,/g, ''), proves: 'thousands-comma' };
  m = COMMA_DECIMAL.exec(t);
  if (m) {
    const [, sign, int, dec] = m as unknown as [string, string, string, string];
    const decimal = finish(sign, int === '' ? '0' : int, dec, integer);
    // A thousands group has exactly 3 digits after a 1–3 digit head that is not 0.
    const couldGroup = dec.length === 3 && int.length >= 1 && int.length <= 3 && !/^0/.test(int);
    if (!couldGroup) {
      if (decimal === null) return null;
      // `,5` becomes `0.5`: digits before the point read everywhere.
      return { decimalComma: true, thousands: null, value: decimal, proves: 'decimal-comma' };
    }
    // In an integer column `1,234` can only be 1234 — or a decimal typed in the wrong column: no guess.
    if (decimal === null) return { decimalComma: true, thousands: null };
    return { decimalComma: true, thousands: null, readings: [decimal, sign + int + dec] };
  }
  return null;
}
