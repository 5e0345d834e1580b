import { describe, it, expect } from 'vitest';
import { FAIL, SchemaProblem } from './types';
import { stringType } from './string';
import { testField } from './test-field';
import truth from './scalar.fixture.json';

const reads = (format: string, cell: string): boolean => stringType.reader(testField({ type: 'string', format }))(cell) !== FAIL;

describe('string formats', () => {
  it.each([
    ['default', 'string', true],
    ['default', ' ', true],
    ['uri', 'http://google.com', true],
    ['uri', 'mailto:x@y.fr', true],
    ['uri', 'urn:isbn:0451450523', true],
    ['uri', 'c:\\temp', true],
    ['uri', '://no-scheme.test', false],
    ['uri', 'string', false],
    ['uri', 'www.example.com/page', false],
    ['uri', '/relative/path', false],
    ['email', 'name@gmail.com', true],
    ['email', 'jean.dupont+tag@mairie-paris.fr', true],
    ['email', '"quoted"@example.com', true],
    ['email', '"quoted name"@example.com', false],
    ['email', 'élise@exemple.fr', false],
    ['email', 'elise@exemple-é.fr', true],
    ['email', 'http://google.com', false],
    ['email', 'string', false],
    ['email', 'a@b@c.fr', false],
    ['email', 'a@localhost', false],
    ['email', 'a@x.f', false],
    ['email', 'a@x.fr', true],
    ['email', 'a@x.fr1', false],
    ['email', 'a@-x.fr', false],
    ['email', 'a@x..fr', false],
    ['email', 'a.@x.fr', false],
    ['email', 'a b@x.fr', false],
    ['email', 'ab@x.fr ', false],
    ['email', `${'a'.repeat(65)}@x.fr`, false],
    ['wkt', 'POINT (30 10)', true],
    ['wkt', 'point(30 10)', true],
    ['wkt', 'POINT Z (1 2 3)', true],
    ['wkt', 'LINESTRING (30 10, 10 30, 40 40)', true],
    ['wkt', 'POLYGON ((30 10, 40 40, 20 40, 10 20, 30 10), (20 30, 35 35, 30 20, 20 30))', true],
    ['wkt', 'MULTIPOINT ((10 40), (40 30))', true],
    ['wkt', 'MULTIPOINT (10 40, 40 30)', true],
    ['wkt', 'MULTIPOLYGON (((30 20, 45 40, 10 40, 30 20)), ((15 5, 40 10, 10 20, 5 10, 15 5)))', true],
    ['wkt', 'GEOMETRYCOLLECTION (POINT (40 10), LINESTRING (10 10, 20 20))', true],
    ['wkt', 'POINT EMPTY', true],
    ['wkt', 'POINT (30)', false],
    ['wkt', 'POINT (30 10', false],
    ['wkt', 'CIRCLE (1 2)', false],
    ['wkt', 'string', false],
  ])('%s %j → %s', (format, cell, ok) => {
    expect(reads(format, cell)).toBe(ok);
  });

  it.each(truth.uuid as [string, boolean][])('uuid %j (Python uuid.UUID) → %s', (cell, ok) => {
    expect(reads('uuid', cell)).toBe(ok);
  });

  it.each(truth.binary as [string, boolean][])('binary %j (Python base64.b64decode) → %s', (cell, ok) => {
    expect(reads('binary', cell)).toBe(ok);
  });

  it('rejects an unknown format, as frictionless does', () => {
    expect(() => stringType.reader(testField({ type: 'string', format: 'phone' }))).toThrow(SchemaProblem);
  });

  it('has no JSON reader: frictionless refuses non-string values for strings', () => {
    expect(stringType.jsonReader).toBeUndefined();
  });
});
