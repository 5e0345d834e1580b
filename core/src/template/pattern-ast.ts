/**
 * A tiny parser for the simple regexes SCDL schemas use (digits, letter classes,
 * literals, optional groups, alternation, counted repeats). Anything beyond returns
 * null: callers then fall back to showing or not using the pattern.
 */

export type ClassKind = 'digit' | 'upper' | 'lower' | 'letter' | 'word' | 'space' | 'any';

export type Atom =
  | { kind: 'literal'; text: string }
  | { kind: 'class'; cls: ClassKind }
  | { kind: 'set'; items: string[] }
  | { kind: 'group'; alts: Node[][] };

export interface Node {
  atom: Atom;
  min: number;
  max: number;
}

function classOf(body: string): ClassKind | null {
  const set = body.replace(/\\d/g, '0-9');
  if (set === '0-9') return 'digit';
  if (set === 'A-Z') return 'upper';
  if (set === 'a-z') return 'lower';
  if (set === 'A-Za-z' || set === 'a-zA-Z') return 'letter';
  return null;
}

function parseAlts(p: string, at: { i: number }, depth: number): Node[][] | null {
  const alts: Node[][] = [[]];
  while (at.i < p.length) {
    const c = p[at.i]!;
    if (c === ')') break;
    if (c === '|') {
      alts.push([]);
      at.i++;
      continue;
    }
    if ((c === '^' && at.i === 0) || (c === '$' && at.i === p.length - 1)) {
      at.i++;
      continue;
    }
    let atom: Atom;
    if (c === '\\') {
      const e = p[at.i + 1];
      at.i += 2;
      if (e === 'd') atom = { kind: 'class', cls: 'digit' };
      else if (e === 'w') atom = { kind: 'class', cls: 'word' };
      else if (e === 's') atom = { kind: 'class', cls: 'space' };
      else if (e !== undefined && /[^a-zA-Z0-9]/.test(e)) atom = { kind: 'literal', text: e };
      else return null;
    } else if (c === '[') {
      const end = p.indexOf(']', at.i + 1);
      if (end === -1) return null;
      const body = p.slice(at.i + 1, end);
      at.i = end + 1;
      if (body.startsWith('^') || body === '') return null;
      const cls = classOf(body);
      atom = cls ? { kind: 'class', cls } : { kind: 'set', items: body.replace(/\\(.)/g, '$1').match(/.-.|./gs) ?? [] };
    } else if (c === '(') {
      if (depth > 1) return null;
      at.i++;
      if (p.startsWith('?:', at.i)) at.i += 2;
      else if (p[at.i] === '?') return null;
      const inner = parseAlts(p, at, depth + 1);
      if (!inner || p[at.i] !== ')') return null;
      at.i++;
      atom = { kind: 'group', alts: inner };
    } else if (c === '.') {
      atom = { kind: 'class', cls: 'any' };
      at.i++;
    } else if (/[*+?{}^$]/.test(c)) {
      return null;
    } else {
      atom = { kind: 'literal', text: c };
      at.i++;
    }
    let min = 1;
    let max = 1;
    const q = p[at.i];
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(at.i));
      if (!m) return null;
      min = +m[1]!;
      max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
      at.i += m[0].length - 1;
    }
    if (q === '?' || q === '*' || q === '+' || q === '{') at.i++;
    alts[alts.length - 1]!.push({ atom, min, max });
  }
  return alts;
}

export function parsePattern(pattern: string): Node[][] | null {
  const at = { i: 0 };
  const alts = parseAlts(pattern, at, 0);
  return alts && at.i === pattern.length ? alts : null;
}

const SAMPLE: Record<ClassKind, string> = { digit: '0123456789', upper: 'ABCDEFGHIJ', lower: 'abcdefghij', letter: 'Abcdefghij', word: 'abcdefghij', space: '          ', any: 'abcdefghij' };

/** A value matching the pattern (first branch, fewest optional parts), or null. */
export function samplePattern(pattern: string): string | null {
  const alts = parsePattern(pattern);
  if (!alts) return null;
  const seq = (nodes: Node[]): string =>
    nodes
      .map((n) => {
        const times = n.min === 0 ? 0 : n.min;
        let one: string;
        if (n.atom.kind === 'literal') one = n.atom.text;
        else if (n.atom.kind === 'class') return SAMPLE[n.atom.cls].repeat(Math.ceil(times / 10) + 1).slice(0, times);
        else if (n.atom.kind === 'set') one = n.atom.items[0]!.charAt(0);
        else one = seq(n.atom.alts[0]!);
        return one.repeat(times);
      })
      .join('');
  return seq(alts[0]!);
}
