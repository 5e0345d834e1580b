import { fieldOrder, matchEntry, prepareHeader, type EntryMatch } from './match';
import { headerScore } from './score';
import type {
  CatalogEntry,
  DetectOptions,
  DetectionCandidate,
  DetectionMatch,
  DetectionResult,
} from './types';
import { countViolations } from './values';
import { compareVersions } from './version';

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_MARGIN = 0.05;
const DEFAULT_LIMIT = 5;
/** Scores this close come from the same header fit (same columns, same order). */
const TIE = 1e-9;

interface Scored {
  entry: CatalogEntry;
  match: EntryMatch;
  score: number;
}

interface Pick {
  best: Scored;
  tied: Scored[];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function candidate(s: Scored): DetectionCandidate {
  const { name, version, title, status } = s.entry;
  return { name, version, title, status, confidence: round(s.score) };
}

function newerFirst(a: Scored, b: Scored): number {
  return Number(b.entry.latest) - Number(a.entry.latest) || compareVersions(b.entry.version, a.entry.version);
}

/**
 * Among versions the header cannot tell apart, the one whose rules the sample
 * breaks least; the latest when values do not tell either (the common case:
 * identical versions, or a sample valid for all).
 */
function pickVersion(tied: Scored[], sample: readonly (readonly string[])[]): Scored {
  const ordered = [...tied].sort(newerFirst);
  if (sample.length === 0 || ordered.length === 1) return ordered[0] as Scored;
  let best = ordered[0] as Scored;
  let bestViolations = countViolations(best.entry.hints, best.match.columns, sample);
  for (const s of ordered.slice(1)) {
    const v = countViolations(s.entry.hints, s.match.columns, sample);
    if (v < bestViolations) {
      best = s;
      bestViolations = v;
    }
  }
  return best;
}

function pickPerSchema(scored: Scored[], sample: readonly (readonly string[])[]): Pick[] {
  const byName = new Map<string, Scored[]>();
  for (const s of scored) {
    const list = byName.get(s.entry.name);
    if (list) list.push(s);
    else byName.set(s.entry.name, [s]);
  }
  const picks: Pick[] = [];
  for (const versions of byName.values()) {
    const top = Math.max(...versions.map((v) => v.score));
    const tied = versions.filter((v) => top - v.score <= TIE);
    picks.push({ best: pickVersion(tied, sample), tied });
  }
  return picks.sort((a, b) => b.best.score - a.best.score || a.best.entry.name.localeCompare(b.best.entry.name));
}

/**
 * A file holding every column of one schema is that schema, rather than another
 * it would fit only by lacking columns (cnigfr/ensemble-paysager's fields are all
 * in sousunite-paysagere): close scores are then no reason to refuse.
 */
function completeBeats(a: Scored, b: Scored, headerCount: number): boolean {
  const complete = (s: Scored): boolean => s.match.columns.length === s.entry.fieldCount;
  const extra = (s: Scored): number => headerCount - s.match.columns.length;
  return complete(a) && !complete(b) && extra(a) <= extra(b);
}

/**
 * Which schema and version a table follows, from its header and, to break ties
 * between versions, a sample of its rows. Pure: the catalogue entries carry all
 * it needs. Says "no match" rather than guess: under the threshold, or when two
 * schemas fit almost equally well.
 */
export function detectSchema(
  header: readonly string[],
  sample: readonly (readonly string[])[],
  candidates: readonly CatalogEntry[],
  options: DetectOptions = {},
): DetectionResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const h = prepareHeader(header);
  if (h.count === 0) return { match: null, runnerUp: null, candidates: [], reason: 'no-header' };

  const scored: Scored[] = candidates.map((entry) => {
    const match = matchEntry(h, entry);
    return { entry, match, score: headerScore(match.weight, h.count, entry.fieldCount, fieldOrder(match, entry)) };
  });
  const picks = pickPerSchema(scored, sample).filter((p) => p.best.score > 0);
  const [first, second] = picks;
  const result: DetectionResult = {
    match: null,
    runnerUp: second ? candidate(second.best) : null,
    candidates: picks.slice(0, limit).map((p) => candidate(p.best)),
  };
  if (!first) return { ...result, reason: 'no-match' };

  // One or two matched columns fit a small schema by chance: ask for a few.
  const enough = first.best.match.columns.length >= Math.min(2, first.best.entry.fieldCount);
  if (first.best.score < threshold || !enough) return { ...result, reason: 'no-match' };
  if (second && first.best.score - second.best.score < margin && !completeBeats(first.best, second.best, h.count)) {
    return { ...result, reason: 'ambiguous' };
  }

  const match: DetectionMatch = {
    ...candidate(first.best),
    tiedVersions: first.tied
      .filter((s) => s !== first.best)
      .map((s) => s.entry.version)
      .sort(compareVersions),
    columns: first.best.match.columns,
  };
  return { ...result, match };
}
