import { describe, expect, it } from 'vitest';
import { RecordReader } from './records';

function read(text: string, delimiter = ',', chunk = 0): { rows: string[][]; issues: string[] } {
  const r = new RecordReader(delimiter);
  const out: string[][] = [];
  if (chunk > 0) for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk), out);
  else r.push(text, out);
  r.end(out);
  return { rows: out, issues: r.issues.map((i) => `${i.kind}@${i.recordNumber}`) };
}

describe('RecordReader', () => {
  it('splits plain lines with any line terminator, mixed', () => {
    expect(read('a,b\r\n1,2\n3,4\r5,6').rows).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('does not emit a record for the final line terminator, but keeps empty lines', () => {
    expect(read('a,b\n\n1,2\n').rows).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('reads quoted fields with delimiters, escaped quotes and newlines', () => {
    expect(read('a,b\n"x, y","say ""hi""\nthere"\n').rows).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  });

  it('keeps a quote inside an unquoted field literal', () => {
    expect(read('a,b\n5" pipe,2\n').rows).toEqual([['a', 'b'], ['5" pipe', '2']]);
  });

  it('keeps text after a closing quote like Python csv and reports it, without swallowing the file', () => {
    const { rows, issues } = read('a,b\n"abc"def,2\n3,4\n');
    expect(rows).toEqual([['a', 'b'], ['abcdef', '2'], ['3', '4']]);
    expect(issues).toEqual(['stray-quote@2']);
  });

  it('reports an unclosed quote with its record number', () => {
    const { rows, issues } = read('a,b\n1,2\n"open,3\n4,5\n');
    expect(rows.slice(0, 2)).toEqual([['a', 'b'], ['1', '2']]);
    expect(issues).toEqual(['unclosed-quote@3']);
  });

  it('gives the same records whatever the chunking', () => {
    const text = 'h1;h2;h3\r\n"a;b";"c""d";e\r\n1;2;3\r\n"multi\r\nline";x;\r\n;;\r\n"end"';
    const whole = read(text, ';');
    for (const size of [1, 2, 3, 5, 7, 64]) expect(read(text, ';', size)).toEqual(whole);
    expect(whole.rows).toEqual([['h1', 'h2', 'h3'], ['a;b', 'c"d', 'e'], ['1', '2', '3'], ['multi\r\nline', 'x', ''], ['', '', ''], ['end']]);
  });

  it('handles a 1 MB cell across many chunks', () => {
    const big = 'x'.repeat(1024 * 1024);
    const { rows } = read(`a,b\n"${big}",1\n`, ',', 4096);
    expect(rows[1]![0]!.length).toBe(big.length);
    expect(rows[1]![1]).toBe('1');
  });
});
