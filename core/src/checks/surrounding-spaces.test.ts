import { describe, expect, it } from 'vitest';
import { cellWith, fieldOf, refineWith } from '../fix/testing';
import { surroundingSpaces as check } from './surrounding-spaces';

/** The same object warns on cells the schema accepts (`warnsOn` + `cell`). */
const warning = check;

const text = fieldOf({ name: 'nomBeneficiaire' });

describe('surrounding-spaces', () => {
  it('warns on leading/trailing spaces and no-break spaces, with a trim fix', () => {
    expect(cellWith(warning, text, ' Asso ')).toEqual({ type: 'surrounding-spaces', params: { spaces: ['space'] }, fix: { kind: 'trim-spaces', to: 'Asso' } });
    expect(cellWith(warning, text, 'Asso\u00a0')).toMatchObject({ params: { spaces: ['nbsp'] }, fix: { to: 'Asso' } });
    expect(cellWith(warning, text, 'Asso\r\n')).toMatchObject({ params: { spaces: ['newline'] } });
  });

  it('keeps inner spaces and clean cells', () => {
    expect(cellWith(warning, text, 'Asso des maires')).toBeNull();
    expect(cellWith(warning, text, 'a')).toBeNull();
  });

  it('explains an error of any field caused by spaces', () => {
    const date = fieldOf({ name: 'd', type: 'date' });
    expect(refineWith(check, date, '2020-03-12 ')).toMatchObject({ code: 'surrounding-spaces', fix: { to: '2020-03-12' } });
    expect(refineWith(check, date, '2020-13-12')).toBeNull();
  });
});

describe('surrounding-spaces, where it looks', () => {
  it('looks at every cell only where the schema accepts spaces in text: not numbers, dates, yes/no, codes or lists', () => {
    expect(warning.warnsOn!(fieldOf({ name: 'nom' }).field, fieldOf({ name: 'nom' }).schema)).toBe(true);
    const f = (d: Parameters<typeof fieldOf>[0]) => fieldOf(d);
    const looks = (d: Parameters<typeof fieldOf>[0]) => warning.warnsOn!(f(d).field, f(d).schema);
    expect(looks({ type: 'number' })).toBe(false);
    expect(looks({ type: 'date' })).toBe(false);
    expect(looks({ type: 'boolean' })).toBe(false);
    expect(looks({ constraints: { pattern: '^\\d{5}$' } })).toBe(false);
    expect(looks({ constraints: { pattern: '^[A-Z ]+$' } })).toBe(true);
    expect(looks({ constraints: { pattern: '^\\d{5}$' }, example: '01053' })).toBe(false);
    expect(looks({ constraints: { enum: ['a', 'b'] } })).toBe(false);
  });
});
