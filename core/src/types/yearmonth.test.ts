import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { yearmonthType } from './yearmonth';
import { testField } from './test-field';
import truth from './scalar.fixture.json';

describe('yearmonth reader: frictionless parity', () => {
  it.each(truth.yearmonth as [string, number | null][])('%j', (cell, value) => {
    const got = yearmonthType.reader(testField({ type: 'yearmonth' }))(cell);
    expect(got === FAIL ? null : got).toBe(value);
  });
});

describe('yearmonth', () => {
  const f = testField({ type: 'yearmonth' });
  const read = yearmonthType.reader(f);

  it('orders as (year, month)', () => {
    expect((read('2019-12') as number) < (read('2020-1') as number)).toBe(true);
  });

  it('reads [year, month] given as JSON', () => {
    expect(yearmonthType.jsonReader!(f)([2000, 10])).toBe(read('2000-10'));
    expect(yearmonthType.jsonReader!(f)([2000, 10, 20])).toBe(FAIL);
  });

  it('writes YYYY-MM', () => {
    expect(yearmonthType.write!(read('2020-1'), f)).toBe('2020-01');
  });
});
