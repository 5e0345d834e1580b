import { describe, expect, it } from 'vitest';
import { patternInWords } from './pattern-words';

describe('patternInWords', () => {
  it.each([
    ['^\\d{14}$', '14 chiffres'],
    ['^W\\d{9}$', '« W » puis 9 chiffres'],
    ['^[0-9]{4}(\\/[0-9]{4})?$', '4 chiffres puis (facultatif : « / » puis 4 chiffres)'],
    ['^\\d\\.\\d{1,2}$', '1 chiffre puis « . » puis de 1 à 2 chiffres'],
    ['^[0-9][0-9AB][0-9]{3}$', '1 chiffre puis un caractère parmi 0–9, A, B puis 3 chiffres'],
    ['^(oui|non)$', '« oui » ou « non »'],
  ])('%s → %s', (p, words) => {
    expect(patternInWords(p)).toBe(words);
  });

  it('speaks English too', () => {
    expect(patternInWords('^W\\d{9}$', 'en')).toBe('"W" then 9 digits');
  });

  it('gives up on what it cannot say simply', () => {
    expect(patternInWords('^(?=.*\\d)[^@]+$')).toBeNull();
    expect(patternInWords('^a(b(c(d)))$')).toBeNull();
  });
});

describe('samplePattern', () => {
  it('gives a value the pattern accepts', async () => {
    const { samplePattern } = await import('./pattern-ast');
    for (const p of ['^\\d{14}$', '^W\\d{9}$', '^[0-9]{4}(\\/[0-9]{4})?$', '^\\d\\.\\d{1,2}$', '^[0-9][0-9AB][0-9]{3}$', '^(oui|non)$', '^[A-Z]{2}-\\d+$']) {
      const s = samplePattern(p);
      expect(s, p).not.toBeNull();
      expect(new RegExp(p).test(s!), `${p} → ${s}`).toBe(true);
    }
  });
});
