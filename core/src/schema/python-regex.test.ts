import { describe, it, expect } from 'vitest';
import { compilePythonRegex, PythonRegexError, translatePythonRegex } from './python-regex';
import truth from './python-regex.fixture.json';

/**
 * python-regex.fixture.json was produced by CPython 3.11's `re.fullmatch` on
 * every pattern published in SCDL schemas plus edge cases, against a shared set
 * of strings: `m` lists the strings that match.
 */
const { strings, cases } = truth as { strings: string[]; cases: { p: string; m: string[] }[] };

/** Documented difference: outside the BMP `.` matches one UTF-16 unit, half an emoji. */
const KNOWN: Record<string, string[]> = { '.': ['😀', '😁', '😃'] };

describe('python-regex: CPython fullmatch parity', () => {
  it.each(cases.map((c) => [c.p, c.m] as const))('%s', (pattern, matches) => {
    const re = compilePythonRegex(pattern);
    expect(re.flags).not.toContain('u');
    const got = strings.filter((s) => re.test(s));
    expect(got).toEqual(matches.filter((s) => !KNOWN[pattern]?.includes(s)));
  });
});

describe('python-regex: errors Python raises', () => {
  it.each([
    ['\\e', 'bad escape'],
    ['[\\A]', 'bad escape'],
    ['a**', 'multiple repeat'],
    ['*a', 'nothing to repeat'],
    ['^*', 'nothing to repeat'],
    ['(?P<1a>x)', 'bad character in group name'],
    ['(a)\\2', 'invalid group reference'],
    ['\\8', 'invalid group reference'],
    ['(a\\1)', 'open group'],
    ['[b-a]', 'bad character range'],
    ['[\\w-z]', 'bad character range'],
    ['a{3,2}', 'min repeat greater than max repeat'],
    ['(?L)a', "'L' flag"],
    ['\\x4', 'incomplete escape'],
    ['(?P=nope)', 'unknown group name'],
    ['(?(1)a|b)', 'not supported'],
    ['(a', 'missing )'],
    ['a)', 'unbalanced parenthesis'],
    ['[a', 'unterminated character set'],
  ])('%s', (pattern, message) => {
    expect(() => compilePythonRegex(pattern)).toThrow(PythonRegexError);
    expect(() => compilePythonRegex(pattern)).toThrow(message);
  });
});

describe('python-regex: translation', () => {
  it('compiles patterns that the u flag rejects', () => {
    for (const p of ["^[a-zA-Z0-9\\-\\'\\s\\d\\u00C0-\\u00FF]+$", '[\\–\\’]']) {
      expect(() => new RegExp(p, 'u')).toThrow();
      expect(compilePythonRegex(p).test("l'été-1")).toBe(p.startsWith('^'));
    }
  });

  it('anchors as a full match, even across a top-level alternation', () => {
    expect(compilePythonRegex('a|b').test('abc')).toBe(false);
    expect(compilePythonRegex('a|b', 'match').test('abc')).toBe(true);
    expect(compilePythonRegex('b', 'search').test('abc')).toBe(true);
  });

  it('uses the i flag only for a global (?i)', () => {
    expect(translatePythonRegex('(?i)a').flags).toBe('i');
    expect(translatePythonRegex('(?i:a)b').flags).toBe('');
  });

  it('caches compiled patterns', () => {
    expect(compilePythonRegex('\\w+')).toBe(compilePythonRegex('\\w+'));
  });

  it('matches Unicode word characters with \\w and \\b', () => {
    const re = compilePythonRegex('\\w+');
    for (const s of ['é', 'ç', 'ñ', 'Œuvre', '١٢', 'x²']) expect(re.test(s)).toBe(true);
    expect(re.test('e\u0301')).toBe(false); // a combining accent is not \w in Python
    expect(compilePythonRegex('.*\\bété\\b.*').test('un été chaud')).toBe(true);
    expect(compilePythonRegex('.*\\bét\\b.*').test('un été chaud')).toBe(false);
  });
});
