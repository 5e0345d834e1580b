/**
 * SHA-1 in plain TypeScript: udata stores a sha1 per uploaded file, and the client compares it
 * with the bytes it sent. Incremental so hosts can hash a stream; `sha1Hex` for whole buffers.
 */

export interface Sha1 {
  update(data: Uint8Array): Sha1;
  /** Lowercase hex digest; the hasher cannot be updated afterwards. */
  hex(): string;
}

const BLOCK = 64;

export function createSha1(): Sha1 {
  const h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]);
  const w = new Int32Array(80);
  const pending = new Uint8Array(BLOCK);
  let pendingLength = 0;
  let totalLength = 0;
  let done = false;

  function block(data: Uint8Array, offset: number): void {
    for (let i = 0; i < 16; i += 1) {
      const j = offset + i * 4;
      w[i] = ((data[j] ?? 0) << 24) | ((data[j + 1] ?? 0) << 16) | ((data[j + 2] ?? 0) << 8) | (data[j + 3] ?? 0);
    }
    for (let i = 16; i < 80; i += 1) {
      const x = (w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0);
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h[0] ?? 0;
    let b = h[1] ?? 0;
    let c = h[2] ?? 0;
    let d = h[3] ?? 0;
    let e = h[4] ?? 0;
    for (let i = 0; i < 80; i += 1) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + (w[i] ?? 0)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h[0] = ((h[0] ?? 0) + a) | 0;
    h[1] = ((h[1] ?? 0) + b) | 0;
    h[2] = ((h[2] ?? 0) + c) | 0;
    h[3] = ((h[3] ?? 0) + d) | 0;
    h[4] = ((h[4] ?? 0) + e) | 0;
  }

  const hasher: Sha1 = {
    update(data) {
      if (done) throw new Error('sha1: update after hex()');
      totalLength += data.length;
      let offset = 0;
      if (pendingLength > 0) {
        const take = Math.min(BLOCK - pendingLength, data.length);
        pending.set(data.subarray(0, take), pendingLength);
        pendingLength += take;
        offset = take;
        if (pendingLength < BLOCK) return hasher;
        block(pending, 0);
        pendingLength = 0;
      }
      for (; offset + BLOCK <= data.length; offset += BLOCK) block(data, offset);
      pending.set(data.subarray(offset), 0);
      pendingLength = data.length - offset;
      return hasher;
    },
    hex() {
      if (!done) {
        done = true;
        const bitsHigh = Math.floor(totalLength / 0x20000000);
        const bitsLow = (totalLength * 8) >>> 0;
        const tail = new Uint8Array(pendingLength < 56 ? BLOCK : BLOCK * 2);
        tail.set(pending.subarray(0, pendingLength));
        tail[pendingLength] = 0x80;
        const end = tail.length;
        tail[end - 8] = bitsHigh >>> 24;
        tail[end - 7] = bitsHigh >>> 16;
        tail[end - 6] = bitsHigh >>> 8;
        tail[end - 5] = bitsHigh;
        tail[end - 4] = bitsLow >>> 24;
        tail[end - 3] = bitsLow >>> 16;
        tail[end - 2] = bitsLow >>> 8;
        tail[end - 1] = bitsLow;
        for (let offset = 0; offset < tail.length; offset += BLOCK) block(tail, offset);
      }
      let out = '';
      for (const word of h) out += (word >>> 0).toString(16).padStart(8, '0');
      return out;
    },
  };
  return hasher;
}

export function sha1Hex(data: Uint8Array): string {
  return createSha1().update(data).hex();
}
