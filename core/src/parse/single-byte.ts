/** Windows-1252, ISO-8859-1 and ISO-8859-15 decoding, with or without a native TextDecoder. */

export type SingleByteEncoding = 'windows-1252' | 'iso-8859-1' | 'iso-8859-15';

// 0x80–0x9F in Windows-1252; 0 marks the five undefined bytes (kept as C1 controls, like WHATWG).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const LATIN9_DIFF: Record<number, number> = {
  0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178,
};

const tables = new Map<SingleByteEncoding, Uint16Array>();

function table(enc: SingleByteEncoding): Uint16Array {
  let t = tables.get(enc);
  if (!t) {
    t = new Uint16Array(256);
    for (let i = 0; i < 256; i++) t[i] = i;
    if (enc === 'windows-1252') CP1252_HIGH.forEach((cp, i) => (t![0x80 + i] = cp || 0x80 + i));
    if (enc === 'iso-8859-15') for (const [b, cp] of Object.entries(LATIN9_DIFF)) t[Number(b)] = cp;
    tables.set(enc, t);
  }
  return t;
}

const SLICE = 8192;

export function decodeSingleByte(bytes: Uint8Array, enc: SingleByteEncoding): string {
  const t = table(enc);
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(SLICE, bytes.length));
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(start + SLICE, bytes.length);
    for (let i = start; i < end; i++) units[i - start] = t[bytes[i]!]!;
    parts.push(String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[]));
  }
  return parts.join('');
}

/** Encodes text back (fixes write UTF-8, but tests damage files into Windows-1252). */
export function encodeSingleByte(text: string, enc: SingleByteEncoding): Uint8Array {
  const t = table(enc);
  const reverse = new Map<number, number>();
  for (let b = 0; b < 256; b++) reverse.set(t[b]!, b);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = reverse.get(text.charCodeAt(i)) ?? 0x3f;
  return out;
}

/**
 * Windows-1252 is what Excel writes on French Windows, so it is our default for
 * non-UTF-8 bytes. ISO-8859-15 is chosen only on evidence: no 0x80–0x9F byte (which
 * 8859-15 lacks) and a 0xA4 next to a digit, i.e. a euro sign in an amount.
 */
export function guessSingleByte(bytes: Uint8Array): SingleByteEncoding {
  let hasC1 = false;
  let euroLike = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) {
      hasC1 = true;
      break;
    }
    if (b === 0xa4) {
      const prev = bytes[i - 1] === 0x20 ? bytes[i - 2] : bytes[i - 1];
      const next = bytes[i + 1] === 0x20 ? bytes[i + 2] : bytes[i + 1];
      if ((prev !== undefined && prev >= 0x30 && prev <= 0x39) || (next !== undefined && next >= 0x30 && next <= 0x39)) euroLike = true;
    }
  }
  return !hasC1 && euroLike ? 'iso-8859-15' : 'windows-1252';
}
