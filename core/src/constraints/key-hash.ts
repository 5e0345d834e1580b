/**
 * 64-bit fingerprints of `unique` keys, and the table that remembers them.
 *
 * Why not a Set of the keys: on 5 million distinct values a Set<string> keeps
 * every string alive (tens of bytes each plus ~40 bytes of Set entry), several
 * hundred MB; frictionless's dict costs more still. Here each distinct value
 * costs one slot of 12 bytes (two 32-bit hash words and the row of its first
 * occurrence) in one Uint32Array kept at most 3/4 full: 16 to 32 bytes per value,
 * and no garbage per cell.
 *
 * The trade-off is hash collisions. Numbers (and booleans) are stored as their
 * exact 64 IEEE-754 bits, so two numbers never collide. Strings (and keys of
 * dates, objects, big integers...) are hashed with two independent MurmurHash3-
 * style lanes: two different values share a fingerprint with probability about
 * n²/2^65, i.e. about 1e-6 for 5 million distinct values, and then the second
 * would be reported as a duplicate of the first. A string key and a number key
 * never meet in one field except for integers past 2^53 (keyed as text).
 */

let H1 = 0;
let H2 = 0;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

/** Two 32-bit lanes over the UTF-16 units, two units per 32-bit block. */
function hashString(s: string): void {
  let h1 = 0x9747b28c;
  let h2 = 0x5bd1e995 ^ s.length;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    let k1 = Math.imul(k, 0xcc9e2d51);
    k1 = Math.imul(rotl(k1, 15), 0x1b873593);
    h1 = Math.imul(rotl(h1 ^ k1, 13), 5) + 0xe6546b64;
    let k2 = Math.imul(k, 0x85ebca77);
    k2 = Math.imul(rotl(k2, 13), 0xc2b2ae3d);
    h2 = Math.imul(rotl(h2 ^ k2, 17), 9) + 0x165667b1;
  }
  if (i < n) {
    const k = s.charCodeAt(i);
    h1 ^= Math.imul(rotl(Math.imul(k, 0xcc9e2d51), 15), 0x1b873593);
    h2 ^= Math.imul(rotl(Math.imul(k, 0x85ebca77), 13), 0xc2b2ae3d);
  }
  H1 = fmix(h1 ^ n);
  H2 = fmix(h2 ^ Math.imul(n, 0x27d4eb2f));
}

function hashNumber(x: number): void {
  f64[0] = x === 0 ? 0 : x;
  H1 = u32[0]!;
  H2 = u32[1]!;
}

/** Fingerprints a key into (H1, H2); false for NaN, which equals nothing. */
function fingerprint(key: unknown): boolean {
  switch (typeof key) {
    case 'number':
      if (key !== key) return false;
      hashNumber(key);
      return true;
    case 'boolean':
      hashNumber(key ? 1 : 0);
      return true;
    case 'string':
      hashString(key);
      return true;
    default:
      hashString(String(key));
      return true;
  }
}

const slotOf = (h1: number, h2: number, mask: number): number => fmix(h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;

/** Open addressing with linear probing; slot = [h1, h2, row + 1], 0 in the last word marks it empty. */
export class KeyRowTable {
  private slots: Uint32Array;
  private mask: number;
  private size = 0;

  constructor(initialSlots = 4096) {
    this.slots = new Uint32Array(initialSlots * 3);
    this.mask = initialSlots - 1;
  }

  /** The row this key was first seen on, or 0 after remembering it on `row`. NaN keys are never stored. */
  seen(key: unknown, row: number): number {
    if (!fingerprint(key)) return 0;
    return this.addOrGet(H1, H2, row + 1);
  }

  private addOrGet(h1: number, h2: number, stored: number): number {
    const slots = this.slots;
    let i = slotOf(h1, h2, this.mask);
    for (;;) {
      const b = i * 3;
      const r = slots[b + 2]!;
      if (r === 0) {
        slots[b] = h1;
        slots[b + 1] = h2;
        slots[b + 2] = stored;
        if (++this.size * 4 > (this.mask + 1) * 3) this.grow();
        return 0;
      }
      if (slots[b] === h1 && slots[b + 1] === h2) return r - 1;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Uint32Array(capacity * 3);
    this.mask = capacity - 1;
    this.size = 0;
    for (let b = 0; b < old.length; b += 3) if (old[b + 2]! !== 0) this.addOrGet(old[b]!, old[b + 1]!, old[b + 2]!);
  }

  get count(): number {
    return this.size;
  }

  /** Bytes held, for the memory tests. */
  get bytes(): number {
    return this.slots.byteLength;
  }
}
