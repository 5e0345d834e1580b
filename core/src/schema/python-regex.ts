/**
 * Python `re` patterns (as Table Schema `pattern` constraints are written) run
 * as JavaScript RegExps compiled WITHOUT the `u` flag: published schemas escape
 * characters such as `\-` or `\'` inside and outside classes, which `u` rejects.
 *
 * The pattern is parsed as Python's `sre_parse` does (same errors for bad
 * escapes, ranges, repeats and group references) and re-emitted so it behaves as
 * a Python 3 `str` pattern:
 * - `\w`, `\d`, `\s`, `\b` are Unicode-aware (`\w` = letters, numbers and `_`,
 *   so `é`, `ç`, `ñ` are word characters), inside and outside brackets, unless
 *   `(?a)`; the expanded classes are built once, on first use, from the BMP;
 * - `.` stops only at `\n`, `$` also matches before a final `\n`, `^`/`$` under
 *   `(?m)` look at `\n` only, `\A`/`\Z` are the string bounds;
 * - `(?P<name>…)`, `(?P=name)`, `(?#…)`, inline flags `(?aimsx)` and scoped
 *   `(?i:…)`/`(?-i:…)`, atomic groups `(?>…)` and possessive `*+ ++ ?+ {m,n}+`
 *   (Python 3.11+), `{,n}`.
 *
 * Not supported (a SchemaProblem for the caller): conditional groups
 * `(?(1)…)` and `\N{NAME}`. Differences kept: characters outside the BMP count as
 * two units (`.` matches half of an emoji), lookbehinds may have variable width
 * (Python refuses), a backreference under a scoped `(?i:…)` compares exactly.
 *
 * Anchoring (`compilePythonRegex(p)`, the `fullmatch` mode) follows our design:
 * the whole cell must match. frictionless v5 compiles `^{pattern}$` and calls
 * `re.match`, so there `a|b` accepts `abc` (`^a` or `b$`) and a value may end
 * with a newline; a full match is what schema authors mean (conformance case
 * constraints/pattern-alternation-anchoring records the difference).
 */

export class PythonRegexError extends Error {}

type Shorthand = 'd' | 'D' | 'w' | 'W' | 's' | 'S';

type ClassItem = { lo: number; hi: number } | { sh: Shorthand; ascii: boolean };

type Node =
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; branches: Node[] }
  | { k: 'lit'; cp: number; icase: boolean }
  | { k: 'dot'; dotall: boolean }
  | { k: 'class'; neg: boolean; items: ClassItem[]; icase: boolean }
  | { k: 'anchor'; a: 'bol' | 'eol' | 'A' | 'Z' | 'b' | 'B'; multiline: boolean; ascii: boolean }
  | { k: 'group'; g: 'cap' | 'non' | 'la' | 'nla' | 'lb' | 'nlb' | 'atomic'; body: Node; index: number }
  | { k: 'backref'; index: number }
  | { k: 'repeat'; node: Node; min: number; max: number; lazy: boolean; possessive: boolean };

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  a: boolean;
}

const MAXREPEAT = Infinity;
const ASCII_LETTERS = /^[A-Za-z]$/;
const OCT = /^[0-7]$/;
const DIGIT = /^[0-9]$/;
const HEXDIGIT = /^[0-9A-Fa-f]$/;
const VERBOSE_SPACE = new Set([' ', '\t', '\n', '\r', '\v', '\f']);
const SPECIAL = new Set(['.', '\\', '[', '{', '(', ')', '*', '+', '?', '^', '$', '|']);
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*$/u;

/** Restart signal: a global flag group changed flags that earlier tokens were parsed under. */
class Restart {
  constructor(readonly flags: Flags) {}
}

class Parser {
  private pos = 0;
  private groups = 0;
  private readonly open = new Set<number>();
  private readonly names = new Map<string, number>();
  usesScopedCase = false;

  constructor(
    private readonly src: string,
    private readonly globals: Flags,
  ) {}

