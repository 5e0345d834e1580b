import { describe, it, expect } from 'vitest';
import type { ConstraintName, FieldDescriptor } from '../schema/types';
import { testCheck } from './test-compile';

/** Python regex, whole value (frictionless: `^pattern$` with re.match, see python-regex.ts). */
describe('pattern', () => {
  it.each([
    [{ type: 'string', constraints: { pattern: 'a|b' } }, 'pattern', 'a', true],
    [{ type: 'string', constraints: { pattern: 'a|b' } }, 'pattern', 'c', false],
    [{ type: 'string', constraints: { pattern: 'a|b' } }, 'pattern', 'abc', false],
    [{ type: 'string', constraints: { pattern: '^[\\w.]+$' } }, 'pattern', 'élève.x', true],
    [{ type: 'string', constraints: { pattern: '\\d{5}' } }, 'pattern', '75001', true],
    [{ type: 'string', constraints: { pattern: '\\d{5}' } }, 'pattern', '75001\n', false],
  ] as [Partial<FieldDescriptor>, ConstraintName, string, boolean][])('%j %s %j → %s', (d, name, raw, expected) => {
    expect(testCheck(d, name).check(raw) === true).toBe(expected);
  });
});
