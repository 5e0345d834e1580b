import { FAIL, type TypeImpl } from './types';
import { parsePyInt } from './lib/py-number';

/** frictionless: exactly four characters that `int()` reads, 0 to 9999 (so ` 999` and `+999` pass). */
export const yearType: TypeImpl = {
  type: 'year',
  constraints: ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  reader: () => (raw) => {
    if (raw.length !== 4) return FAIL;
    const v = parsePyInt(raw);
    return typeof v === 'number' && v >= 0 && v <= 9999 ? v : FAIL;
  },
  jsonReader: () => (value) => {
    // Python's bool is an int: `True` is the year 1.
    const v = typeof value === 'boolean' ? Number(value) : value;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 9999 ? v : FAIL;
  },
  write: (value) => String(value),
};