  private error(msg: string): PythonRegexError {
    return new PythonRegexError(`${msg} at position ${this.pos}`);
  }

  private peek(): string | undefined {
    if (this.pos >= this.src.length) return undefined;
    return String.fromCodePoint(this.src.codePointAt(this.pos)!);
  }

  private get(): string | undefined {
    const ch = this.peek();
    if (ch !== undefined) this.pos += ch.length;
    return ch;
  }

  private match(ch: string): boolean {
    if (this.peek() === ch) {
      this.pos += ch.length;
      return true;
    }
    return false;
  }

  parse(): Node {
    const node = this.parseAlt(this.globals);
    if (this.pos < this.src.length) throw this.error('unbalanced parenthesis');
    return node;
  }

  private parseAlt(flags: Flags): Node {
    const branches: Node[] = [this.parseSeq(flags)];
    while (this.match('|')) branches.push(this.parseSeq(flags));
    return branches.length === 1 ? branches[0]! : { k: 'alt', branches };
  }

  private parseSeq(flags: Flags): Node {
    const items: Node[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') break;
      this.get();
      if (flags.x) {
        if (VERBOSE_SPACE.has(ch)) continue;
        if (ch === '#') {
          while (this.peek() !== undefined && this.get() !== '\n');
          continue;
        }
      }
      if (ch === '\\') items.push(this.escape(flags));
      else if (!SPECIAL.has(ch)) items.push({ k: 'lit', cp: ch.codePointAt(0)!, icase: flags.i });
      else if (ch === '[') items.push(this.parseClass(flags));
      else if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
        let min: number;
        let max: number;
        if (ch === '?') [min, max] = [0, 1];
        else if (ch === '*') [min, max] = [0, MAXREPEAT];
        else if (ch === '+') [min, max] = [1, MAXREPEAT];
        else {
          if (this.peek() === '}') {
            items.push({ k: 'lit', cp: 0x7b, icase: false });
            continue;
          }
          const here = this.pos;
          let lo = '';
          let hi = '';
          while (this.peek() !== undefined && DIGIT.test(this.peek()!)) lo += this.get();
          if (this.match(',')) while (this.peek() !== undefined && DIGIT.test(this.peek()!)) hi += this.get();
          else hi = lo;
          if (!this.match('}')) {
            // Not a repeat: a literal brace, as in Python.
            this.pos = here;
            items.push({ k: 'lit', cp: 0x7b, icase: false });
            continue;
          }
          min = lo ? Number(lo) : 0;
          max = hi ? Number(hi) : MAXREPEAT;
          if (max < min) throw this.error('min repeat greater than max repeat');
        }
        const item = items[items.length - 1];
        if (!item || item.k === 'anchor') throw this.error('nothing to repeat');
        if (item.k === 'repeat') throw this.error('multiple repeat');
        const lazy = this.match('?');
        const possessive = !lazy && this.match('+');
        items[items.length - 1] = { k: 'repeat', node: item, min, max, lazy, possessive };
      } else if (ch === '.') items.push({ k: 'dot', dotall: flags.s });
      else if (ch === '^') items.push({ k: 'anchor', a: 'bol', multiline: flags.m, ascii: flags.a });
      else if (ch === '$') items.push({ k: 'anchor', a: 'eol', multiline: flags.m, ascii: flags.a });
      else if (ch === '(') {
        const g = this.parseGroup(flags);
        if (g) items.push(g);
      } else throw this.error(`unexpected ${ch}`);
    }
    return items.length === 1 ? items[0]! : { k: 'seq', items };
  }

  private parseGroup(flags: Flags): Node | null {
    let kind: 'cap' | 'non' | 'atomic' = 'cap';
    let name: string | null = null;
    let inner = flags;
    if (this.match('?')) {
      const c = this.get();
      if (c === undefined) throw this.error('unexpected end of pattern');
      if (c === 'P') {
        if (this.match('<')) {
          name = this.until('>');
          if (!IDENTIFIER.test(name)) throw this.error(`bad character in group name '${name}'`);
        } else if (this.match('=')) {
          const ref = this.until(')');
          const index = this.names.get(ref);
          if (index === undefined) throw this.error(`unknown group name '${ref}'`);
          if (this.open.has(index)) throw this.error('cannot refer to an open group');
          return { k: 'backref', index };
        } else throw this.error(`unknown extension ?P${this.peek() ?? ''}`);
      } else if (c === ':') kind = 'non';
      else if (c === '#') {
        for (;;) {
          const x = this.get();
          if (x === undefined) throw this.error('missing ), unterminated comment');
          if (x === ')') return null;
        }
      } else if (c === '=' || c === '!' || c === '<') {
        let g: 'la' | 'nla' | 'lb' | 'nlb' = c === '=' ? 'la' : 'nla';
        if (c === '<') {
          const d = this.get();
          if (d !== '=' && d !== '!') throw this.error(`unknown extension ?<${d ?? ''}`);
          g = d === '=' ? 'lb' : 'nlb';
        }
        const body = this.parseAlt(flags);
        if (!this.match(')')) throw this.error('missing ), unterminated subpattern');
        return { k: 'group', g, body, index: 0 };
      } else if (c === '(') throw this.error('conditional groups (?(...)...) are not supported');
      else if (c === '>') kind = 'atomic';
      else if ('aiLmsuxt-'.includes(c)) {
        // Global flags (null): Python 3.11 wants them first, older versions apply them anyway; so do we.
        const scoped = this.parseFlags(c, flags);
        if (!scoped) return null;
        inner = scoped;
        kind = 'non';
      } else throw this.error(`unknown extension ?${c}`);
    }
    let index = 0;
    if (kind === 'cap') {
      index = ++this.groups;
      if (name !== null) {
        if (this.names.has(name)) throw this.error(`redefinition of group name '${name}'`);
        this.names.set(name, index);
      }
      this.open.add(index);
    }
    const body = this.parseAlt(inner);
    if (!this.match(')')) throw this.error('missing ), unterminated subpattern');
    this.open.delete(index);
    return { k: 'group', g: kind, body, index };
  }

  /** Returns the flags of a scoped group, or null for a global `(?flags)` group (applied by restarting). */
  private parseFlags(first: string, flags: Flags): Flags | null {
    const add: Partial<Flags> = {};
    const del: Partial<Flags> = {};
    let c: string | undefined = first;
    const set = (target: Partial<Flags>, f: string): void => {
      if (f === 'L') throw this.error("bad inline flag: cannot use 'L' flag with a str pattern");
      if (f === 'i' || f === 'm' || f === 's' || f === 'x' || f === 'a') target[f] = true;
    };
    if (c !== '-') {
      for (;;) {
        set(add, c!);
        c = this.get();
        if (c === undefined) throw this.error('missing -, : or )');
        if (c === ')' || c === '-' || c === ':') break;
        if (!'aiLmsuxt'.includes(c)) throw this.error('unknown flag');
      }
    }
    if (c === ')') {
      const merged = { ...this.globals, ...add };
      if (Object.keys(add).some((k) => !this.globals[k as keyof Flags])) throw new Restart(merged);
      return null;
    }
    if (c === '-') {
      c = this.get();
      if (c === undefined || !'imsx'.includes(c)) throw this.error(c === undefined ? 'missing flag' : "bad inline flag: cannot turn off flags 'a', 'u' and 'L'");
      for (;;) {
        set(del, c);
        c = this.get();
        if (c === undefined) throw this.error('missing :');
        if (c === ':') break;
        if (!'imsx'.includes(c)) throw this.error('unknown flag');
      }
    }
    if (Object.keys(add).some((k) => del[k as keyof Flags])) throw this.error('bad inline flag: flag turned on and off');
    if ('i' in add || 'i' in del) this.usesScopedCase = true;
    const out = { ...flags };
    for (const k of Object.keys(add) as (keyof Flags)[]) out[k] = true;
    for (const k of Object.keys(del) as (keyof Flags)[]) out[k] = false;
    return out;
  }

  private until(end: string): string {
    let out = '';
    for (;;) {
      const c = this.get();
      if (c === undefined) throw this.error('missing group name');
      if (c === end) break;
      out += c;
    }
    if (!out) throw this.error('missing group name');
    return out;
  }

  private hex(n: number, what: string): number {
    let digits = '';
    for (let k = 0; k < n; k++) {
      const c = this.peek();
      if (c === undefined || !HEXDIGIT.test(c)) throw this.error(`incomplete escape \\${what}${digits}`);
      digits += this.get();
    }
    const cp = parseInt(digits, 16);
    if (cp > 0x10ffff) throw this.error(`bad escape \\${what}${digits}`);
    return cp;
  }

  /** Escapes shared by both contexts; null when `c` is not one of them. */
  private commonEscape(c: string): number | null {
    switch (c) {
      case 'a': return 7;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case '\\': return 92;
      case 'x': return this.hex(2, 'x');
      case 'u': return this.hex(4, 'u');
      case 'U': return this.hex(8, 'U');
      case 'N': throw this.error('\\N{...} escapes are not supported');
      default: return null;
    }
  }

  private escape(flags: Flags): Node {
    const c = this.get();
    if (c === undefined) throw this.error('bad escape (end of pattern)');
    switch (c) {
      case 'A': return { k: 'anchor', a: 'A', multiline: false, ascii: flags.a };
      case 'Z': return { k: 'anchor', a: 'Z', multiline: false, ascii: flags.a };
      case 'b': return { k: 'anchor', a: 'b', multiline: false, ascii: flags.a };
      case 'B': return { k: 'anchor', a: 'B', multiline: false, ascii: flags.a };
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return { k: 'class', neg: false, items: [{ sh: c, ascii: flags.a }], icase: false };
    }
    const common = this.commonEscape(c);
    if (common !== null) return { k: 'lit', cp: common, icase: flags.i };
    if (c === '0') {
      let oct = '0';
      while (oct.length < 3 && this.peek() !== undefined && OCT.test(this.peek()!)) oct += this.get();
      return { k: 'lit', cp: parseInt(oct, 8), icase: flags.i };
    }
    if (DIGIT.test(c)) {
      let digits = c;
      if (this.peek() !== undefined && DIGIT.test(this.peek()!)) {
        digits += this.get();
        if (OCT.test(digits[0]!) && OCT.test(digits[1]!) && this.peek() !== undefined && OCT.test(this.peek()!)) {
          digits += this.get();
          const cp = parseInt(digits, 8);
          if (cp > 0o377) throw this.error(`octal escape value \\${digits} outside of range 0-0o377`);
          return { k: 'lit', cp, icase: flags.i };
        }
      }
      const index = Number(digits);
      if (index > this.groups) throw this.error(`invalid group reference ${index}`);
      if (this.open.has(index)) throw this.error('cannot refer to an open group');
      return { k: 'backref', index };
    }
    if (ASCII_LETTERS.test(c)) throw this.error(`bad escape \\${c}`);
    return { k: 'lit', cp: c.codePointAt(0)!, icase: flags.i };
  }

  private classEscape(flags: Flags): ClassItem | number {
    const c = this.get();
    if (c === undefined) throw this.error('bad escape (end of pattern)');
    if (c === 'b') return 8;
    if (c === 'd' || c === 'D' || c === 'w' || c === 'W' || c === 's' || c === 'S') return { sh: c, ascii: flags.a };
    const common = this.commonEscape(c);
    if (common !== null) return common;
    if (OCT.test(c)) {
      let oct = c;
      while (oct.length < 3 && this.peek() !== undefined && OCT.test(this.peek()!)) oct += this.get();
      const cp = parseInt(oct, 8);
      if (cp > 0o377) throw this.error(`octal escape value \\${oct} outside of range 0-0o377`);
      return cp;
    }
    if (DIGIT.test(c) || ASCII_LETTERS.test(c)) throw this.error(`bad escape \\${c}`);
    return c.codePointAt(0)!;
  }

  private parseClass(flags: Flags): Node {
    const items: ClassItem[] = [];
    const neg = this.match('^');
    let empty = true;
    for (;;) {
      const c = this.get();
      if (c === undefined) throw this.error('unterminated character set');
      if (c === ']' && !empty) break;
      empty = false;
      const code1 = c === '\\' ? this.classEscape(flags) : c.codePointAt(0)!;
      if (this.match('-')) {
        const that = this.get();
        if (that === undefined) throw this.error('unterminated character set');
        if (that === ']') {
          items.push(typeof code1 === 'number' ? { lo: code1, hi: code1 } : code1, { lo: 45, hi: 45 });
          break;
        }
        const code2 = that === '\\' ? this.classEscape(flags) : that.codePointAt(0)!;
        if (typeof code1 !== 'number' || typeof code2 !== 'number' || code2 < code1) throw this.error('bad character range');
        items.push({ lo: code1, hi: code2 });
      } else items.push(typeof code1 === 'number' ? { lo: code1, hi: code1 } : code1);
    }
    return { k: 'class', neg, items, icase: flags.i };
  }
}

