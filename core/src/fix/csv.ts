import { encodeSingleByte } from '../parse/single-byte';
import type { Table, TableFormat } from '../parse/table';
import { utf8Encode } from '../parse/unicode';

/**
 * RFC 4180 writing. Choices:
 * - Quote only cells that need it (delimiter, quote, CR or LF inside), quotes
 *   doubled: what Python's csv (frictionless, Validata) and Excel write, so a
 *   clean file read and written back is byte for byte the same.
 * - A record made of one empty cell is written `""`: otherwise it would read
 *   back as a blank line (Python's csv does the same).
 * - Line ends: CRLF, as RFC 4180, Excel and Python's csv write them, and every
 *   CSV reader accepts; a file that consistently used LF keeps LF (no whole-file
 *   diff for agents who keep their files in git). Mixed or CR-only ends become CRLF.
 *   Cells keep their own line breaks untouched. Every record ends with a line end.
 * - Leading `=`, `+`, `-`, `@` are NOT escaped: that would change the data. The
 *   `formula-like-cell` diagnostic warns instead.
 */
export function lineEndOf(format: Pick<TableFormat, 'lineTerminator'>): '\r\n' | '\n' {
  return format.lineTerminator === '\n' ? '\n' : '\r\n';
}

export function writeRecord(cells: readonly string[], delimiter: string, quote = '"'): string {
  if (cells.length === 1 && cells[0] === '') return quote + quote;
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (i) out += delimiter;
    if (c.includes(delimiter) || c.includes(quote) || c.includes('\n') || c.includes('\r')) out += quote + c.split(quote).join(quote + quote) + quote;
    else out += c;
  }
  return out;
}

/** The table as CSV text, in its own format (delimiter, line ends), title rows first. */
export function writeCsv(table: Table): string {
  const { delimiter, quoteChar } = table.format;
  const eol = lineEndOf(table.format);
  const parts: string[] = [];
  for (const r of table.preamble) parts.push(writeRecord(r, delimiter, quoteChar), eol);
  parts.push(writeRecord(table.header, delimiter, quoteChar), eol);
  for (const r of table.rows) parts.push(writeRecord(r, delimiter, quoteChar), eol);
  return parts.join('');
}

/** Characters the encoding cannot hold (a fix never adds any, but a user edit might). */
export class UnencodableText extends Error {
  constructor(
    readonly encoding: string,
    readonly char: string,
  ) {
    super(`${encoding} cannot encode ${JSON.stringify(char)}`);
    this.name = 'UnencodableText';
  }
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Text to bytes in the table's encoding, with its BOM when it has one. */
export function encodeText(text: string, format: Pick<TableFormat, 'encoding' | 'bom'>): Uint8Array {
  let body: Uint8Array;
  let bom: number[];
  switch (format.encoding) {
    case 'utf-8':
      body = utf8Encode(text);
      bom = [0xef, 0xbb, 0xbf];
      break;
    case 'utf-16le':
      body = utf16(text, true);
      bom = [0xff, 0xfe];
      break;
    case 'utf-16be':
      body = utf16(text, false);
      bom = [0xfe, 0xff];
      break;
    default: {
      body = encodeSingleByte(text, format.encoding);
      // encodeSingleByte writes `?` for what it cannot hold: refuse instead of losing a character.
      for (let i = 0; i < text.length; i++) {
        if (body[i] === 0x3f && text.charCodeAt(i) !== 0x3f) throw new UnencodableText(format.encoding, text.charAt(i));
      }
      // A BOM only exists in Unicode encodings: a UTF-8 BOM over a single-byte body is the bom-mismatch damage.
      bom = format.bom ? [0xef, 0xbb, 0xbf] : [];
    }
  }
  if (!format.bom || bom.length === 0) return body;
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}

/** The table as the bytes of a CSV file. */
export function encodeTable(table: Table): Uint8Array {
  return encodeText(writeCsv(table), table.format);
}
