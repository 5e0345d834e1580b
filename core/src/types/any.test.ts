import { describe, it, expect } from 'vitest';
import { anyType } from './any';
import { testField } from './test-field';

describe('any', () => {
  const f = testField({ type: 'any' });

  it('keeps the cell as text', () => {
    expect(anyType.reader(f)('1')).toBe('1');
  });

  it('keeps JSON values as they are, so enum [1] does not match the cell "1" (frictionless)', () => {
    expect(anyType.jsonReader!(f)(1)).toBe(1);
    expect(anyType.key!(anyType.jsonReader!(f)(1))).not.toBe(anyType.key!('1'));
    expect(anyType.key!({ b: 1, a: 2 })).toBe(anyType.key!({ a: 2, b: 1 }));
  });
});
