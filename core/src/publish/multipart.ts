/** multipart/form-data bodies built by hand: core has no FormData/Blob, and hosts send plain bytes. */

import { concatBytes, encodeUtf8 } from './utf8';

export type FormPart =
  | { name: string; value: string }
  | { name: string; filename: string; contentType: string; data: Uint8Array };

export interface MultipartBody {
  body: Uint8Array;
  contentType: string;
}

/** HTML's escaping for names in Content-Disposition (what browsers send, what werkzeug reads). */
function escapeName(name: string): string {
  return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  if (first === undefined) return 0;
  const head: number = first;
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(head); i !== -1 && i <= last; i = haystack.indexOf(head, i + 1)) {
    for (let j = 1; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function randomBoundary(random: () => number): string {
  let tail = '';
  for (let i = 0; i < 24; i += 1) tail += Math.floor(random() * 36).toString(36);
  return `----scdl${tail}`;
}

/**
 * Builds the body; the boundary is drawn at random and redrawn in the (astronomically unlikely)
 * case a file contains it.
 */
export function buildMultipart(parts: readonly FormPart[], random: () => number): MultipartBody {
  let boundary = randomBoundary(random);
  for (let tries = 0; tries < 8; tries += 1) {
    const marker = encodeUtf8(`--${boundary}`);
    if (!parts.some((p) => 'data' in p && indexOfBytes(p.data, marker) !== -1)) break;
    boundary = randomBoundary(random);
  }
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(part.name)}"`;
    if ('data' in part) {
      head += `; filename="${escapeName(part.filename)}"\r\nContent-Type: ${part.contentType}\r\n\r\n`;
      chunks.push(encodeUtf8(head), part.data, encodeUtf8('\r\n'));
    } else {
      chunks.push(encodeUtf8(`${head}\r\n\r\n${part.value}\r\n`));
    }
  }
  chunks.push(encodeUtf8(`--${boundary}--\r\n`));
  return { body: concatBytes(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
