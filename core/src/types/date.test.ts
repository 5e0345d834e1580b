import { describe, it, expect } from 'vitest';
import { FAIL, SchemaProblem } from './types';
import { dateType } from './date';
import { testField } from './test-field';
import truth from './temporal.fixture.json';

/**
 * temporal.fixture.json comes from CPython 3.11 running what frictionless v5 runs
 * for each format (`strptime`, dateutil 2.9 `isoparse` behind frictionless's
 * guards, dateutil `parse` for `any`): [type, format, cell, value], the value in
 * days from the epoch here, null for a type error.
 */
const cases = (truth as [string, string, string, number | null][]).filter(([type]) => type === 'date');

describe('date reader: CPython parity', () => {
  it.each(cases)('%s %s %j', (_type, format, cell, expected) => {
    const got = dateType.reader(testField({ type: 'date', format }))(cell);
    expect(got === FAIL ? null : got).toBe(expected);
  });
});

describe('date', () => {
  it('reads the deprecated fmt: prefix', () => {
    const read = dateType.reader(testField({ type: 'date', format: 'fmt:%d/%m/%y' }));
    expect(read('21/11/06')).toBe(dateType.reader(testField({ type: 'date' }))('2006-11-21'));
  });

  it.each([['%Q'], ['%Y-%'], ['%Y %Y'], ['invalid'], ['dd/mm/yyyy']])('rejects the pattern %s as a schema problem', (format) => {
    expect(() => dateType.reader(testField({ type: 'date', format }))).toThrow(SchemaProblem);
  });

  it('accepts %e as a day (glibc), which Python does not know', () => {
    expect(dateType.reader(testField({ type: 'date', format: '%e/%m/%Y' }))(' 5/01/2020')).not.toBe(FAIL);
  });

  it.each([
    ['default', '2020-1-5', '2020-01-05'],
    ['%d/%m/%Y', '5/1/2020', '05/01/2020'],
    ['%d %B %Y', '5 january 2020', '05 January 2020'],
  ])('writes %s %s as %s', (format, cell, text) => {
    const f = testField({ type: 'date', format });
    expect(dateType.write!(dateType.reader(f)(cell), f)).toBe(text);
  });
});
