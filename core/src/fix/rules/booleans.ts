import type { Field } from '../../schema/types';
import { trimSpaces } from './text';

/**
 * Yes/no written another way than the schema's `trueValues`/`falseValues`
 * (`oui`/`non` in SCDL): `Oui`, `NON`, `true`, `VRAI`, `1`, `O`/`N`... Each word has
 * one meaning whatever the column, so the rewrite is safe; a checkbox `x` has not
 * (its absence may mean no or unknown) and is left alone.
 */
const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'yes', 'y', 'o', '1']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', 'no', 'n', '0']);

export function rewriteBoolean(raw: string, field: Field): string | null {
  const t = trimSpaces(raw);
  const yes = field.trueValues[0];
  const no = field.falseValues[0];
  if (yes === undefined || no === undefined) return null;
  // Only spaces around an accepted value: keep its spelling.
  if (field.trueValues.includes(t) || field.falseValues.includes(t)) return t === raw ? null : t;
  const low = t.toLowerCase();
  if (field.trueValues.some((v) => v.toLowerCase() === low) || TRUE_WORDS.has(low)) return yes;
  if (field.falseValues.some((v) => v.toLowerCase() === low) || FALSE_WORDS.has(low)) return no;
  return null;
}
