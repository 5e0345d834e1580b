import { FAIL, type Reader, type TypeImpl } from './types';
import { isoDate, isoTime } from './lib/calendar';
import { parseAny } from './lib/dateutil';
import { isoparse } from './lib/isoparse';
import { epochUs, newParts } from './lib/parts';
import { splitEpochUs, strftime } from './lib/strftime';
import { stripFmt, strptime } from './lib/strptime';

/**
 * Datetimes are microseconds from the epoch, in UTC when an offset is given and
 * read as UTC when naive (exact for years 1685 to 2255, a few microseconds off
 * beyond). `default` is dateutil's `isoparse` behind frictionless's guard
 * (`YYYY-MM-DDTHH:MM:SS` at least: the 17th character is `:`).
 */
export const datetimeType: TypeImpl = {
  type: 'datetime',
  constraints: ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  reader(field): Reader {
    const format = stripFmt(field.format);
    const parts = newParts();
    if (format === 'default') return (raw) => (raw.length >= 19 && raw.charCodeAt(16) === 58 && isoparse(raw, parts) ? epochUs(parts) : FAIL);
    if (format === 'any') return (raw) => (parseAny(raw, parts) ? epochUs(parts) : FAIL);
    const pattern = strptime(format);
    return (raw) => (pattern.parse(raw, parts) ? epochUs(parts) : FAIL);
  },
  /** The value keeps the instant, not the offset it was written with: written back naive, in UTC. */
  write(value, field) {
    const format = stripFmt(field.format);
    const { days, time } = splitEpochUs(value as number);
    return format === 'default' || format === 'any' ? `${isoDate(days)}T${isoTime(time)}` : strftime(format, days, time);
  },
};