// ---- Unicode classes, built once ----

type Ranges = [number, number][];

function scanBmp(re: RegExp): Ranges {
  const out: Ranges = [];
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inSet = c < 0x10000 && (c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c));
    if (inSet && start < 0) start = c;
    else if (!inSet && start >= 0) {
      out.push([start, c - 1]);
      start = -1;
    }
  }
  return out;
}

const PY_SPACE: Ranges = [[0x09, 0x0d], [0x1c, 0x20], [0x85, 0x85], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];
const ASCII_SETS: Record<'d' | 'w' | 's', Ranges> = {
  d: [[48, 57]],
  w: [[48, 57], [65, 90], [95, 95], [97, 122]],
  s: [[9, 13], [32, 32]],
};
let unicodeSets: Record<'d' | 'w' | 's', Ranges> | null = null;

/** Python's `\w` (`str.isalnum()` or `_`: letters L*, numbers N*), `\d` (Nd) and `\s` (`str.isspace()`), BMP only. */
function sets(ascii: boolean): Record<'d' | 'w' | 's', Ranges> {
  if (ascii) return ASCII_SETS;
  unicodeSets ??= { w: scanBmp(/[\p{L}\p{N}_]/u), d: scanBmp(/\p{Nd}/u), s: PY_SPACE };
  return unicodeSets;
}

