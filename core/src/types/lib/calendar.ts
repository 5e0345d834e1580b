/**
 * Proleptic Gregorian arithmetic on plain numbers (no Date objects on hot paths):
 * dates are day counts from 1970-01-01, datetimes microseconds from the epoch.
 */

export const US_PER_SECOND = 1_000_000;
export const US_PER_DAY = 86_400_000_000;

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/** Python's `datetime.date` range: years 1 to 9999. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days from 1970-01-01 (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil; writes into `out` to avoid an allocation per call. */
export function civilFromDays(days: number, out: { y: number; m: number; d: number } = { y: 0, m: 0, d: 0 }): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  out.d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  out.m = mp < 10 ? mp + 3 : mp - 9;
  out.y = yoe + era * 400 + (out.m <= 2 ? 1 : 0);
  return out;
}

/** Day of the year, 1-based. */
export const dayOfYear = (y: number, m: number, d: number): number => daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1) + 1;

/** Python's `date.weekday()`: Monday is 0. */
export const weekday = (days: number): number => (((days + 3) % 7) + 7) % 7;

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoDate(days: number): string {
  const c = civilFromDays(days);
  return `${pad(c.y, 4)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;
}

/** `HH:MM:SS[.ffffff]` of a microsecond count within a day. */
export function isoTime(us: number): string {
  us = ((us % US_PER_DAY) + US_PER_DAY) % US_PER_DAY;
  const micro = us % US_PER_SECOND;
  const secs = (us - micro) / US_PER_SECOND;
  const text = `${pad(Math.floor(secs / 3600), 2)}:${pad(Math.floor(secs / 60) % 60, 2)}:${pad(secs % 60, 2)}`;
  return micro ? `${text}.${pad(micro, 6)}` : text;
}
