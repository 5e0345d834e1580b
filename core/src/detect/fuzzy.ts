/**
 * Typo tolerance for header labels (`montantt`, `datesPeriodeVersment`): a bounded
 * edit distance on normalised labels. Short labels get none, since one letter
 * turns `nom` into `non` and generic short names collide across schemas.
 */

/** Allowed edits for a normalised label of this length. */
export function allowedEdits(length: number): number {
  if (length < 6) return 0;
  return length < 12 ? 1 : 2;
}

/** Levenshtein distance, or `max + 1` as soon as it is known to exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

export function isNearMiss(a: string, b: string): boolean {
  const max = Math.min(allowedEdits(a.length), allowedEdits(b.length));
  return max > 0 && a !== b && boundedDistance(a, b, max) <= max;
}
