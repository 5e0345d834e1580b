import { FAIL, type TypeImpl } from './types';
import type { Field } from '../schema/types';
import { bareStart, lastDigitEnd, parsePyDecimal } from './lib/py-number';

/**
 * Numbers are doubles: frictionless reads `Decimal`, exact to any length, but
 * SCDL values (amounts, coordinates, rates) fit a double and `<` needs no helper.
 * NaN and ±Infinity are numbers as in Python (`NaN` then fails every range).
 */

/** frictionless applies its text processing only when one of these options is written in the descriptor. */
const processed = (field: Field): boolean =>
  Object.hasOwn(field.descriptor, 'groupChar') || Object.hasOwn(field.descriptor, 'decimalChar') || Object.hasOwn(field.descriptor, 'bareNumber');

function groupDigits(digits: string, groupChar: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += groupChar;
    out += digits[i];
  }
  return out;
}

export const numberType: TypeImpl = {
  type: 'number',
  constraints: ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  reader(field) {
    if (!processed(field)) return (raw) => parsePyDecimal(raw);
    const { bareNumber, groupChar, decimalChar } = field;
    return (raw) => {
      let s = raw;
      if (!bareNumber) {
        // `((^[^-\d]*)|(\D*$))` removed: currency signs, units, `%`.
        const end = lastDigitEnd(s);
        if (end < 0) return FAIL;
        s = s.slice(bareStart(s, end), end);
      }
      if (groupChar && s.includes(groupChar)) s = s.replaceAll(groupChar, '');
      if (decimalChar !== '.') {
        // A `.` left over means the wrong decimal mark (frictionless issue 1005).
        if (decimalChar === '' || s.includes('.')) return FAIL;
        if (s.includes(decimalChar)) s = s.replaceAll(decimalChar, '.');
      }
      return parsePyDecimal(s);
    };
  },
  jsonReader: () => (value) => (typeof value === 'number' ? value : FAIL),
  write(value, field) {
    const n = value as number;
    if (Number.isNaN(n)) return 'NaN';
    if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
    let text = String(n === 0 ? 0 : n);
    if (/e/i.test(text)) return text;
    const neg = text.startsWith('-');
    if (neg) text = text.slice(1);
    const dot = text.indexOf('.');
    let intPart = dot < 0 ? text : text.slice(0, dot);
    const frac = dot < 0 ? '' : text.slice(dot + 1);
    if (field.groupChar) intPart = groupDigits(intPart, field.groupChar);
    return `${neg ? '-' : ''}${intPart}${frac ? `${field.decimalChar || '.'}${frac}` : ''}`;
  },
};
