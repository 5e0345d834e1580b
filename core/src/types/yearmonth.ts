import { FAIL, type TypeImpl } from './types';
import { parsePyInt } from './lib/py-number';

/**
 * `YYYY-MM` as frictionless splits it: two parts around a single `-`, each read
 * by `int()` (so `2020-1` passes), month 1 to 12. The value is year * 12 + month - 1,
 * which orders as frictionless's (year, month) tuples do.
 */
export const yearmonthType: TypeImpl = {
  type: 'yearmonth',
  constraints: ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  reader: () => (raw) => {
    const dash = raw.indexOf('-');
    if (dash < 0 || raw.indexOf('-', dash + 1) >= 0) return FAIL;
    const year = parsePyInt(raw, 0, dash);
    const month = parsePyInt(raw, dash + 1);
    if (typeof year !== 'number' || typeof month !== 'number' || month < 1 || month > 12) return FAIL;
    return year * 12 + month - 1;
  },
  jsonReader: () => (value) => {
    if (!Array.isArray(value) || value.length !== 2) return FAIL;
    const [y, m] = value as unknown[];
    return typeof y === 'number' && typeof m === 'number' && Number.isInteger(y) && Number.isInteger(m) ? y * 12 + m - 1 : FAIL;
  },
  write: (value) => {
    const v = value as number;
    const month = ((v % 12) + 12) % 12;
    return `${(v - month) / 12}-${String(month + 1).padStart(2, '0')}`;
  },
};
