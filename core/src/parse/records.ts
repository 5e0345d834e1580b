/**
 * A push tokenizer for CSV text, shaped on Python's csv module (what frictionless
 * and Validata read with): `\r\n`, `\n` and `\r` all end a record, so mixed line
 * ends are fine; a quote only opens a field at its start; characters after a
 * closing quote are kept (`"abc"def` reads `abcdef`) instead of swallowing the rest
 * of the file, and are reported. Lines without quotes are split natively, which is
 * most lines of most files.
 */

export type RecordIssueKind = 'unclosed-quote' | 'stray-quote' | 'cell-too-large';

export interface RecordIssue {
  kind: RecordIssueKind;
  /** 1-based record number where it happened. */
  recordNumber: number;
}

/** Past this size of one pending record, an open quote is given up: the file is broken. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

export class RecordReader {
  private pending = '';
  private records = 0;
  readonly issues: RecordIssue[] = [];
  private stopped = false;
  /** The pending text ends inside an open quote: only a quote in new text can change that. */
  private openQuote = false;
  // Cached next positions in the text being parsed (indexOf from scratch per field is quadratic).
  private text = '';
  private nLF = -1;
  private nCR = -1;
  private nD = -1;
  private nQ = -1;

  constructor(
    private readonly delimiter: string,
    private readonly quote: string = '"',
  ) {}

  get recordCount(): number {
    return this.records;
  }

  /** True once a fatal issue stopped reading. */
  get halted(): boolean {
    return this.stopped;
  }

  push(text: string, out: string[][]): void {
    if (this.stopped || text.length === 0) return;
    if (this.openQuote && text.indexOf(this.quote) === -1 && text.length + this.pending.length <= MAX_RECORD_CHARS) {
      this.pending += text;
      return;
    }
    this.parse(this.pending + text, false, out);
  }

  end(out: string[][]): void {
    if (this.stopped) return;
    const rest = this.pending;
    this.pending = '';
    if (rest.length) this.parse(rest, true, out);
    this.text = '';
  }

  private lf(pos: number): number {
    if (this.nLF !== -1 && this.nLF < pos) this.nLF = this.text.indexOf('\n', pos);
    return this.nLF;
  }
  private cr(pos: number): number {
    if (this.nCR !== -1 && this.nCR < pos) this.nCR = this.text.indexOf('\r', pos);
    return this.nCR;
  }
  private dl(pos: number): number {
    if (this.nD !== -1 && this.nD < pos) this.nD = this.text.indexOf(this.delimiter, pos);
    return this.nD;
  }
  private qt(pos: number): number {
    if (this.nQ !== -1 && this.nQ < pos) this.nQ = this.text.indexOf(this.quote, pos);
    return this.nQ;
  }
  /** Next line terminator at or after pos, or -1. */
  private nl(pos: number): number {
    const a = this.lf(pos);
    const b = this.cr(pos);
    return a === -1 ? b : b === -1 ? a : a < b ? a : b;
  }

  private parse(text: string, final: boolean, out: string[][]): void {
    this.text = text;
    this.nLF = text.indexOf('\n');
    this.nCR = text.indexOf('\r');
    this.nD = text.indexOf(this.delimiter);
    this.nQ = text.indexOf(this.quote);
    this.openQuote = false;
    const len = text.length;
    const d = this.delimiter;
    let pos = 0;

    while (pos < len) {
      const nl = this.nl(pos);
      if (nl === -1 && !final) break; // incomplete last line: wait for more text
      // A \r ending the text may be the first half of a \r\n: read it with the next text.
      if (!final && nl === len - 1 && text.charCodeAt(nl) === 13) break;
      const lineEnd = nl === -1 ? len : nl;
      const q = this.qt(pos);
      if (q === -1 || q > lineEnd) {
        out.push(text.substring(pos, lineEnd).split(d));
        this.records++;
        pos = nl === -1 ? len : text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? nl + 2 : nl + 1;
        continue;
      }
      const r = this.quotedRecord(pos, final);
      if (r === null) break;
      if (r.cells) out.push(r.cells);
      this.records++;
      pos = r.next;
    }
    this.pending = pos < len ? text.substring(pos) : '';
    if (this.pending.length > MAX_RECORD_CHARS) {
      this.issues.push({ kind: 'cell-too-large', recordNumber: this.records + 1 });
      this.stopped = true;
      this.pending = '';
    }
  }

  /** Unquoted field end: next delimiter or line end at or after pos, or -1. */
  private fieldEnd(pos: number): number {
    const a = this.dl(pos);
    const b = this.nl(pos);
    return a === -1 ? b : b === -1 ? a : a < b ? a : b;
  }

  /** Reads one record that contains quotes, field by field. Null: needs more text. */
  private quotedRecord(start: number, final: boolean): { cells: string[] | null; next: number } | null {
    const text = this.text;
    const d = this.delimiter;
    const q = this.quote;
    const len = text.length;
    const cells: string[] = [];
    let stray = false;
    const done = (next: number) => {
      if (stray) this.issues.push({ kind: 'stray-quote', recordNumber: this.records + 1 });
      return { cells, next };
    };
    let pos = start;
    for (;;) {
      if (text[pos] === q) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const close = this.qt(from);
          if (close === -1) {
            if (!final) {
              this.openQuote = true;
              return null;
            }
            // The rest of the file would be one cell: the record is reported, not read as data.
            this.issues.push({ kind: 'unclosed-quote', recordNumber: this.records + 1 });
            return { cells: null, next: len };
          }
          value += text.substring(from, close);
          if (close + 1 === len && !final) return null; // could be an escaped quote cut in two
          if (text[close + 1] === q) {
            value += q;
            from = close + 2;
            continue;
          }
          pos = close + 1;
          break;
        }
        const c = text[pos];
        if (c !== undefined && c !== d && c !== '\n' && c !== '\r') {
          // Text after the closing quote: kept, as Python's csv does, and reported.
          const end = this.fieldEnd(pos);
          if (end === -1 && !final) return null;
          const stop = end === -1 ? len : end;
          stray = true;
          value += text.substring(pos, stop);
          pos = stop;
        }
        cells.push(value);
      } else {
        const end = this.fieldEnd(pos);
        if (end === -1 && !final) return null;
        const stop = end === -1 ? len : end;
        cells.push(text.substring(pos, stop));
        pos = stop;
      }
      const c = text[pos];
      if (c === undefined) return final ? done(len) : null;
      if (c === d) {
        pos += d.length;
        if (pos >= len) {
          if (!final) return null;
          cells.push('');
          return done(len);
        }
        continue;
      }
      if (c === '\r') {
        if (pos + 1 >= len && !final) return null;
        return done(text[pos + 1] === '\n' ? pos + 2 : pos + 1);
      }
      return done(pos + 1);
    }
  }
}
