import { FAIL, type Fail } from '../types';

/**
 * JSON helpers for object, array, geojson and the keys of non-primitive values.
 * Python's `json.loads` also reads `NaN`/`Infinity` literals; JSON.parse does not
 * (no SCDL data relies on them).
 */

/** `json.loads`, or FAIL; skips the parser (and its exception) for text that cannot be JSON of the wanted kind. */
export function parseJson(raw: string, open: '{' | '[' | ''): unknown | Fail {
  if (open) {
    let i = 0;
    while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\n' || raw[i] === '\r')) i++;
    if (raw[i] !== open) return FAIL;
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return FAIL;
  }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A text key equal for equal values: object keys sorted (Python compares dicts
 * regardless of order), -0 as 0, BigInt as its digits.
 */
export function canonicalJson(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v === 0 ? 0 : v) : String(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
      const o = v as Record<string, unknown>;
      return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
    }
    default:
      return 'null';
  }
}

/** JSON.stringify that writes BigInt values as numbers. */
export const toJson = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));

/** Number of items of a list or keys of an object (Python's `len()`), for minLength/maxLength. */
export function collectionSize(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  if (isPlainObject(v)) return Object.keys(v).length;
  return -1;
}
