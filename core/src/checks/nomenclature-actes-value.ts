import type { ErrorSpec } from '../errors/types';
import type { CustomCheck } from './types';
import { columnParams, eachCell, type ColumnParams } from './single-column';

/**
 * `nomenclature-actes-value` (new Validata name `nomenclature-acte`): the subject
 * of a deliberation starts with one of the nine headings of the ACTES nomenclature,
 * then "/", with no space around the slash. Case and accents do not matter.
 */

export const errors = {
  'nomenclature-actes-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

export const ACTES_HEADINGS = [
  'Commande publique',
  'Urbanisme',
  'Domaine et patrimoine',
  'Fonction publique',
  'Institutions et vie politique',
  'Libertés publiques et pouvoirs de police',
  'Finances locales',
  'Domaines de compétences par thèmes',
  'Autres domaines de compétences',
] as const;

const COMBINING_MARKS = /\p{Mn}/gu;
/** validata-core's norm_str: lower case, NFD, combining marks removed. */
const norm = (s: string): string => s.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
const HEADINGS = new Set(ACTES_HEADINGS.map(norm));
// Python's str.isspace() (unlike JS trimEnd: no U+FEFF, but U+001C–U+001F and U+0085).
const PY_SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
  0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Python's str.rstrip(). */
function rstrip(s: string): string {
  let end = s.length;
  while (end > 0 && PY_SPACES.has(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end);
}

export type ActesProblem =
  | { problem: 'missing-slash' }
  | { problem: 'space-around-slash' | 'unknown-heading'; heading: string };

export function actesProblem(value: string): ActesProblem | null {
  const slash = value.indexOf('/');
  if (slash < 0) return { problem: 'missing-slash' };
  const heading = value.slice(0, slash);
  const spaceAfter = value.includes('/ ');
  if (!spaceAfter && HEADINGS.has(norm(heading))) return null;
  if (spaceAfter || HEADINGS.has(norm(rstrip(heading)))) return { problem: 'space-around-slash', heading };
  return { problem: 'unknown-heading', heading };
}

// Subjects repeat a lot in a deliberations file: normalise each distinct one once.
const CACHE_LIMIT = 2000;

export const nomenclatureActesValue: CustomCheck<ColumnParams> = {
  kind: 'custom',
  id: 'nomenclature-actes-value',
  errors,
  params: columnParams,
  create({ column }, ctx) {
    const cache = new Map<string, ActesProblem | null>();
    return eachCell('nomenclature-actes-value', column, ctx, (text) => {
      let found = cache.get(text);
      if (found === undefined) {
        found = actesProblem(text);
        if (cache.size < CACHE_LIMIT) cache.set(text, found);
      }
      return found;
    });
  },
};
