/** Delimiter, quote and line terminator, sniffed from the first part of the text. */

export interface Dialect {
  delimiter: string;
  quoteChar: string;
  /** What the file uses: `\r\n`, `\n`, `\r` or `mixed`. */
  lineTerminator: '\r\n' | '\n' | '\r' | 'mixed';
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;

interface Tally {
  counts: number[];
}

/** Counts delimiters outside quotes, per record, over complete records of the sample. */
function tally(sample: string, delim: string, quote: string, complete: boolean): Tally {
  const counts: number[] = [];
  let inQuotes = false;
  let n = 0;
  let atFieldStart = true;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (inQuotes) {
      if (c === quote) {
        if (sample[i + 1] === quote) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === quote && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
    } else if (c === delim) {
      n++;
      atFieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && sample[i + 1] === '\n') i++;
      counts.push(n);
      n = 0;
      atFieldStart = true;
    } else atFieldStart = false;
  }
  if (complete && (n > 0 || !/[\r\n]$/.test(sample))) counts.push(n);
  return { counts };
}

function score(counts: number[]): { score: number; modal: number } {
  const nonBlank = counts.filter((c) => c > 0);
  if (nonBlank.length === 0) return { score: 0, modal: 0 };
  const freq = new Map<number, number>();
  for (const c of nonBlank) freq.set(c, (freq.get(c) ?? 0) + 1);
  let modal = 0;
  let best = 0;
  for (const [c, f] of freq) if (f > best || (f === best && c > modal)) [modal, best] = [c, f];
  // Consistency over all records (blank ones count against), then width as a tie-break.
  return { score: best / counts.length + Math.min(modal, 50) / 1000, modal };
}

function lineTerminator(sample: string): Dialect['lineTerminator'] {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = sample.indexOf('\r'); i !== -1; i = sample.indexOf('\r', i + 1)) {
    if (sample[i + 1] === '\n') crlf++;
    else if (i + 1 < sample.length) cr++;
  }
  for (let i = sample.indexOf('\n'); i !== -1; i = sample.indexOf('\n', i + 1)) if (sample[i - 1] !== '\r') lf++;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds > 1) return 'mixed';
  if (cr) return '\r';
  if (crlf) return '\r\n';
  return '\n';
}

/**
 * `complete` says the sample is the whole file (its last line counts). Otherwise the
 * last, possibly cut, line is ignored.
 */
export function sniffDialect(sample: string, complete: boolean): Dialect {
  const quoteChar = sniffQuote(sample);
  let best: { d: string; score: number } = { d: ',', score: 0 };
  for (const d of DELIMITERS) {
    const { score: s } = score(tally(sample, d, quoteChar, complete).counts);
    if (s > best.score) best = { d, score: s };
  }
  return { delimiter: best.d, quoteChar, lineTerminator: lineTerminator(sample) };
}

/** Single quotes are used as quote char by a few exporters; double quotes are the rule. */
function sniffQuote(sample: string): string {
  const head = sample.slice(0, 65536);
  const dq = (head.match(/(^|[,;\t|\n])"/g) ?? []).length;
  const sq = (head.match(/(^|[,;\t|\n])'[^'\n]*'(?=[,;\t|\r\n]|$)/g) ?? []).length;
  return sq > 3 && dq === 0 ? "'" : '"';
}
