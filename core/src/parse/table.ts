import { findHeaderRow } from '../engine/header-row';
import { StreamDecoder, normalizeEncodingName, type Encoding } from './decoder';
import { sniffDialect } from './dialect';
import { RecordReader } from './records';

/**
 * A whole CSV file in memory, as records: what the fixes work on. Validation
 * streams and never needs this; fixes are for files agents edit by hand (a few
 * thousand rows), and planning one needs every cell at once.
 */

export interface TableFormat {
  /** Encoding the text is (to be) written in. */
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
  quoteChar: string;
  /** As read: `\r\n`, `\n`, `\r` or `mixed`. The writer keeps `\n` and `\r\n`, and writes `\r\n` for the others. */
  lineTerminator: '\r\n' | '\n' | '\r' | 'mixed';
}

export interface Table {
  /** Records above the header (title, date, blank lines): kept so nothing is lost unless a fix removes them. */
  preamble: string[][];
  header: string[];
  rows: string[][];
  format: TableFormat;
  /** Reading problems that no fix can undo (bytes that were not valid in the encoding). */
  invalidSequences?: number;
  /** A UTF-8 BOM sat on a body in another encoding. */
  bomMismatch?: boolean;
}

export interface ReadTableOptions {
  /** Forced encoding (else detected, as validation does). */
  encoding?: string;
  /** Forced delimiter (else sniffed). */
  delimiter?: string;
  /** 1-based record number of the header (else found below title rows). */
  headerRow?: number;
  /** The schema's field names: the header is then the record naming the most of them, as validation finds it. */
  fieldNames?: readonly string[];
}

/** Decodes and splits a file with the same decoder, sniffer and tokenizer as validation, so both see the same cells. */
export function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Table {
  const forced = options.encoding ? normalizeEncodingName(options.encoding) : undefined;
  const decoder = new StreamDecoder(forced);
  const text = decoder.push(bytes) + decoder.end();
  const info = decoder.result;
  const dialect = sniffDialect(text, true);
  if (options.delimiter) dialect.delimiter = options.delimiter;
  const reader = new RecordReader(dialect.delimiter, dialect.quoteChar);
  const records: string[][] = [];
  reader.push(text, records);
  reader.end(records);
  // The decoder drops a BOM it recognises; one it could not (a BOM inside the text) must not stick to the first label.
  const first = records[0];
  if (first && first[0]?.charCodeAt(0) === 0xfeff) first[0] = first[0].slice(1);
  let h = 0;
  if (options.headerRow !== undefined) h = Math.min(Math.max(0, options.headerRow - 1), Math.max(0, records.length - 1));
  else if (records.length) h = findHeaderRow(records, options.fieldNames);
  const table: Table = {
    preamble: records.slice(0, h),
    header: records[h] ?? [],
    rows: records.slice(h + 1),
    format: { encoding: info.encoding, bom: info.bom, delimiter: dialect.delimiter, quoteChar: dialect.quoteChar, lineTerminator: dialect.lineTerminator },
  };
  if (info.invalidSequences) table.invalidSequences = info.invalidSequences;
  if (info.bomMismatch) table.bomMismatch = true;
  return table;
}

/** 1-based record number of the header: what validation reports as its row. */
export function headerRowOf(table: Table): number {
  return table.preamble.length + 1;
}
