import { civilFromDays, dayOfYear, pad, US_PER_DAY, weekday } from './calendar';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * `strftime` for writing values back in a field's own pattern (C locale).
 * `days` counts from the epoch, `us` is the time of day; `offsetUs` is written by `%z`.
 */
export function strftime(format: string, days: number, us: number, offsetUs: number | null = null): string {
  const c = civilFromDays(days);
  const secs = Math.floor(us / 1_000_000);
  const h = Math.floor(secs / 3600);
  const fields: Record<string, () => string> = {
    Y: () => pad(c.y, 4),
    y: () => pad(c.y % 100, 2),
    m: () => pad(c.m, 2),
    d: () => pad(c.d, 2),
    e: () => String(c.d).padStart(2, ' '),
    H: () => pad(h, 2),
    I: () => pad(h % 12 || 12, 2),
    p: () => (h < 12 ? 'AM' : 'PM'),
    M: () => pad(Math.floor(secs / 60) % 60, 2),
    S: () => pad(secs % 60, 2),
    f: () => pad(us % 1_000_000, 6),
    j: () => pad(dayOfYear(c.y, c.m, c.d), 3),
    b: () => MONTHS[c.m - 1]!.slice(0, 3),
    B: () => MONTHS[c.m - 1]!,
    a: () => DAYS[weekday(days)]!.slice(0, 3),
    A: () => DAYS[weekday(days)]!,
    w: () => String((weekday(days) + 1) % 7),
    u: () => String(weekday(days) + 1),
    z: () => {
      if (offsetUs === null) return '';
      const sign = offsetUs < 0 ? '-' : '+';
      const m = Math.floor(Math.abs(offsetUs) / 60_000_000);
      return `${sign}${pad(Math.floor(m / 60), 2)}${pad(m % 60, 2)}`;
    },
    Z: () => (offsetUs === 0 ? 'UTC' : ''),
    '%': () => '%',
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%' && i + 1 < format.length) {
      const f = fields[format[i + 1]!];
      if (f) {
        out += f();
        i++;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** Splits epoch microseconds into days and time of day. */
export function splitEpochUs(us: number): { days: number; time: number } {
  const days = Math.floor(us / US_PER_DAY);
  return { days, time: us - days * US_PER_DAY };
}
