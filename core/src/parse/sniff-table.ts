import { findHeaderRow } from '../engine/header-row';
import { binaryKind, textKind, type ContentKind } from './content-kind';
import { StreamDecoder } from './decoder';
import { sniffDialect } from './dialect';
import { RecordReader } from './records';

export interface SniffedTable {
  kind: ContentKind;
  header: string[];
  rows: string[][];
  /** 1-based record number of the header. */
  headerRow: number;
  encoding: string;
  bom: boolean;
  delimiter: string;
}

/**
 * A quick look at the start of a file — header, a sample of rows, encoding and
 * dialect — for detection and previews, without validating anything.
 */
export function sniffTable(bytes: Uint8Array, maxRows = 50, maxBytes = 256 * 1024): SniffedTable {
  const head = bytes.subarray(0, maxBytes);
  const complete = head.length === bytes.length;
  const empty: SniffedTable = { kind: 'empty', header: [], rows: [], headerRow: 0, encoding: 'utf-8', bom: false, delimiter: ',' };
  let kind = binaryKind(head);
  if (kind !== 'text') return { ...empty, kind };
  const decoder = new StreamDecoder();
  let text = decoder.push(head);
  if (complete) text += decoder.end();
  const info = decoder.result;
  kind = textKind(text);
  if (kind !== 'text') return { ...empty, kind, encoding: info.encoding, bom: info.bom };
  const dialect = sniffDialect(text, complete);
  const reader = new RecordReader(dialect.delimiter, dialect.quoteChar);
  const records: string[][] = [];
  reader.push(text, records);
  if (complete) reader.end(records);
  if (records.length === 0 || records.every((r) => r.every((c) => c.trim() === ''))) return { ...empty, encoding: info.encoding, bom: info.bom, delimiter: dialect.delimiter };
  const h = findHeaderRow(records);
  return {
    kind: 'text',
    header: records[h]!.map((l) => l.replace(/^\ufeff/, '')),
    rows: records.slice(h + 1, h + 1 + maxRows),
    headerRow: h + 1,
    encoding: info.encoding,
    bom: info.bom,
    delimiter: dialect.delimiter,
  };
}
