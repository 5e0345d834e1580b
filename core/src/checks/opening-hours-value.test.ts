import { describe, expect, it } from 'vitest';
import { hoursProblem, openingHoursValue } from './opening-hours-value';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


describe('opening-hours-value', () => {
  it('refuses a missing column parameter', () => {
    expect(runCheck(openingHoursValue, { column: ['horaires'] }, { fields: ['horaires'], rows: [] }).problem).toBeDefined();
  });

  it('accepts what the OSM grammar accepts', () => {
    for (const v of [
      'Mo-Fr 10:00-18:00; Sa-Su 10:00-12:00', '24/7', 'Mo-Fr 8:00-18:00', 'mo-fr 10:00-18:00', 'Mo-Fr 10:00 - 18:00',
      'Mo-Fr 09:00-12:00,14:00-18:00', 'Mo-Fr 10:00-18:00; PH off', 'Jan-Mar Mo 10:00-12:00', 'sunrise-sunset',
      'Mo-Fr 20:00-02:00', 'Mo-Fr 10:00+', 'Mo-Fr 10:00-18:00 || "sur rendez-vous"', 'Dec 25 off', 'off',
      'Mo-Fr 07:00-18:00; Sa 07:00-12:00; Su,PH off', 'week 1-53/2 Mo 10:00-12:00', 'Mo-Fr 10:00-18:00 "fermé Mo - Fr à 9:0"',
    ]) {
      expect(hoursProblem(v), v).toBeNull();
    }
  });

  it('refuses syntax errors, with the position the library points at', () => {
    expect(hoursProblem('Mo-Fr 08h00-18h00')).toEqual({ problem: 'syntax', position: 9 });
    expect(hoursProblem('bonjour')).toMatchObject({ problem: 'syntax' });
    // A point in time is not a time range.
    expect(hoursProblem('Mo 10:00')).toMatchObject({ problem: 'syntax' });
  });

  it('refuses what opening_hours.js only repairs (French day names, hours without minutes, en dash…)', () => {
    expect(hoursProblem('lundi 10:00-12:00')).toEqual({ problem: 'repaired', position: 5 });
    for (const v of ['Mo-Fr 10-18', 'Mo-Fr 10:00–18:00', 'Lu-Ve 9:00-17:00', 'Mo-Fr 09:00-12:00 14:00-18:00', 'Mo-Fr: 09:00-18:00', 'Mo-Fr 10:00-18:00;', 'Mo-Fr 10.00-18.00']) {
      expect(hoursProblem(v), v).toMatchObject({ problem: 'repaired' });
    }
  });

  it('refuses what opening_hours.js accepts silently but the grammar does not', () => {
    expect(hoursProblem(' Mo-Fr 10:00-18:00')).toEqual({ problem: 'repaired', position: 0 });
    expect(hoursProblem('Mo-Fr 9:0-18:00')).toEqual({ problem: 'repaired', position: 6 });
    expect(hoursProblem('Mo - Fr 10:00-18:00')).toMatchObject({ problem: 'repaired' });
  });

  it('reports the cell with where to look, skips empty cells, caches repeated values', () => {
    const rows = [['Mo-Fr 10:00-18:00'], [''], ['lundi 10:00-12:00'], ['lundi 10:00-12:00']];
    const { issues } = runCheck(openingHoursValue, { column: 'horaires' }, { fields: ['horaires'], rows });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toEqual({
      type: 'opening-hours-value', fieldName: 'horaires', value: 'lundi 10:00-12:00',
      params: { problem: 'repaired', position: 5, near: 'lundi' }, rowNumber: 4,
    });
  });
  it('renders where the problem is', () => {
    const { issues } = runCheck(openingHoursValue, { column: 'h' }, { fields: ['h'], rows: [['lundi 10:00-12:00'], ['bonjour']] });
    issues.forEach((i) => (clean(renderIssue(i).fr), clean(renderIssue(i).en)));
    expect(renderIssue(issues[0]!).fr).toContain('problème vers « lundi »');
  });
});
