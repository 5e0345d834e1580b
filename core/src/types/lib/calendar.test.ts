import { describe, it, expect } from 'vitest';
import { civilFromDays, daysFromCivil, isoDate, isoTime, isValidDate, weekday } from './calendar';

describe('calendar', () => {
  it('round-trips every day from year 1 to 9999', () => {
    const first = daysFromCivil(1, 1, 1);
    const last = daysFromCivil(9999, 12, 31);
    let bad = 0;
    for (let d = first; d <= last; d += 7) {
      const c = civilFromDays(d);
      if (daysFromCivil(c.y, c.m, c.d) !== d || !isValidDate(c.y, c.m, c.d)) bad++;
    }
    expect(bad).toBe(0);
    expect(last - first).toBe(3652058);
  });

  it.each([
    [1970, 1, 1, 0, 3],
    [2000, 2, 29, 11016, 1],
    [1969, 12, 31, -1, 2],
  ])('%i-%i-%i is day %i, weekday %i (Monday 0)', (y, m, d, days, wd) => {
    expect(daysFromCivil(y, m, d)).toBe(days);
    expect(weekday(days)).toBe(wd);
  });

  it('validates as Python date() does', () => {
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(0, 1, 1)).toBe(false);
    expect(isValidDate(10000, 1, 1)).toBe(false);
  });

  it('writes ISO text', () => {
    expect(isoDate(daysFromCivil(987, 6, 5))).toBe('0987-06-05');
    expect(isoTime(3_723_000_004)).toBe('01:02:03.000004');
    expect(isoTime(-1_000_000)).toBe('23:59:59');
  });
});
