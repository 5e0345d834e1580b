import { describe, expect, it } from 'vitest';
import { concatBytes, encodeUtf8 } from './utf8';

describe('encodeUtf8', () => {
  it.each([
    ['', 'empty'],
    ['Subventions 2024', 'ascii'],
    ['Données à réutiliser : « élève », œuvre', 'accents and guillemets'],
    ['€ — ’', 'three-byte characters'],
    ['𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀', 'astral (surrogate pairs)'],
  ])('encodes %j like node (%s)', (text) => {
    expect(Buffer.from(encodeUtf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('replaces lone surrogates with U+FFFD, as TextEncoder does', () => {
    const lone = 'a\uD800b\uDC00';
    expect([...encodeUtf8(lone)]).toEqual([...new TextEncoder().encode(lone)]);
  });
});

describe('concatBytes', () => {
  it('joins buffers in order', () => {
    expect([...concatBytes([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])])]).toEqual([1, 2, 3]);
  });
});
