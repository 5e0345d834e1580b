import OpeningHours from 'opening_hours';
import type { ErrorSpec } from '../errors/types';
import type { CustomCheck } from './types';
import { columnParams, eachCell, type ColumnParams } from './single-column';

/**
 * `opening-hours-value`: OSM `opening_hours` syntax. Validata uses the Rust parser
 * (opening-hours-py), which follows the specification closely; opening_hours.js is
 * tolerant: it repairs "lundi", "10-18", "10:00–18:00"… and only warns. Those
 * repairs are refused here, and three cases it accepts silently are caught before
 * parsing, so that what passes is what Validata accepts.
 */

export const errors = {
  'opening-hours-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

// Warnings that mean opening_hours.js repaired the value: the Rust grammar refuses it.
const REPAIRED = new Set([
  'word_error_correction', 'ambiguous_word', 'please_use_ok_for_ko', 'rant_degree_sign_used_for_zero', 'omit_ko',
  'without_minutes', 'use_multi', 'separator_for_readability', 'no_colon_after', 'nothing_useful',
  'value_ends_with_token', 'hour_min_separator', 'adding_0', 'switched', 'empty_comment',
]);

// Accepted silently by opening_hours.js, refused by the grammar: a leading space,
// one-digit minutes ("9:0"), spaces in a weekday range ("Mo - Fr").
const LEADING_SPACE = /^\s/;
const SILENTLY_ACCEPTED = /(?<!\d)\d{1,2}:\d(?!\d)|\b(?:mo|tu|we|th|fr|sa|su)(?: +-|- +| +- +)(?:mo|tu|we|th|fr|sa|su)\b/i;

export type HoursProblem = { problem: 'syntax' | 'repaired'; position: number };

// Time ranges only, as the `opening_hours` key and the Rust parser: "10:00" alone is refused.
const MODE_TIME_RANGES = 0;
const MARKER = ' <--- (';

function parse(value: string): HoursProblem | null {
  if (LEADING_SPACE.test(value)) return { problem: 'repaired', position: 0 };
  // Comments are free text: blank them (same length) before looking for silent repairs.
  const silent = SILENTLY_ACCEPTED.exec(value.includes('"') ? value.replace(/"[^"]*"/g, (c) => ' '.repeat(c.length)) : value);
  if (silent) return { problem: 'repaired', position: silent.index };
  let warnings;
  try {
    warnings = new OpeningHours(value, null, MODE_TIME_RANGES).getStructuredWarnings();
  } catch (e) {
    // Errors are strings "<value up to the problem> <--- (message)".
    const text = String(e);
    const cut = text.indexOf(MARKER);
    const position = cut >= 0 && value.startsWith(text.slice(0, cut)) ? cut : -1;
    return { problem: 'syntax', position };
  }
  for (const w of warnings) {
    if (REPAIRED.has(w.type)) return { problem: 'repaired', position: w.value === value ? (w.position ?? -1) : -1 };
  }
  return null;
}

// The same few values repeat on every row of a file: parse each once.
const CACHE_LIMIT = 1000;

/** null when valid; the problem and where it is (-1 when the library does not say). */
export function hoursProblem(value: string, cache?: Map<string, HoursProblem | null>): HoursProblem | null {
  const cached = cache?.get(value);
  if (cached !== undefined) return cached;
  const result = parse(value);
  if (cache && cache.size < CACHE_LIMIT) cache.set(value, result);
  return result;
}

/** The word at `position` (where the library points), to show the agent where to look. */
function near(value: string, position: number): string | undefined {
  if (position < 0 || position > value.length) return undefined;
  let start = position;
  while (start > 0 && value.charCodeAt(start - 1) > 32) start--;
  let end = position;
  while (end < value.length && value.charCodeAt(end) > 32) end++;
  return end > start ? value.slice(start, end) : undefined;
}

export const openingHoursValue: CustomCheck<ColumnParams> = {
  kind: 'custom',
  id: 'opening-hours-value',
  errors,
  params: columnParams,
  create({ column }, ctx) {
    const cache = new Map<string, HoursProblem | null>();
    return eachCell('opening-hours-value', column, ctx, (text) => {
      const found = hoursProblem(text, cache);
      return found ? { ...found, near: near(text, found.position) } : null;
    });
  },
};
