import { FAIL, SchemaProblem, type Fail, type Reader, type TypeImpl } from './types';
import { isPySpace } from './lib/chars';
import { isPlainObject, parseJson } from './lib/json';
import { parsePyDecimal } from './lib/py-number';

/**
 * Points are `[lon, lat]` number pairs, in range (longitude -180..180, latitude
 * -90..90, bounds included). Formats as frictionless reads them:
 * - `default`: `"lon, lat"`, split on the one comma, each side read by `Decimal()`;
 * - `array`: a JSON value unpacked into two items (`[lon, lat]`, but Python also
 *   unpacks a two-character string or a two-key object);
 * - `object`: a JSON object with exactly the keys `lon` and `lat`.
 */
export type Geopoint = readonly [number, number];

/** `Decimal(x)` on a JSON value: numbers, numeric strings and booleans (Python's bools are ints). */
function decimalOf(x: unknown): number | Fail {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string') return parsePyDecimal(x);
  return FAIL;
}

function point(lon: number | Fail, lat: number | Fail): Geopoint | Fail {
  if (lon === FAIL || lat === FAIL) return FAIL;
  // NaN fails both tests, as Decimal comparisons raise on it.
  if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) return FAIL;
  return [lon, lat];
}

function fromDefault(raw: string): Geopoint | Fail {
  const comma = raw.indexOf(',');
  if (comma < 0 || raw.indexOf(',', comma + 1) >= 0) return FAIL;
  return point(parsePyDecimal(raw, 0, comma), parsePyDecimal(raw, comma + 1));
}

function fromArray(v: unknown): Geopoint | Fail {
  if (Array.isArray(v)) return v.length === 2 ? point(decimalOf(v[0]), decimalOf(v[1])) : FAIL;
  if (typeof v === 'string') {
    const chars = [...v];
    return chars.length === 2 ? point(decimalOf(chars[0]), decimalOf(chars[1])) : FAIL;
  }
  if (isPlainObject(v)) {
    const keys = Object.keys(v);
    return keys.length === 2 ? point(decimalOf(keys[0]), decimalOf(keys[1])) : FAIL;
  }
  return FAIL;
}

function fromObject(v: unknown): Geopoint | Fail {
  if (!isPlainObject(v) || Object.keys(v).length !== 2 || !('lon' in v) || !('lat' in v)) return FAIL;
  return point(decimalOf(v.lon), decimalOf(v.lat));
}

const trimmedStart = (raw: string): boolean => raw.length > 0 && !isPySpace(raw.charCodeAt(0));

export const geopointType: TypeImpl = {
  type: 'geopoint',
  constraints: ['required', 'unique', 'enum'],
  reader(field): Reader {
    switch (field.format) {
      case 'default':
        return fromDefault;
      case 'array':
        return (raw) => {
          const v = parseJson(raw, '');
          return v === FAIL ? FAIL : fromArray(v);
        };
      case 'object':
        return (raw) => {
          const v = parseJson(raw, trimmedStart(raw) ? '{' : '');
          return v === FAIL ? FAIL : fromObject(v);
        };
      default:
        throw new SchemaProblem('', `geopoint format "${field.format}" is not one of default, array, object`);
    }
  },
  /** A pair given as JSON (array item, enum value) is taken as `(lon, lat)` whatever the format. */
  jsonReader: () => (value) => (Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'number' || typeof x === 'boolean') ? point(decimalOf(value[0]), decimalOf(value[1])) : FAIL),
  key: (value) => `${(value as Geopoint)[0]},${(value as Geopoint)[1]}`,
  write(value, field) {
    const [lon, lat] = value as Geopoint;
    if (field.format === 'array') return `[${lon}, ${lat}]`;
    if (field.format === 'object') return JSON.stringify({ lon, lat });
    return `${lon},${lat}`;
  },
};
