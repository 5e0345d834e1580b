/**
 * What a file really is, from its first bytes: agents rename .xlsx to .csv, portals
 * answer 404 pages as HTML, links point to PDFs. Each gets a precise message
 * instead of a wall of type errors.
 */
export type ContentKind = 'text' | 'xlsx' | 'ods' | 'zip' | 'xls' | 'pdf' | 'gzip' | 'image' | 'binary' | 'html' | 'json' | 'empty';

const startsWith = (b: Uint8Array, sig: number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);

function asciiWindow(b: Uint8Array, from: number, len: number): string {
  let s = '';
  for (let i = from; i < Math.min(b.length, from + len); i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** Looks at the first bytes (a few KB are enough). Text kinds are refined by `textKind`. */
export function binaryKind(b: Uint8Array): ContentKind {
  if (b.length === 0) return 'empty';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    const head = asciiWindow(b, 0, 4096);
    if (head.includes('opendocument.spreadsheet')) return 'ods';
    if (head.includes('[Content_Types].xml') || head.includes('xl/')) return 'xlsx';
    return 'zip';
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || startsWith(b, [0xff, 0xd8, 0xff]) || startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'image';
  // UTF-16 text has NULs too: only call it binary when it has no BOM and no UTF-16 rhythm.
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return 'text';
  const n = Math.min(b.length, 4096);
  let nul = 0;
  let control = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i]!;
    if (x === 0) {
      nul++;
      if (i % 2) oddNul++;
      else evenNul++;
    } else if (x < 0x09 || (x > 0x0d && x < 0x20 && x !== 0x1b)) control++;
  }
  const utf16Rhythm = nul > n * 0.3 && (oddNul < nul * 0.05 || evenNul < nul * 0.05);
  // Text files have no NUL and next to no control characters; binaries are full of both.
  if (!utf16Rhythm && nul > n * 0.005) return 'binary';
  if (control > n * 0.03) return 'binary';
  return 'text';
}

/** Text that is not a table: an HTML page (a 404, a login wall) or JSON. */
export function textKind(text: string): ContentKind {
  const head = text.slice(0, 1024).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(head|body|title|meta)\b/.test(head))) return 'html';
  if (head.startsWith('{')) return 'json';
  return 'text';
}
