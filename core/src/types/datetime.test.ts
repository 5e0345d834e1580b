import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { datetimeType } from './datetime';
import { testField } from './test-field';
import truth from './temporal.fixture.json';

/**
 * temporal.fixture.json comes from CPython 3.11 running what frictionless v5 runs
 * for each format (`strptime`, dateutil 2.9 `isoparse` behind frictionless's
 * guards, dateutil `parse` for `any`): [type, format, cell, value], the value in
 * UTC microseconds from the epoch here, null for a type error.
 */
const cases = (truth as [string, string, string, number | null][]).filter(([type]) => type === 'datetime');

describe('datetime reader: CPython parity', () => {
  it.each(cases)('%s %s %j', (_type, format, cell, expected) => {
    const got = datetimeType.reader(testField({ type: 'datetime', format }))(cell);
    expect(got === FAIL ? null : got).toBe(expected);
  });
});

describe('datetime', () => {
  it('orders aware values in UTC', () => {
    const read = datetimeType.reader(testField({ type: 'datetime' }));
    expect((read('2020-01-01T10:00:00+02:00') as number) < (read('2020-01-01T09:00:00Z') as number)).toBe(true);
  });

  it.each([
    ['default', '2020-01-01T10:00:00.5', '2020-01-01T10:00:00.500000'],
    ['default', '2020-01-01T10:00:00+02:00', '2020-01-01T08:00:00'],
    ['%d/%m/%Y %H:%M', '01/02/2020 10:05', '01/02/2020 10:05'],
  ])('writes %s %s as %s', (format, cell, text) => {
    const f = testField({ type: 'datetime', format });
    expect(datetimeType.write!(datetimeType.reader(f)(cell), f)).toBe(text);
  });
});
