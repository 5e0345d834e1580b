import { describe, expect, it } from 'vitest';
import { frenchGpsCoordinates, inFrance } from './french-gps-coordinates';
import { renderIssue, runCheck, testContext, testRow, testSchema } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


const fields = [{ name: 'coordonneesXY', type: 'geopoint' }];
const run = (rows: string[][]) => runCheck(frenchGpsCoordinates, { column: 'coordonneesXY' }, { fields, rows });

describe('french-gps-coordinates', () => {
  it('refuses a missing column parameter', () => {
    expect(runCheck(frenchGpsCoordinates, {}, { fields, rows: [] }).problem).toBeDefined();
  });

  it('accepts points in metropolitan France, Corsica and the five overseas departments', () => {
    for (const [lon, lat] of [
      [2.3522, 48.8566], // Paris
      [9.15, 42.15], // Corsica
      [-61.55, 16.25], // Guadeloupe
      [-61.02, 14.64], // Martinique
      [-52.33, 4.93], // Guyane
      [55.45, -20.88], // La Réunion
      [45.17, -12.78], // Mayotte
    ] as const) {
      expect(inFrance(lon, lat), `${lon},${lat}`).toBe(true);
    }
  });

  it('treats the box boundary as outside, as shapely.within does', () => {
    expect(inFrance(-5.141277, 45)).toBe(false);
  });

  it('reports points outside France, flagging swapped longitude and latitude', () => {
    const { issues } = run([['2.3522,48.8566'], ['48.8566,2.3522'], ['-73.98,40.75'], ['-20.88,55.45'], ['']]);
    expect(issues).toEqual([
      { type: 'french-gps-coordinates', fieldName: 'coordonneesXY', value: '48.8566,2.3522', params: { swapped: true, lon: 48.8566, lat: 2.3522 }, rowNumber: 3 },
      { type: 'french-gps-coordinates', fieldName: 'coordonneesXY', value: '-73.98,40.75', params: { swapped: false, lon: -73.98, lat: 40.75 }, rowNumber: 4 },
      { type: 'french-gps-coordinates', fieldName: 'coordonneesXY', value: '-20.88,55.45', params: { swapped: true, lon: -20.88, lat: 55.45 }, rowNumber: 5 },
    ]);
  });

  it('skips cells the geopoint reader could not cast (the type error is reported elsewhere)', () => {
    expect(run([['abc'], ['2.35']]).issues).toEqual([]);
  });

  it('reads {lon, lat} values and parses text when the column is typed string', () => {
    const schema = testSchema([{ name: 'xy', type: 'geopoint' }]);
    const base = testContext(schema);
    const ctx = { ...base, read: (_: string, raw: string | undefined) => (raw ? { lon: 48.85, lat: 2.35 } : undefined) };
    const instance = frenchGpsCoordinates.create({ column: 'xy' }, ctx);
    const issues: unknown[] = [];
    instance.row?.(testRow(ctx, 2, ['whatever']), (i) => issues.push(i));
    expect(issues).toHaveLength(1);

    const asText = runCheck(frenchGpsCoordinates, { column: 'xy' }, { fields: ['xy'], rows: [['48.85, 2.35'], ['[2.35, 48.85]'], ['n/a']] });
    expect(asText.issues.map((i) => i.rowNumber)).toEqual([2]);
  });
  it('tells which number goes first when the coordinates are swapped', () => {
    const [swapped, outside] = run([['48.8566,2.3522'], ['-73.98,40.75']]).issues;
    const fr = renderIssue(swapped!).fr;
    clean(fr);
    expect(fr).toContain('inversées');
    expect(fr).toContain('la longitude (2.3522) d’abord');
    clean(renderIssue(outside!).fr);
    clean(renderIssue(outside!).en);
  });
});
