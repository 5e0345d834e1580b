import type { ErrorSpec } from '../errors/types';
import type { CustomCheck } from './types';
import { columnParams, eachCell, type ColumnParams } from './single-column';

/**
 * `french-gps-coordinates`: a geopoint must fall in metropolitan France, Guadeloupe,
 * Martinique, Guyane, La Réunion or Mayotte, approximated by Validata's bounding
 * boxes. A point outside that lands inside once longitude and latitude are swapped
 * is reported with `swapped: true` (Validata's `reversed-french-gps-coordinates`).
 */

export const errors = {
  'french-gps-coordinates': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

// [lonMin, latMin, lonMax, latMax], copied from validata-core's FRANCE_BOUNDING_BOXES.
const BOXES: readonly (readonly [number, number, number, number])[] = [
  [-61.809839, 15.832041, -61.001959, 16.514488], // Guadeloupe
  [-61.229033, 14.388646, -60.809655, 14.878723], // Martinique
  [-54.60239, 2.111055, -51.619041, 5.748138], // Guyane
  [55.216526, -21.389631, 55.836654, -20.8718], // La Réunion
  [45.01833, -13.005254, 45.299985, -12.63659], // Mayotte
  [-5.141277, 41.333571, 9.560091, 51.088989], // Metropolitan France and Corsica
];

/** Strictly inside a box, as shapely's `Point.within(Polygon)` (the boundary is outside). */
export function inFrance(lon: number, lat: number): boolean {
  for (const [x0, y0, x1, y1] of BOXES) if (lon > x0 && lon < x1 && lat > y0 && lat < y1) return true;
  return false;
}

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

// Longitude and latitude of the current cell: filled by readPoint, no allocation per row.
const point = new Float64Array(2);

function setPoint(lon: unknown, lat: unknown): boolean {
  point[0] = Number(lon);
  point[1] = Number(lat);
  return Number.isFinite(point[0]) && Number.isFinite(point[1]);
}

/**
 * Reads the geopoint reader's value ([lon, lat] or {lon, lat}) into `point`, or
 * parses the text ("lon,lat", JSON array or object) when the column is not typed geopoint.
 */
function readPoint(value: unknown, raw: string): boolean {
  let v = value;
  if (typeof v === 'string') {
    const text = raw.trim();
    if (text.startsWith('[') || text.startsWith('{')) {
      try {
        v = JSON.parse(text);
      } catch {
        return false;
      }
    } else {
      const comma = text.indexOf(',');
      if (comma < 0 || text.indexOf(',', comma + 1) >= 0) return false;
      const lon = text.slice(0, comma);
      const lat = text.slice(comma + 1);
      return DECIMAL.test(lon) && DECIMAL.test(lat) && setPoint(lon, lat);
    }
  }
  if (Array.isArray(v)) return v.length === 2 && setPoint(v[0], v[1]);
  if (v && typeof v === 'object' && 'lon' in v && 'lat' in v) return setPoint(v.lon, v.lat);
  return false;
}

export const frenchGpsCoordinates: CustomCheck<ColumnParams> = {
  kind: 'custom',
  id: 'french-gps-coordinates',
  errors,
  params: columnParams,
  create({ column }, ctx) {
    // Points are read from the cast value (geopoint) or the text: the shared skip rules apply first.
    return eachCell('french-gps-coordinates', column, ctx, (text) => {
      if (!readPoint(ctx.read(column, text) ?? text, text)) return null;
      const lon = point[0] ?? NaN;
      const lat = point[1] ?? NaN;
      return inFrance(lon, lat) ? null : { swapped: inFrance(lat, lon), lon, lat };
    });
  },
};