function complement(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of r) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return out;
}

function shorthandRanges(sh: Shorthand, ascii: boolean): Ranges {
  const base = sets(ascii)[sh.toLowerCase() as 'd' | 'w' | 's'];
  return sh === sh.toLowerCase() ? base : complement(base);
}

function normalize(r: Ranges): Ranges {
  const sorted = [...r].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

const hex4 = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

function unit(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return String.fromCharCode(c);
  return hex4(c);
}

function rangesSource(r: Ranges): string {
  let out = '';
  for (const [lo, hi] of r) out += lo === hi ? unit(lo) : hi === lo + 1 ? unit(lo) + unit(hi) : `${unit(lo)}-${unit(hi)}`;
  return out;
}

const sourceCache = new Map<string, string>();
function classSource(neg: boolean, r: Ranges): string {
  const key = `${neg}${r.map((x) => x.join('-')).join(',')}`;
  let s = sourceCache.get(key);
  if (s === undefined) {
    s = r.length === 0 ? (neg ? '[\\s\\S]' : '[^\\s\\S]') : `[${neg ? '^' : ''}${rangesSource(r)}]`;
    sourceCache.set(key, s);
  }
  return s;
}

function surrogates(cp: number): string {
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** Astral code points lo..hi as alternatives of surrogate pairs. */
function astralSource(lo: number, hi: number): string[] {
  const out: string[] = [];
  let cp = lo;
  while (cp <= hi) {
    const high = 0xd800 + ((cp - 0x10000) >> 10);
    const blockEnd = Math.min(hi, 0x10000 + ((high - 0xd800 + 1) << 10) - 1);
    const a = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    const b = 0xdc00 + ((blockEnd - 0x10000) & 0x3ff);
    out.push(hex4(high) + (a === b ? hex4(a) : `[${hex4(a)}-${hex4(b)}]`));
    cp = blockEnd + 1;
  }
  return out;
}

function caseVariants(cp: number): number[] {
  if (cp > 0xffff) return [cp];
  const ch = String.fromCharCode(cp);
  const out = new Set([cp]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if (v.length === 1) out.add(v.charCodeAt(0));
  return [...out];
}

// ---- Emission ----

class Emitter {
  private count = 0;
  private readonly map = new Map<number, number>();
  private wordClass: string | null = null;

  constructor(private readonly jsIgnoreCase: boolean) {}

  private word(ascii: boolean): string {
    if (ascii) return '[A-Za-z0-9_]';
    this.wordClass ??= classSource(false, shorthandRanges('w', false));
    return this.wordClass;
  }

  emit(n: Node): string {
    switch (n.k) {
      case 'seq':
        return n.items.map((x) => this.emit(x)).join('');
      case 'alt':
        return n.branches.map((x) => this.emit(x)).join('|');
      case 'lit':
        return this.literal(n.cp, n.icase && !this.jsIgnoreCase);
      case 'dot':
        return n.dotall ? '[\\s\\S]' : '[^\\n]';
      case 'class':
        return this.klass(n.neg, n.items, n.icase && !this.jsIgnoreCase);
      case 'anchor':
        return this.anchor(n.a, n.multiline, n.ascii);
      case 'backref': {
        const js = this.map.get(n.index);
        return js === undefined ? '(?:)' : `(?:\\${js})`;
      }
      case 'group':
        return this.group(n);
      case 'repeat':
        return this.repeat(n);
    }
  }

  private literal(cp: number, icase: boolean): string {
    if (cp > 0xffff) return `(?:${surrogates(cp)})`;
    if (icase) {
      const v = caseVariants(cp);
      if (v.length > 1) return `[${v.map(unit).join('')}]`;
    }
    return unit(cp);
  }

  private klass(neg: boolean, items: ClassItem[], icase: boolean): string {
    const bmp: Ranges = [];
    const astral: Ranges = [];
    for (const it of items) {
      if ('sh' in it) bmp.push(...shorthandRanges(it.sh, it.ascii));
      else {
        if (it.lo <= 0xffff) bmp.push([it.lo, Math.min(it.hi, 0xffff)]);
        if (it.hi > 0xffff) astral.push([Math.max(it.lo, 0x10000), it.hi]);
        if (icase && it.hi - it.lo < 512) {
          for (let c = it.lo; c <= Math.min(it.hi, 0xffff); c++) for (const v of caseVariants(c)) bmp.push([v, v]);
        }
      }
    }
    const ranges = normalize(bmp);
    if (astral.length === 0) return classSource(neg, ranges);
    const pairs = normalize(astral).flatMap(([lo, hi]) => astralSource(lo, hi));
    if (!neg) return `(?:${[classSource(false, ranges), ...pairs].join('|')})`;
    // Negated with astral members: one code point that is none of them.
    const bmpOthers = classSource(true, normalize([...ranges, [0xd800, 0xdfff]]));
    return `(?:(?!${pairs.join('|')})[\\ud800-\\udbff][\\udc00-\\udfff]|${bmpOthers})`;
  }

  private anchor(a: 'bol' | 'eol' | 'A' | 'Z' | 'b' | 'B', multiline: boolean, ascii: boolean): string {
    switch (a) {
      case 'bol':
        return multiline ? '(?:^|(?<=\\n))' : '^';
      case 'eol':
        return multiline ? '(?=\\n|$)' : '(?=\\n?$)';
      case 'A':
        return '^';
      case 'Z':
        return '$';
      case 'b':
      case 'B': {
        if (ascii) return `\\${a}`;
        const w = this.word(false);
        return a === 'b' ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
      }
    }
  }

  private group(n: Extract<Node, { k: 'group' }>): string {
    switch (n.g) {
      case 'cap': {
        const js = ++this.count;
        const body = this.emit(n.body);
        this.map.set(n.index, js);
        return `(${body})`;
      }
      case 'non':
        return `(?:${this.emit(n.body)})`;
      case 'la':
        return `(?=${this.emit(n.body)})`;
      case 'nla':
        return `(?!${this.emit(n.body)})`;
      case 'lb':
        return `(?<=${this.emit(n.body)})`;
      case 'nlb':
        return `(?<!${this.emit(n.body)})`;
      case 'atomic':
        return this.atomic(() => this.emit(n.body));
    }
  }

  /** JS has no atomic groups: a lookahead capture then a backreference to it matches the same text without backtracking into it. */
  private atomic(body: () => string): string {
    const js = ++this.count;
    return `(?=(${body()}))(?:\\${js})`;
  }

  private repeat(n: Extract<Node, { k: 'repeat' }>): string {
    const quant = (): string => {
      let q: string;
      if (n.min === 0 && n.max === Infinity) q = '*';
      else if (n.min === 1 && n.max === Infinity) q = '+';
      else if (n.min === 0 && n.max === 1) q = '?';
      else if (n.max === Infinity) q = `{${n.min},}`;
      else if (n.min === n.max) q = `{${n.min}}`;
      else q = `{${n.min},${n.max}}`;
      return n.lazy ? `${q}?` : q;
    };
    const atom = (): string => {
      const inner = this.emit(n.node);
      const single = (n.node.k === 'lit' && n.node.cp <= 0xffff && !inner.startsWith('(')) || (n.node.k === 'class' && inner.startsWith('[')) || n.node.k === 'dot';
      return single ? inner : `(?:${inner})`;
    };
    if (n.possessive) return this.atomic(() => atom() + quant());
    return atom() + quant();
  }
}

// ---- Public API ----

export type PyMatchMode = 'fullmatch' | 'match' | 'search';

const NO_FLAGS: Flags = { i: false, m: false, s: false, x: false, a: false };

function parsePattern(pattern: string): { node: Node; flags: Flags; scopedCase: boolean } {
  let flags = NO_FLAGS;
  for (let attempt = 0; attempt < 3; attempt++) {
    const parser = new Parser(pattern, flags);
    try {
      return { node: parser.parse(), flags, scopedCase: parser.usesScopedCase };
    } catch (e) {
      if (e instanceof Restart) flags = e.flags;
      else throw e;
    }
  }
  throw new PythonRegexError('inconsistent inline flags');
}

/** The JS source and flags a Python pattern translates to. */
export function translatePythonRegex(pattern: string, mode: PyMatchMode = 'fullmatch'): { source: string; flags: string } {
  const { node, flags, scopedCase } = parsePattern(pattern);
  const jsIgnoreCase = flags.i && !scopedCase;
  const body = new Emitter(jsIgnoreCase).emit(node);
  const source = mode === 'fullmatch' ? `^(?:${body})$` : mode === 'match' ? `^(?:${body})` : body;
  return { source, flags: jsIgnoreCase ? 'i' : '' };
}

const cache = new Map<string, RegExp>();

/**
 * A RegExp (no `u`, no `g`: `test` is stateless) behaving as Python's
 * `re.fullmatch(pattern, s)` by default. Cached per pattern and mode.
 * Throws PythonRegexError when Python would reject the pattern.
 */
export function compilePythonRegex(pattern: string, mode: PyMatchMode = 'fullmatch'): RegExp {
  const key = `${mode}\u0000${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const { source, flags } = translatePythonRegex(pattern, mode);
    try {
      re = new RegExp(source, flags);
    } catch (e) {
      throw new PythonRegexError(e instanceof Error ? e.message : String(e));
    }
    cache.set(key, re);
  }
  return re;
}
