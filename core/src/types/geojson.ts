import { FAIL, SchemaProblem, type TypeImpl } from './types';
import { isGeoJson, isTopoJson } from './lib/geojson';
import { canonicalJson, parseJson } from './lib/json';

const VALIDATORS: Record<string, (v: unknown) => boolean> = { default: isGeoJson, topojson: isTopoJson };

/** A JSON object valid against frictionless's GeoJSON (`default`) or TopoJSON profile; the value is the parsed object. */
export const geojsonType: TypeImpl = {
  type: 'geojson',
  constraints: ['required', 'unique', 'enum'],
  reader(field) {
    if (!Object.hasOwn(VALIDATORS, field.format)) throw new SchemaProblem('', `geojson format "${field.format}" is not one of default, topojson`);
    const valid = VALIDATORS[field.format]!;
    return (raw) => {
      const v = parseJson(raw, '{');
      return v !== FAIL && valid(v) ? v : FAIL;
    };
  },
  jsonReader(field) {
    const valid = VALIDATORS[field.format] ?? isGeoJson;
    return (value) => (valid(value) ? value : FAIL);
  },
  key: canonicalJson,
  write: (value) => JSON.stringify(value),
};
