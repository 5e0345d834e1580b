import { describe, expect, it } from 'vitest';
import { phoneNumberValue, phoneProblem } from './phone-number-value';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


describe('phone-number-value', () => {
  it('refuses a missing column parameter', () => {
    expect(runCheck(phoneNumberValue, {}, { fields: ['tel'], rows: [] }).problem).toBeDefined();
  });

  it('accepts French numbers written the usual ways, and international ones', () => {
    for (const v of [
      '01 99 00 27 37', '0199002737', '01.99.00.27.37', '01-99-00-27-37', '(01) 99 00 27 37',
      '+33 1 99 00 27 37', '+33 (0)1 99 00 27 37', '0033199002737', '06 12 34 56 78', '0800 123 456',
      '+44 20 7946 0958', '+1 202 555 0123', '+262 262 12 34 56',
    ]) {
      expect(phoneProblem(v), v).toBeNull();
    }
  });

  it('accepts French short numbers as is_valid_short_number does', () => {
    for (const v of ['15', '17', '18', '112', '115', '119', '3949', '3665', '118218', '116000']) {
      expect(phoneProblem(v), v).toBeNull();
    }
  });

  it('refuses numbers whose digits do not exist, which the min metadata would let through', () => {
    expect(phoneProblem('07 00 00 00 00')).toEqual({ problem: 'invalid' });
    expect(phoneProblem('01 99 00 27 3')).toEqual({ problem: 'invalid' });
    expect(phoneProblem('020 7946 0958')).toEqual({ problem: 'invalid' });
    expect(phoneProblem('99')).toEqual({ problem: 'invalid' });
  });

  it('refuses text that is not a phone number', () => {
    expect(phoneProblem('abc')).toEqual({ problem: 'unreadable' });
    expect(phoneProblem('1')).toEqual({ problem: 'unreadable' });
    expect(phoneProblem('01 99 00 27 37 / 06 12 34 56 78')).toEqual({ problem: 'unreadable' });
  });

  it('suggests the international form of overseas numbers written with 0', () => {
    expect(phoneProblem('0262 12 34 56')).toEqual({ problem: 'invalid', suggestion: '+262 262 12 34 56' });
    expect(phoneProblem('0590 12 34 56')).toEqual({ problem: 'invalid', suggestion: '+590 590 12 34 56' });
  });

  it('reports the cell, skips empty cells', () => {
    const { issues } = runCheck(phoneNumberValue, { column: 'no_appel' }, { fields: ['no_appel'], rows: [['0700000000'], [''], ['0612345678']] });
    expect(issues).toEqual([
      { type: 'phone-number-value', fieldName: 'no_appel', value: '0700000000', params: { problem: 'invalid' }, rowNumber: 2 },
    ]);
  });
  it('renders its messages, with the overseas suggestion', () => {
    const { issues } = runCheck(phoneNumberValue, { column: 't' }, { fields: ['t'], rows: [['abc'], ['0700000000'], ['0262 12 34 56']] });
    issues.forEach((i) => (clean(renderIssue(i).fr), clean(renderIssue(i).en)));
    expect(renderIssue(issues[2]!).fr).toContain('« +262 262 12 34 56 »');
  });
});
