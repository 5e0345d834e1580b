/**
 * Well-known text geometries (the `wkt` string format frictionless accepts).
 * A recursive-descent recogniser of the OGC simple-features grammar: POINT,
 * LINESTRING, POLYGON, MULTI*, GEOMETRYCOLLECTION, the curve and surface types,
 * Z/M/ZM and EMPTY, keywords in any case. frictionless uses a generated parser
 * of the same grammar; corner cases (SRID prefixes, exotic spacing) may differ.
 */

const SIMPLE: Record<string, number> = {
  POINT: 0,
  LINESTRING: 1,
  CIRCULARSTRING: 1,
  POLYGON: 2,
  TRIANGLE: 2,
  MULTIPOINT: 1,
  MULTILINESTRING: 2,
  MULTIPOLYGON: 3,
  POLYHEDRALSURFACE: 3,
  TIN: 3,
};
const COLLECTIONS = new Set(['GEOMETRYCOLLECTION', 'COMPOUNDCURVE', 'CURVEPOLYGON', 'MULTICURVE', 'MULTISURFACE']);

class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }
  word(): string {
    this.ws();
    const m = /^[A-Za-z]+/.exec(this.s.slice(this.i));
    if (!m) return '';
    this.i += m[0].length;
    return m[0].toUpperCase();
  }
  peekWord(): string {
    const save = this.i;
    const w = this.word();
    this.i = save;
    return w;
  }
  eat(ch: string): boolean {
    this.ws();
    if (this.s[this.i] === ch) {
      this.i++;
      return true;
    }
    return false;
  }
  number(): boolean {
    this.ws();
    const m = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) return false;
    this.i += m[0].length;
    return true;
  }
}

function point(c: Cursor, dims: number): boolean {
  for (let k = 0; k < dims; k++) if (!c.number()) return false;
  return true;
}

/** Nested lists of points, `depth` levels of parentheses deep. MULTIPOINT also allows bare points. */
function nested(c: Cursor, depth: number, dims: number, bareInner = false): boolean {
  if (c.peekWord() === 'EMPTY') return c.word() === 'EMPTY';
  if (!c.eat('(')) return false;
  do {
    if (depth === 0) {
      if (!point(c, dims)) return false;
      return c.eat(')');
    }
    if (depth === 1 && !bareInner) {
      if (!point(c, dims)) return false;
    } else if (bareInner && depth === 1) {
      if (c.peekWord() === 'EMPTY') c.word();
      else if (c.eat('(')) {
        if (!point(c, dims) || !c.eat(')')) return false;
      } else if (!point(c, dims)) return false;
    } else if (!nested(c, depth - 1, dims)) return false;
  } while (c.eat(','));
  return c.eat(')');
}

function dimensions(c: Cursor): number {
  const save = c.i;
  const w = c.word();
  if (w === 'Z' || w === 'M') return 3;
  if (w === 'ZM') return 4;
  c.i = save;
  return -1;
}

function geometry(c: Cursor): boolean {
  const kind = c.word();
  const dims = dimensions(c);
  const depth = SIMPLE[kind];
  if (depth !== undefined) {
    if (dims > 0) return nested(c, depth, dims, kind === 'MULTIPOINT');
    // Coordinates without a Z/M keyword may still have 2, 3 or 4 ordinates.
    return anyDims(c, depth, kind === 'MULTIPOINT');
  }
  if (!COLLECTIONS.has(kind)) return false;
  if (c.peekWord() === 'EMPTY') return c.word() === 'EMPTY';
  if (!c.eat('(')) return false;
  const bareDepth = kind === 'MULTISURFACE' ? 2 : 1;
  do {
    const inner = c.peekWord();
    // Inside curves and surfaces a bare list of points stands for a LINESTRING (or POLYGON) member.
    if (inner === '' || inner === 'EMPTY') {
      if (kind === 'GEOMETRYCOLLECTION' || !anyDims(c, bareDepth)) return false;
    } else if (!geometry(c)) return false;
  } while (c.eat(','));
  return c.eat(')');
}

function anyDims(c: Cursor, depth: number, bareInner = false): boolean {
  const start = c.i;
  for (let dims = 2; dims <= 4; dims++) {
    c.i = start;
    if (nested(c, depth, dims, bareInner)) return true;
  }
  return false;
}

export function isWkt(value: string): boolean {
  const c = new Cursor(value);
  if (!geometry(c)) return false;
  c.ws();
  return c.i === value.length;
}
