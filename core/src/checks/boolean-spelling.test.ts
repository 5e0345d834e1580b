import { describe, expect, it } from 'vitest';
import { fieldOf, refineWith } from '../fix/testing';
import { booleanSpelling as check } from './boolean-spelling';

const ouiNon = fieldOf({ name: 'notificationUE', type: 'boolean', trueValues: ['oui'], falseValues: ['non'] });

describe('boolean-spelling', () => {
  it('rewrites true/false/1/0/Oui/NON into the schema values', () => {
    const cases: [string, string][] = [['Oui', 'oui'], ['NON', 'non'], ['true', 'oui'], ['FALSE', 'non'], ['1', 'oui'], ['0', 'non'], ['Vrai', 'oui'], [' NON ', 'non'], ['O', 'oui']];
    for (const [raw, to] of cases) {
      expect(refineWith(check, ouiNon, raw), raw).toEqual({ code: 'boolean-spelling', params: { expected: ['oui', 'non'] }, fix: { kind: 'boolean-values', to } });
    }
  });

  it('leaves unknown words alone (x, peut-être)', () => {
    expect(refineWith(check, ouiNon, 'x')).toBeNull();
    expect(refineWith(check, ouiNon, 'peut-être')).toBeNull();
  });

  it('uses the first true/false value of the field', () => {
    const defaults = fieldOf({ name: 'actif', type: 'boolean' });
    expect(refineWith(check, defaults, 'oui')).toMatchObject({ fix: { to: 'true' } });
    // Spaces around an accepted value are surrounding-spaces' business.
    expect(refineWith(check, defaults, ' True ')).toBeNull();
    expect(refineWith(check, fieldOf({ name: 'x' }), 'Oui')).toBe('not-applied');
  });
});
