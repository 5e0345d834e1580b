import { describe, expect, it } from 'vitest';
import { fieldOf, refineWith } from '../fix/testing';
import { nonIsoDate as check } from './non-iso-date';

const date = fieldOf({ name: 'dateConvention', type: 'date' });
const period = fieldOf({ name: 'datesPeriodeVersement', constraints: { pattern: '^[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}(\\/[0-9]{4}\\-[0-9]{2}\\-[0-9]{2})?$' } });

describe('non-iso-date', () => {
  it('fixes yyyy/mm/dd (Somme: 2017/09/08)', () => {
    expect(refineWith(check, date, '2017/09/08')).toEqual({
      code: 'non-iso-date',
      params: { shape: 'AAAA/MM/JJ', order: 'ymd' },
      fix: { kind: 'date-format', to: '2017-09-08' },
    });
  });

  it('fixes dd/mm/yyyy when the day is over 12, mm/dd/yyyy when the month position is, and equal numbers', () => {
    expect(refineWith(check, date, '25/12/2020')).toMatchObject({ params: { order: 'dmy' }, fix: { to: '2020-12-25' } });
    expect(refineWith(check, date, '12/25/2020')).toMatchObject({ params: { order: 'mdy' }, fix: { to: '2020-12-25' } });
    expect(refineWith(check, date, '05.05.2020')).toMatchObject({ fix: { to: '2020-05-05' } });
    expect(refineWith(check, date, '1-3-2020')).toMatchObject({ params: { shape: 'JJ-MM-AAAA' } });
  });

  it('does not guess day/month when both are 12 or less: both readings, no fix', () => {
    const d = refineWith(check, date, '12/03/2020');
    expect(d).toEqual({ code: 'non-iso-date', params: { shape: 'JJ/MM/AAAA', readings: ['dmy', 'mdy'], candidates: ['2020-03-12', '2020-12-03'] } });
  });

  it('drops a midnight time spreadsheets add, but never another time', () => {
    expect(refineWith(check, date, '25/12/2020 00:00:00')).toMatchObject({ fix: { to: '2020-12-25' } });
    expect(refineWith(check, date, '2020-12-25T00:00:00')).toMatchObject({ fix: { to: '2020-12-25' } });
    expect(refineWith(check, date, '25/12/2020 14:30')).toBeNull();
  });

  it('writes datetimes in full', () => {
    const dt = fieldOf({ name: 'horodatage', type: 'datetime' });
    expect(refineWith(check, dt, '25/12/2020 14:30')).toMatchObject({ fix: { to: '2020-12-25T14:30:00' } });
  });

  it('reports impossible dates and 2-digit years without a fix', () => {
    expect(refineWith(check, date, '31/02/2020')).toEqual({ code: 'non-iso-date', params: { shape: 'JJ/MM/AAAA', invalid: 'no-such-date' } });
    expect(refineWith(check, date, '12/03/20')).toEqual({ code: 'non-iso-date', params: { shape: 'JJ/MM/AA', invalid: 'short-year' } });
  });

  it('rewrites the dates of a period a pattern describes (Somme: 2017/09/08_2021/09/07, Lot: 2018-01-01_2018-03-31)', () => {
    expect(refineWith(check, period, '2017/09/08_2021/09/07', 'constraint-error', 'pattern')).toMatchObject({
      params: { shape: 'AAAA/MM/JJ', separator: '_' },
      fix: { to: '2017-09-08/2021-09-07' },
    });
    expect(refineWith(check, period, '2018-01-01_2018-03-31', 'constraint-error', 'pattern')).toMatchObject({ fix: { to: '2018-01-01/2018-03-31' } });
    expect(refineWith(check, period, '25/12/2020', 'constraint-error', 'pattern')).toMatchObject({ fix: { to: '2020-12-25' } });
    expect(refineWith(check, period, '01/02/2020 au 03/04/2020', 'constraint-error', 'pattern')).toMatchObject({
      params: { readings: ['dmy', 'mdy'], candidates: ['2020-02-01/2020-04-03', '2020-01-02/2020-03-04'] },
    });
  });

  it('stays silent on text columns without a date pattern and on other errors', () => {
    expect(refineWith(check, fieldOf({ name: 'objet' }), '12/03/2020', 'constraint-error', 'pattern')).toBe('not-applied');
    expect(refineWith(check, period, 'sans objet', 'constraint-error', 'pattern')).toBeNull();
    expect(refineWith(check, date, 'demain')).toBeNull();
    expect(refineWith(check, fieldOf({ name: 'd', type: 'date', format: '%d/%m/%Y' }), '2020-03-12')).toBe('not-applied');
  });
});
