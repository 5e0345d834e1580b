import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSha1, sha1Hex } from './sha1';
import { encodeUtf8 } from './utf8';

const ascii = (s: string) => encodeUtf8(s);

describe('sha1', () => {
  it('matches the FIPS 180 test vectors', () => {
    expect(sha1Hex(ascii(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(sha1Hex(ascii('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(sha1Hex(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))
      .toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    expect(sha1Hex(ascii('The quick brown fox jumps over the lazy dog')))
      .toBe('2fd4e1c67a2d28fced849ee1bb76e7391b93eb12');
  });

  it('hashes one million "a" (many blocks)', () => {
    expect(sha1Hex(new Uint8Array(1_000_000).fill(0x61))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });

  it('agrees with node:crypto around the padding boundaries', () => {
    for (const size of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 4097]) {
      const data = randomBytes(size);
      expect(sha1Hex(new Uint8Array(data)), `size ${size}`).toBe(createHash('sha1').update(data).digest('hex'));
    }
  });

  it('gives the same digest fed in uneven pieces', () => {
    const data = new Uint8Array(randomBytes(10_000));
    const hasher = createSha1();
    for (let offset = 0, step = 1; offset < data.length; offset += step, step = (step * 7) % 131 + 1) {
      hasher.update(data.subarray(offset, offset + step));
    }
    expect(hasher.hex()).toBe(createHash('sha1').update(data).digest('hex'));
  });

  it('refuses updates after the digest', () => {
    const hasher = createSha1().update(ascii('a'));
    hasher.hex();
    expect(() => hasher.update(ascii('b'))).toThrow();
  });
});
