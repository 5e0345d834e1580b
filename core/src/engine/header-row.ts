import { looseLabel } from './labels';

const NUMERIC = /^[-+]?[\d\s\u00a0.,]+%?$/;
const SCAN = 15;

const nonEmpty = (r: readonly string[]): number => r.reduce((n, c) => (c.trim() !== '' ? n + 1 : n), 0);

/**
 * Finds the header among the first records: exports often carry a title, a date or
 * a blank line above it. With a schema, the header is the record naming the most
 * fields; without one, the first wide record of text labels.
 * Returns the 0-based index of the header record.
 */
export function findHeaderRow(records: readonly (readonly string[])[], fieldNames?: readonly string[]): number {
  const n = Math.min(records.length, SCAN);
  if (fieldNames && fieldNames.length) {
    const names = new Set(fieldNames.map(looseLabel));
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < n; i++) {
      const score = records[i]!.reduce((s, c) => (names.has(looseLabel(c)) ? s + 1 : s), 0);
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (best >= 0 && bestScore >= Math.min(2, fieldNames.length)) return best;
  }
  let widest = 0;
  for (let i = 0; i < n; i++) widest = Math.max(widest, nonEmpty(records[i]!));
  if (widest <= 1) return firstNonBlank(records, n);
  const needed = Math.max(2, Math.ceil(widest * 0.5));
  for (let i = 0; i < n; i++) {
    const cells = records[i]!.filter((c) => c.trim() !== '');
    if (cells.length < needed) continue;
    const textual = cells.filter((c) => !NUMERIC.test(c.trim())).length;
    if (textual >= cells.length * 0.8) return i;
  }
  return firstNonBlank(records, n);
}

function firstNonBlank(records: readonly (readonly string[])[], n: number): number {
  for (let i = 0; i < n; i++) if (nonEmpty(records[i]!) > 0) return i;
  return 0;
}
