/**
 * How well a header fits one schema version, from 0 to 1.
 *
 * A Tversky index over columns: matched / (matched + extra + ½·missing). A column
 * the schema does not know costs twice as much as a schema field the file lacks,
 * because producers drop optional columns they do not fill, while a column of
 * another version (`rnaBeneficiaire` is 2.1 only) is strong evidence against a
 * version. Order only nudges the score (5 % at most): it tells versions apart
 * that share their columns (délibérations 1.1 vs 2.x) without making a misordered
 * file unrecognisable.
 */

export const EXTRA_COST = 1;
export const MISSING_COST = 0.5;
export const ORDER_WEIGHT = 0.05;

export function fitScore(matched: number, headerCount: number, fieldCount: number): number {
  if (matched <= 0) return 0;
  const extra = Math.max(0, headerCount - matched);
  const missing = Math.max(0, fieldCount - matched);
  return matched / (matched + EXTRA_COST * extra + MISSING_COST * missing);
}

/** Share of matched columns already in schema order: longest increasing subsequence / count. */
export function orderScore(positions: readonly number[]): number {
  if (positions.length < 2) return 1;
  const tails: number[] = [];
  for (const p of positions) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < p) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = p;
  }
  return tails.length / positions.length;
}

export function headerScore(matched: number, headerCount: number, fieldCount: number, positions: readonly number[]): number {
  return fitScore(matched, headerCount, fieldCount) * (1 - ORDER_WEIGHT * (1 - orderScore(positions)));
}
