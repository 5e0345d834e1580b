import { describe, it, expect } from 'vitest';
import { FAIL } from './types';
import { durationType } from './duration';
import { testField } from './test-field';

const f = testField({ type: 'duration' });
const read = durationType.reader(f);
const key = (cell: string): string | number | boolean | null => {
  const v = read(cell);
  return v === FAIL ? null : durationType.key!(v);
};

/** isodate.parse_duration, as frictionless's tests/fields/test_duration.py and isodate's own tests use it. */
describe('duration reader', () => {
  it.each([
    ['P1Y10M3DT5H11M7S', '22|277867000000'],
    ['P1Y', '12|0'],
    ['P1M', '1|0'],
    ['PT1S', '0|1000000'],
    ['P1W', '0|604800000000'],
    ['P1W2D', '0|777600000000'],
    ['PT1.5S', '0|1500000'],
    ['PT1,5S', '0|1500000'],
    ['P0.5Y', '6|0'],
    ['PT36H', '0|129600000000'],
    ['-P1D', '0|-86400000000'],
    ['+P1D', '0|86400000000'],
    ['PT', '0|0'],
    ['P1DT', '0|86400000000'],
    ['P0001-02-03T04:05:06', '14|273906000000'],
    ['P1M1Y', null],
    ['P-1Y', null],
    ['P', null],
    ['year', null],
    ['p1d', null],
    ['1D', null],
    ['PT1H2S3M', null],
    ['P1D ', null],
  ])('%j → %s', (cell, expected) => {
    expect(key(cell)).toBe(expected);
  });

  it('compares as isodate does: P1Y = P12M, P1D = PT24H, P1M ≠ P30D', () => {
    expect(key('P1Y')).toBe(key('P12M'));
    expect(key('P1D')).toBe(key('PT24H'));
    expect(key('P1M')).not.toBe(key('P30D'));
  });

  it.each([
    ['P1Y10M3DT5H11M7S', 'P1Y10M3DT5H11M7S'],
    ['PT36H', 'P1DT12H'],
    ['PT', 'P0D'],
    ['-PT1.5S', '-PT1.5S'],
  ])('writes %s as %s', (cell, text) => {
    expect(durationType.write!(read(cell), f)).toBe(text);
  });
});
