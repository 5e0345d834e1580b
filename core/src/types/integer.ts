import { FAIL, type TypeImpl } from './types';
import { bareStart, lastDigitEnd, parsePyInt } from './lib/py-number';

/**
 * Python's `int()`: surrounding whitespace, a sign, leading zeros (`007`) and
 * single underscores between digits are fine; `1.0` and `1e3` are not.
 * Values are numbers while safe and BigInt beyond, so each integer has one
 * representation (exact `unique`/`enum`) and `<` still works across both.
 */
export const integerType: TypeImpl = {
  type: 'integer',
  constraints: ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  reader(field) {
    if (field.bareNumber) return (raw) => parsePyInt(raw);
    return (raw) => {
      const end = lastDigitEnd(raw);
      return end < 0 ? FAIL : parsePyInt(raw, bareStart(raw, end), end);
    };
  },
  key: (value) => (typeof value === 'bigint' ? value.toString() : (value as number)),
  jsonReader: () => (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return FAIL;
    return Number.isSafeInteger(value) ? value + 0 : BigInt(value);
  },
  write: (value) => String(value),
};
