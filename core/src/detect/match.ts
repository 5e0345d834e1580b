import { isNearMiss } from './fuzzy';
import { cleanLabel, normalizeLabel } from './normalize';
import type { CatalogEntry, ColumnMatch, MatchKind } from './types';

/**
 * How much a matched column counts. Exact beats normalised so that versions whose
 * labels differ only in style (menus 0.9 `menu_date` vs 1.x `menuDate`) are told
 * apart by the spelling the file uses; aliases and typos count for less, so a file
 * that uses the current names always fits better than one that does not.
 */
export const MATCH_WEIGHT: Readonly<Record<MatchKind, number>> = {
  exact: 1,
  normalized: 0.97,
  alias: 0.9,
  fuzzy: 0.8,
};

export interface PreparedHeader {
  labels: readonly string[];
  norms: readonly string[];
  /** Non-blank columns: trailing `;;;` columns say nothing about the schema. */
  count: number;
}

export interface EntryMatch {
  columns: ColumnMatch[];
  /** Sum of the weights of matched columns. */
  weight: number;
}

export function prepareHeader(header: readonly string[]): PreparedHeader {
  const labels = header.map((h) => cleanLabel(String(h ?? '')));
  const norms = labels.map(normalizeLabel);
  return { labels, norms, count: norms.filter((n) => n !== '').length };
}

interface Pair {
  index: number;
  field: number;
  kind: MatchKind;
}

/** Normalised names and aliases of an entry, computed once per entry object. */
interface PreparedEntry {
  norms: string[];
  byNorm: Map<string, number[]>;
  byAlias: Map<string, number[]>;
}

const prepared = new WeakMap<CatalogEntry, PreparedEntry>();

function prepareEntry(entry: CatalogEntry): PreparedEntry {
  let p = prepared.get(entry);
  if (p) return p;
  const push = (m: Map<string, number[]>, k: string, i: number): void => {
    if (k === '') return;
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  p = { norms: entry.fieldNames.map(normalizeLabel), byNorm: new Map(), byAlias: new Map() };
  for (const [i, name] of entry.fieldNames.entries()) {
    push(p.byNorm, p.norms[i] ?? '', i);
    for (const alias of entry.aliases?.[name] ?? []) push(p.byAlias, normalizeLabel(alias), i);
  }
  prepared.set(entry, p);
  return p;
}

/** Every pairing the labels allow. */
function namePairs(h: PreparedHeader, entry: CatalogEntry, p: PreparedEntry): Pair[] {
  const pairs: Pair[] = [];
  h.norms.forEach((norm, index) => {
    if (norm === '') return;
    for (const field of p.byNorm.get(norm) ?? []) {
      pairs.push({ index, field, kind: h.labels[index] === entry.fieldNames[field] ? 'exact' : 'normalized' });
    }
    for (const field of p.byAlias.get(norm) ?? []) pairs.push({ index, field, kind: 'alias' });
  });
  return pairs;
}

function fuzzyPairs(h: PreparedHeader, p: PreparedEntry, usedCols: Set<number>, usedFields: Set<number>): Pair[] {
  const pairs: Pair[] = [];
  h.norms.forEach((norm, index) => {
    if (norm === '' || usedCols.has(index)) return;
    p.norms.forEach((fn, field) => {
      if (!usedFields.has(field) && isNearMiss(norm, fn)) pairs.push({ index, field, kind: 'fuzzy' });
    });
  });
  return pairs;
}

/** Greedy one-to-one assignment: a duplicated column matches once, the copy counts as extra. */
function assign(pairs: Pair[], usedCols: Set<number>, usedFields: Set<number>, out: Pair[]): void {
  pairs.sort(
    (a, b) =>
      MATCH_WEIGHT[b.kind] - MATCH_WEIGHT[a.kind] ||
      Math.abs(a.index - a.field) - Math.abs(b.index - b.field) ||
      a.index - b.index,
  );
  for (const p of pairs) {
    if (usedCols.has(p.index) || usedFields.has(p.field)) continue;
    usedCols.add(p.index);
    usedFields.add(p.field);
    out.push(p);
  }
}

export function matchEntry(h: PreparedHeader, entry: CatalogEntry): EntryMatch {
  const usedCols = new Set<number>();
  const usedFields = new Set<number>();
  const chosen: Pair[] = [];
  const p = prepareEntry(entry);
  assign(namePairs(h, entry, p), usedCols, usedFields, chosen);
  // Typos are looked for only among what names left unmatched (a real name always
  // wins), and only in schemas some name already points to: that keeps detection
  // over the whole catalogue fast, and typos alone never make a match.
  if (chosen.length > 0 && usedCols.size < h.count && usedFields.size < entry.fieldNames.length) {
    assign(fuzzyPairs(h, p, usedCols, usedFields), usedCols, usedFields, chosen);
  }
  chosen.sort((a, b) => a.index - b.index);
  const columns: ColumnMatch[] = chosen.map((p) => ({
    index: p.index,
    header: h.labels[p.index] ?? '',
    field: entry.fieldNames[p.field] ?? '',
    kind: p.kind,
  }));
  const weight = chosen.reduce((s, p) => s + MATCH_WEIGHT[p.kind], 0);
  return { columns, weight };
}

/** Field positions (in schema order) of the matched columns, in header order. */
export function fieldOrder(m: EntryMatch, entry: CatalogEntry): number[] {
  return m.columns.map((c) => entry.fieldNames.indexOf(c.field));
}
