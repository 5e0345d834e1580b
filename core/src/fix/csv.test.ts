import { describe, expect, it } from 'vitest';
import { readTable } from '../parse/table';
import { utf8Encode } from '../parse/unicode';
import { encodeTable, encodeText, UnencodableText, writeCsv, writeRecord } from './csv';
import type { Table } from './types';

const table = (over: Partial<Table> = {}): Table => ({
  preamble: [],
  header: ['a', 'b'],
  rows: [],
  format: { encoding: 'utf-8', bom: false, delimiter: ',', quoteChar: '"', lineTerminator: '\r\n' },
  ...over,
});

describe('CSV writer', () => {
  it('quotes only what needs it (RFC 4180) and doubles quotes', () => {
    expect(writeRecord(['x', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ' spaced ', '=1+1'], ',')).toBe('x,"a,b","say ""hi""","two\nlines","cr\r", spaced ,=1+1');
    expect(writeRecord(['a;b', 'c,d'], ';')).toBe('"a;b";c,d');
  });

  it('writes a lone empty cell as "" so it does not read back as a blank line', () => {
    expect(writeRecord([''], ',')).toBe('""');
    expect(writeRecord(['', ''], ',')).toBe(',');
  });

  it('ends every record with CRLF, keeps LF files LF, and turns mixed ends into CRLF', () => {
    expect(writeCsv(table({ rows: [['1', '2']] }))).toBe('a,b\r\n1,2\r\n');
    expect(writeCsv(table({ rows: [['1', '2']], format: { ...table().format, lineTerminator: '\n' } }))).toBe('a,b\n1,2\n');
    expect(writeCsv(table({ format: { ...table().format, lineTerminator: 'mixed' } }))).toBe('a,b\r\n');
  });

  it('writes title rows first', () => {
    expect(writeCsv(table({ preamble: [['Titre', '']] }))).toBe('Titre,\r\na,b\r\n');
  });

  it('reads back exactly what it wrote', () => {
    const t = table({ header: ['é', 'b"c'], rows: [['1,5', 'x\r\ny'], ['', ''], ['"q"', '']] });
    const back = readTable(encodeTable(t));
    expect([back.header, ...back.rows]).toEqual([t.header, ...t.rows]);
  });

  it('encodes UTF-8 with or without BOM, UTF-16 and single-byte encodings', () => {
    expect([...encodeText('é', { encoding: 'utf-8', bom: false })]).toEqual([0xc3, 0xa9]);
    expect([...encodeText('é', { encoding: 'utf-8', bom: true })]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect([...encodeText('é', { encoding: 'windows-1252', bom: false })]).toEqual([0xe9]);
    expect([...encodeText('€', { encoding: 'windows-1252', bom: false })]).toEqual([0x80]);
    expect([...encodeText('a', { encoding: 'utf-16le', bom: true })]).toEqual([0xff, 0xfe, 0x61, 0x00]);
    expect([...encodeText('a', { encoding: 'utf-16be', bom: false })]).toEqual([0x00, 0x61]);
  });

  it('refuses text the encoding cannot hold instead of writing ?', () => {
    expect(() => encodeText('日本', { encoding: 'windows-1252', bom: false })).toThrow(UnencodableText);
    expect([...encodeText('?', { encoding: 'iso-8859-1', bom: false })]).toEqual([0x3f]);
  });

  it('round-trips a real-looking file byte for byte', () => {
    const text = 'nom,montant\r\n"Asso ""A""",1.5\r\n';
    expect(encodeTable(readTable(utf8Encode(text)))).toEqual(utf8Encode(text));
  });
});
