import { describe, it, expect } from 'vitest';
import { FAIL, SchemaProblem } from './types';
import { geojsonType } from './geojson';
import { testField } from './test-field';

const ok = (format: string, cell: string): boolean => geojsonType.reader(testField({ type: 'geojson', format }))(cell) !== FAIL;
const point = '{"type": "Point", "coordinates": [2.35, 48.85]}';

/** frictionless's tests/fields/test_geojson.py and its GeoJSON/TopoJSON profiles. */
describe('geojson reader', () => {
  it.each([
    ['default', '{"geometry": null, "type": "Feature", "properties": {"\\u00c3": "\\u00c3"}}', true],
    ['default', point, true],
    ['default', '{"type": "Point", "coordinates": [0, 0, 0]}', false],
    ['default', '{"type": "Point", "coordinates": ["0", 0]}', false],
    ['default', '{"type": "LineString", "coordinates": [[0, 0]]}', false],
    ['default', '{"type": "LineString", "coordinates": [[0, 0], [1, 1]]}', true],
    ['default', '{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}', true],
    ['default', '{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}', false],
    ['default', '{"type": "MultiPolygon", "coordinates": []}', true],
    ['default', `{"type": "GeometryCollection", "geometries": [${point}]}`, true],
    ['default', `{"type": "Feature", "geometry": ${point}, "properties": null, "id": 7}`, true],
    ['default', `{"type": "Feature", "geometry": ${point}}`, false],
    ['default', `{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties": {}}]}`, true],
    ['default', '{"type": "FeatureCollection", "features": [1]}', true],
    ['default', `{"type": "Point", "coordinates": [1, 2], "bbox": [1, 2, 1, 2]}`, true],
    ['default', `{"type": "Point", "coordinates": [1, 2], "crs": {"type": "name", "properties": {"name": "EPSG:4326"}}}`, true],
    ['default', `{"type": "Point", "coordinates": [1, 2], "crs": null}`, false],
    ['default', '{"type": "Circle", "coordinates": [1, 2]}', false],
    ['default', '{}', false],
    ['default', 'string', false],
    ['default', '1', false],
    ['default', '3.14', false],
    ['topojson', '{"type": "LineString", "arcs": [42]}', true],
    ['topojson', '{"type": "Point", "coordinates": [1, 2, 3]}', true],
    ['topojson', '{"type": "Topology", "objects": {"a": {"type": "Polygon", "arcs": [[0]]}}, "arcs": [[[0, 0], [1, 1]]]}', true],
    ['topojson', '{"type": "Topology", "objects": {}, "arcs": [[[0, 0]]]}', false],
    ['topojson', '{"type": "LineString", "arcs": [1.5]}', false],
    ['topojson', 'string', false],
  ])('%s %s → %s', (format, cell, expected) => {
    expect(ok(format, cell)).toBe(expected);
  });

  it('rejects formats other than default and topojson', () => {
    expect(() => geojsonType.reader(testField({ type: 'geojson', format: 'wkt' }))).toThrow(SchemaProblem);
  });
});
