import { isPlainObject } from './json';

/**
 * The GeoJSON and TopoJSON JSON Schemas frictionless validates `geojson` fields
 * against (draft-04 profiles shipped with frictionless v5), written out as code:
 * the `oneOf` branches are told apart by `type`, so each reduces to a switch.
 * Quirks of those profiles are kept: a position has exactly two numbers,
 * `crs: null` fails (both `oneOf` branches accept null), and items of
 * `features` that are not objects pass (the feature schema only constrains objects).
 */

type Json = unknown;

const isNumber = (v: Json): boolean => typeof v === 'number';
const isArrayOf = (v: Json, item: (x: Json) => boolean, min = 0): boolean => Array.isArray(v) && v.length >= min && v.every(item);

// GeoJSON
const position = (v: Json): boolean => Array.isArray(v) && v.length === 2 && isNumber(v[0]) && isNumber(v[1]);
const positions = (v: Json, min = 0): boolean => isArrayOf(v, position, min);
const lineString = (v: Json): boolean => positions(v, 2);
const polygon = (v: Json): boolean => isArrayOf(v, (r) => positions(r, 4));

const COORDINATES: Record<string, (v: Json) => boolean> = {
  Point: position,
  MultiPoint: (v) => positions(v),
  LineString: lineString,
  MultiLineString: (v) => isArrayOf(v, lineString),
  Polygon: polygon,
  MultiPolygon: (v) => isArrayOf(v, polygon),
};

function geometry(v: Json): boolean {
  if (!isPlainObject(v) || !('type' in v) || !('coordinates' in v)) return false;
  const check = typeof v.type === 'string' && Object.hasOwn(COORDINATES, v.type) ? COORDINATES[v.type] : undefined;
  return !!check && check(v.coordinates);
}

function feature(v: Json): boolean {
  if (!isPlainObject(v)) return true;
  if (!('geometry' in v) || !('properties' in v)) return false;
  if ('type' in v && v.type !== 'Feature') return false;
  if (v.geometry !== null && !geometry(v.geometry)) return false;
  return v.properties === null || isPlainObject(v.properties);
}

function crs(v: Json): boolean {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  if (!('type' in v) || !('properties' in v) || keys.some((k) => k !== 'type' && k !== 'properties')) return false;
  if (typeof v.type !== 'string' || !isPlainObject(v.properties)) return false;
  const p = v.properties;
  if (v.type === 'name') return 'name' in p && typeof p.name === 'string' && Object.keys(p).length === 1;
  if (v.type === 'link') return 'href' in p && typeof p.href === 'string' && (!('type' in p) || typeof p.type === 'string');
  return false;
}

export function isGeoJson(v: Json): boolean {
  if (!isPlainObject(v) || !('type' in v)) return false;
  if ('crs' in v && !crs(v.crs)) return false;
  if ('bbox' in v && !isArrayOf(v.bbox, isNumber)) return false;
  switch (v.type) {
    case 'GeometryCollection':
      return 'geometries' in v && isArrayOf(v.geometries, geometry);
    case 'Feature':
      return feature(v);
    case 'FeatureCollection':
      return 'features' in v && isArrayOf(v.features, feature);
    default:
      return geometry(v);
  }
}

// TopoJSON
const isInteger = (v: Json): boolean => Number.isInteger(v);
const topoPosition = (v: Json): boolean => isArrayOf(v, isNumber, 2);
const topoBbox = (v: Json): boolean => Array.isArray(v) && v.length === 2 && v.every((d) => isArrayOf(d, isNumber));

const ARCS: Record<string, (o: Record<string, Json>) => boolean> = {
  Point: (o) => 'coordinates' in o && topoPosition(o.coordinates),
  MultiPoint: (o) => 'coordinates' in o && isArrayOf(o.coordinates, topoPosition),
  LineString: (o) => 'arcs' in o && isArrayOf(o.arcs, isInteger),
  MultiLineString: (o) => 'arcs' in o && isArrayOf(o.arcs, (a) => isArrayOf(a, isInteger)),
  Polygon: (o) => 'arcs' in o && isArrayOf(o.arcs, (a) => isArrayOf(a, isInteger)),
  MultiPolygon: (o) => 'arcs' in o && isArrayOf(o.arcs, (p) => isArrayOf(p, (a) => isArrayOf(a, isInteger))),
  GeometryCollection: (o) => 'geometries' in o && isArrayOf(o.geometries, topoGeometry),
};

function topoGeometry(v: Json): boolean {
  if (!isPlainObject(v) || !('type' in v)) return false;
  if ('id' in v && typeof v.id !== 'string' && !isInteger(v.id)) return false;
  if ('properties' in v && !isPlainObject(v.properties)) return false;
  const check = typeof v.type === 'string' && Object.hasOwn(ARCS, v.type) ? ARCS[v.type] : undefined;
  return !!check && check(v);
}

function topology(v: Record<string, Json>): boolean {
  if (!('objects' in v) || !('arcs' in v)) return false;
  if (!isPlainObject(v.objects) || !Object.values(v.objects).every(topoGeometry)) return false;
  if (!isArrayOf(v.arcs, (arc) => isArrayOf(arc, (p) => p === null || topoPosition(p), 2))) return false;
  if ('transform' in v) {
    const t = v.transform;
    if (!isPlainObject(t) || !('scale' in t) || !('translate' in t)) return false;
    if (!isArrayOf(t.scale, isNumber, 2) || !isArrayOf(t.translate, isNumber, 2)) return false;
  }
  return true;
}

export function isTopoJson(v: Json): boolean {
  if (!isPlainObject(v) || !('type' in v)) return false;
  if ('bbox' in v && !topoBbox(v.bbox)) return false;
  return v.type === 'Topology' ? topology(v) : topoGeometry(v);
}
