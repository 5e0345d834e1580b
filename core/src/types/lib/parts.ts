import { US_PER_DAY, US_PER_SECOND, daysFromCivil } from './calendar';

/** A parsed date/time, filled in place by the parsers (one object per reader, not per cell). */
export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  micro: number;
  /** UTC offset in microseconds, null for a naive value. */
  offset: number | null;
}

export const newParts = (): DateTimeParts => ({ year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, micro: 0, offset: null });

export const timeOfDayUs = (p: DateTimeParts): number =>
  p.hour * 3_600_000_000 + p.minute * 60_000_000 + p.second * US_PER_SECOND + p.micro;

/** Microseconds from the epoch; aware values are brought to UTC, naive ones read as UTC. */
export const epochUs = (p: DateTimeParts): number =>
  daysFromCivil(p.year, p.month, p.day) * US_PER_DAY + timeOfDayUs(p) - (p.offset ?? 0);

/** Microseconds since midnight, UTC-adjusted when the time carries an offset (Python compares aware times so). */
export const timeUs = (p: DateTimeParts): number => timeOfDayUs(p) - (p.offset ?? 0);
