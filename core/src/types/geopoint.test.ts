import { describe, it, expect } from 'vitest';
import { FAIL, SchemaProblem } from './types';
import { geopointType } from './geopoint';
import { testField } from './test-field';
import truth from './scalar.fixture.json';

/** scalar.fixture.json: frictionless v5's geopoint reader run in CPython ([lon, lat] or null). */
describe('geopoint reader: frictionless parity', () => {
  it.each(truth.geopoint as [string, string, [number, number] | null][])('%s %j', (format, cell, value) => {
    const got = geopointType.reader(testField({ type: 'geopoint', format }))(cell);
    expect(got === FAIL ? null : got).toEqual(value);
  });
});

describe('geopoint', () => {
  it('rejects an unknown format', () => {
    expect(() => geopointType.reader(testField({ type: 'geopoint', format: 'wkt' }))).toThrow(SchemaProblem);
  });

  it('keys equal points alike', () => {
    const read = geopointType.reader(testField({ type: 'geopoint' }));
    expect(geopointType.key!(read('1.0, 2'))).toBe(geopointType.key!(read('1,2.00')));
  });

  it.each([
    ['default', '2.35,48.85'],
    ['array', '[2.35, 48.85]'],
    ['object', '{"lon":2.35,"lat":48.85}'],
  ])('writes %s as %s', (format, text) => {
    const f = testField({ type: 'geopoint', format });
    expect(geopointType.write!([2.35, 48.85], f)).toBe(text);
    expect(geopointType.reader(f)(text)).toEqual([2.35, 48.85]);
  });
});
