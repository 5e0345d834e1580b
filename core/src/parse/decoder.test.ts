import { describe, expect, it } from 'vitest';
import { StreamDecoder } from './decoder';
import { encodeSingleByte } from './single-byte';
import { utf8DecodeJs, utf8Encode } from './unicode';

function decode(bytes: Uint8Array, chunk = 0): { text: string; encoding: string; bom: boolean; bomMismatch: boolean; invalid: number } {
  const d = new StreamDecoder();
  let text = '';
  if (chunk) for (let i = 0; i < bytes.length; i += chunk) text += d.push(bytes.subarray(i, i + chunk));
  else text += d.push(bytes);
  text += d.end();
  const r = d.result;
  return { text, encoding: r.encoding, bom: r.bom, bomMismatch: r.bomMismatch, invalid: r.invalidSequences };
}

const sample = 'nom;montant\nRégion Bretagne;1 000,50 €\n« Œuvre » ’quote’;2\n';

describe('StreamDecoder', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decode(utf8Encode(sample))).toMatchObject({ text: sample, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Encode(sample)]);
    expect(decode(withBom)).toMatchObject({ text: sample, encoding: 'utf-8', bom: true });
  });

  it('falls back to Windows-1252 when the first non-ASCII bytes are not UTF-8, even late', () => {
    const ascii = 'a;b\n'.repeat(50_000);
    const bytes = encodeSingleByte(ascii + sample, 'windows-1252');
    for (const chunk of [0, 1000, 65536]) expect(decode(bytes, chunk)).toMatchObject({ text: ascii + sample, encoding: 'windows-1252' });
  });

  it('detects a UTF-8 BOM over a Windows-1252 body', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encodeSingleByte(sample, 'windows-1252')]);
    expect(decode(bytes)).toMatchObject({ text: sample, encoding: 'windows-1252', bom: true, bomMismatch: true });
  });

  it('reads UTF-16 LE and BE with BOM, split at odd offsets', () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decode(new Uint8Array(le), 3)).toMatchObject({ text: sample, encoding: 'utf-16le', bom: true });
    expect(decode(new Uint8Array(be), 5)).toMatchObject({ text: sample, encoding: 'utf-16be', bom: true });
  });

  it('keeps multi-byte characters split across chunks', () => {
    const bytes = utf8Encode('é'.repeat(1000) + '𝄞');
    expect(decode(bytes, 1).text).toBe('é'.repeat(1000) + '𝄞');
  });

  it('counts invalid sequences in a file that is mostly UTF-8', () => {
    const bytes = new Uint8Array([...utf8Encode('é;a\n'), 0xe9, 0x3b, 0x62, 0x0a]);
    const r = decode(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.invalid).toBe(1);
  });

  it('guesses ISO-8859-15 only on euro-sign evidence', () => {
    const bytes = encodeSingleByte('montant\n12 €\n', 'iso-8859-15');
    expect(decode(bytes).encoding).toBe('iso-8859-15');
  });
});

describe('pure-JS UTF-8', () => {
  it('agrees with the native decoder and rejects invalid input when fatal', () => {
    const bytes = utf8Encode(sample + '𝄞');
    expect(utf8DecodeJs(bytes, true)).toBe(sample + '𝄞');
    expect(utf8DecodeJs(new Uint8Array([0x61, 0xc3]), true)).toBeNull();
    expect(utf8DecodeJs(new Uint8Array([0xc0, 0xaf]), true)).toBeNull();
    expect(utf8DecodeJs(new Uint8Array([0x61, 0xe9, 0x62]), false)).toBe('a\ufffdb');
  });
});
