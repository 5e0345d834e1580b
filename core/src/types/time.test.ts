import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { timeType } from './time';
import { testField } from './test-field';
import truth from './temporal.fixture.json';

/**
 * temporal.fixture.json comes from CPython 3.11 running what frictionless v5 runs
 * for each format (`strptime`, dateutil 2.9 `isoparse` behind frictionless's
 * guards, dateutil `parse` for `any`): [type, format, cell, value], the value in
 * microseconds since midnight minus the UTC offset here, null for a type error.
 */
const cases = (truth as [string, string, string, number | null][]).filter(([type]) => type === 'time');

describe('time reader: CPython parity', () => {
  it.each(cases)('%s %s %j', (_type, format, cell, expected) => {
    const got = timeType.reader(testField({ type: 'time', format }))(cell);
    expect(got === FAIL ? null : got).toBe(expected);
  });
});

describe('time', () => {
  it('orders values with <', () => {
    const read = timeType.reader(testField({ type: 'time' }));
    expect((read('07:00:00') as number) < (read('08:00:00') as number)).toBe(true);
    expect((read('09:00:00+02:00') as number) < (read('08:00:00Z') as number)).toBe(true);
  });

  it.each([
    ['default', '06:00:00', '06:00:00'],
    ['default', '06:00:00.25', '06:00:00.250000'],
    ['%H:%M', '6:5', '06:05'],
  ])('writes %s %s as %s', (format, cell, text) => {
    const f = testField({ type: 'time', format });
    expect(timeType.write!(timeType.reader(f)(cell), f)).toBe(text);
  });
});
