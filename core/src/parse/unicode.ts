import { nativeDecoder } from './native';

/** UTF-8 and UTF-16 decoding: native TextDecoder when present, pure JS otherwise (Apps Script). */

const SLICE = 8192;

function flush(units: Uint16Array, n: number, parts: string[]): void {
  parts.push(String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]));
}

/** Pure-JS UTF-8; returns null on the first invalid sequence when `fatal`, else uses U+FFFD. */
export function utf8DecodeJs(bytes: Uint8Array, fatal: boolean): string | null {
  const parts: string[] = [];
  const units = new Uint16Array(SLICE + 2);
  let n = 0;
  let i = 0;
  const len = bytes.length;
  while (i < len) {
    const b = bytes[i]!;
    let cp = -1;
    let need = 0;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
    }
    let ok = cp >= 0;
    if (ok && need > 0) {
      if (i + need >= len) ok = false;
      for (let k = 1; ok && k <= need; k++) {
        const c = bytes[i + k]!;
        if ((c & 0xc0) !== 0x80) ok = false;
        else cp = (cp << 6) | (c & 0x3f);
      }
      // Overlongs, surrogates and values past U+10FFFF are invalid UTF-8.
      if (ok && ((need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    }
    if (!ok) {
      if (fatal) return null;
      cp = 0xfffd;
      need = 0;
    }
    i += need + 1;
    if (cp > 0xffff) {
      cp -= 0x10000;
      units[n++] = 0xd800 + (cp >> 10);
      units[n++] = 0xdc00 + (cp & 0x3ff);
    } else units[n++] = cp;
    if (n >= SLICE) {
      flush(units, n, parts);
      n = 0;
    }
  }
  flush(units, n, parts);
  return parts.join('');
}

const nativeUtf8Fatal = nativeDecoder('utf-8', true);
const nativeUtf8Lossy = nativeDecoder('utf-8', false);

/** Decodes complete UTF-8 bytes; null when invalid and `fatal`. */
export function utf8Decode(bytes: Uint8Array, fatal: boolean): string | null {
  const d = fatal ? nativeUtf8Fatal : nativeUtf8Lossy;
  if (!d) return utf8DecodeJs(bytes, fatal);
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** Length of an incomplete UTF-8 sequence at the end of `bytes` (0–3), to carry to the next chunk. */
export function utf8IncompleteTail(bytes: Uint8Array): number {
  const len = bytes.length;
  for (let back = 1; back <= Math.min(3, len); back++) {
    const b = bytes[len - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    return need >= back ? back : 0;
  }
  return 0;
}

export function utf16Decode(bytes: Uint8Array, littleEndian: boolean): string {
  const d = nativeDecoder(littleEndian ? 'utf-16le' : 'utf-16be', false);
  if (d) return d.decode(bytes);
  const parts: string[] = [];
  const units = new Uint16Array(SLICE);
  let n = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    units[n++] = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (n === SLICE) {
      flush(units, n, parts);
      n = 0;
    }
  }
  flush(units, n, parts);
  return parts.join('');
}

/** UTF-8 encoding without TextEncoder (absent in Apps Script, and not in ES2022 types). */
export function utf8Encode(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}
