import { FAIL, type Reader, type TypeImpl } from './types';
import { isoTime, US_PER_DAY } from './lib/calendar';
import { parseAny } from './lib/dateutil';
import { isoparseTime } from './lib/isoparse';
import { newParts, timeUs } from './lib/parts';
import { strftime } from './lib/strftime';
import { stripFmt, strptime } from './lib/strptime';

/**
 * Times are microseconds since midnight, minus the UTC offset when one is given
 * (Python compares aware times in UTC). Naive and aware times thus compare as if
 * naive meant UTC, where Python would refuse to compare them at all.
 */
export const timeType: TypeImpl = {
  type: 'time',
  constraints: ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  reader(field): Reader {
    const format = stripFmt(field.format);
    const parts = newParts();
    if (format === 'default') {
      // frictionless guards dateutil against shorter forms: `HH:MM:SS` at least.
      return (raw) => (raw.length >= 8 && raw.charCodeAt(5) === 58 && isoparseTime(raw, parts) ? timeUs(parts) : FAIL);
    }
    if (format === 'any') return (raw) => (parseAny(raw, parts) ? timeUs(parts) : FAIL);
    const pattern = strptime(format);
    return (raw) => (pattern.parse(raw, parts) ? timeUs(parts) : FAIL);
  },
  write(value, field) {
    const format = stripFmt(field.format);
    const us = (((value as number) % US_PER_DAY) + US_PER_DAY) % US_PER_DAY;
    return format === 'default' || format === 'any' ? isoTime(us) : strftime(format, 0, us);
  },
};
