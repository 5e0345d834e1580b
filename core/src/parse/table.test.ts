import { describe, expect, it } from 'vitest';
import { encodeSingleByte } from './single-byte';
import { headerRowOf, readTable } from './table';
import { utf8Encode } from './unicode';

describe('readTable', () => {
  it('reads a UTF-8 comma file with quoted cells', () => {
    const t = readTable(utf8Encode('a,b\r\n1,"x, ""y"""\r\n2,\r\n'));
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1', 'x, "y"'], ['2', '']]);
    expect(t.preamble).toEqual([]);
    expect(t.format).toEqual({ encoding: 'utf-8', bom: false, delimiter: ',', quoteChar: '"', lineTerminator: '\r\n' });
  });

  it('detects Windows-1252, semicolons and a BOM over a cp1252 body', () => {
    const body = encodeSingleByte('nom;montant\r\nSociété;1 000,50\r\n', 'windows-1252');
    const t = readTable(body);
    expect(t.format).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(t.rows[0]).toEqual(['Société', '1 000,50']);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const b = readTable(withBom);
    expect(b.format).toMatchObject({ encoding: 'windows-1252', bom: true });
    expect(b.bomMismatch).toBe(true);
    expect(b.header).toEqual(['nom', 'montant']);
  });

  it('keeps title rows above the header as the preamble, found with the schema’s names', () => {
    const t = readTable(utf8Encode('Subventions 2020;;\r\n;;\r\nnom;date;montant\r\nA;2020-01-01;1\r\n'), { fieldNames: ['nom', 'date', 'montant'] });
    expect(t.preamble).toEqual([['Subventions 2020', '', ''], ['', '', '']]);
    expect(t.header).toEqual(['nom', 'date', 'montant']);
    expect(headerRowOf(t)).toBe(3);
  });

  it('honours forced options', () => {
    const t = readTable(utf8Encode('x|y\r\na|b\r\n'), { delimiter: '|', headerRow: 2 });
    expect(t.header).toEqual(['a', 'b']);
    expect(t.preamble).toEqual([['x', 'y']]);
  });

  it('reads an empty file as an empty table', () => {
    expect(readTable(new Uint8Array()).header).toEqual([]);
  });
});
