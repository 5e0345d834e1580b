/** UTF-8 encoding without TextEncoder (core has no host globals): one implementation, in parse/. */
export { utf8Encode as encodeUtf8 } from '../parse/unicode';

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const part of parts) size += part.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
