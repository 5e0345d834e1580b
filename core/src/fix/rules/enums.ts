import type { Field } from '../../schema/types';

/**
 * A value of a closed list typed with other capitals, accents or spaces
 * (`Aide en numéraire` for `aide en numéraire`, `aide en numéraire ; aide en
 * nature`). Rewritten only when exactly one allowed value matches loosely.
 */
export function looseValue(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/ ?([;,/]) ?/g, '$1')
    .trim();
}

const byField = new WeakMap<Field, Map<string, string | null>>();

export function enumValueOf(raw: string, field: Field): string | null {
  const values = field.constraints.enum;
  if (!Array.isArray(values)) return null;
  let index = byField.get(field);
  if (!index) {
    index = new Map();
    for (const v of values) {
      const text = String(v);
      const key = looseValue(text);
      // Two allowed values equal once loosened: no way to tell which was meant.
      index.set(key, index.has(key) && index.get(key) !== text ? null : text);
    }
    byField.set(field, index);
  }
  const hit = index.get(looseValue(raw));
  return hit === undefined || hit === null || hit === raw ? null : hit;
}
