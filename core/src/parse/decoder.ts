import { decodeSingleByte, guessSingleByte, type SingleByteEncoding } from './single-byte';
import { utf16Decode, utf8Decode, utf8IncompleteTail } from './unicode';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByteEncoding;

export interface DecodeInfo {
  encoding: Encoding;
  bom: boolean;
  /** A UTF-8 BOM sat on top of a body that is not UTF-8 (Excel/Notepad round trips). */
  bomMismatch: boolean;
  /** Bytes that were not valid in the encoding finally used (decoded as U+FFFD). */
  invalidSequences: number;
  /** Byte offset of the first invalid sequence, or -1. */
  firstInvalidOffset: number;
  bytes: number;
}

type Mode = 'start' | 'utf8-tentative' | 'utf8' | 'utf8-lossy' | 'single' | 'utf16le' | 'utf16be';

const ENCODING_ALIASES: Record<string, Encoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-8-sig': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252',
  'iso-8859-1': 'iso-8859-1', latin1: 'iso-8859-1', 'latin-1': 'iso-8859-1',
  'iso-8859-15': 'iso-8859-15', latin9: 'iso-8859-15',
};

const LABELS: Record<Encoding, string> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252', 'iso-8859-1': 'ISO-8859-1', 'iso-8859-15': 'ISO-8859-15',
};

/** An encoding as agents read it in their tools' menus (`Windows-1252`, not `windows-1252`). */
export function encodingLabel(encoding: unknown): string {
  return LABELS[String(encoding) as Encoding] ?? String(encoding);
}

export function normalizeEncodingName(name: string): Encoding | undefined {
  return ENCODING_ALIASES[name.trim().toLowerCase()];
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * Streaming bytes → text. Without a BOM we cannot know a file is Windows-1252 until
 * the first non-ASCII byte, which may come late: we stay tentatively UTF-8 while the
 * text is pure ASCII (identical in both), commit to UTF-8 at the first valid
 * multi-byte sequence, and switch to a single-byte encoding when the first non-ASCII
 * bytes are not UTF-8 — nothing decoded so far changes meaning.
 */
export class StreamDecoder {
  private mode: Mode = 'start';
  private carry: Uint8Array = new Uint8Array(0);
  private single: SingleByteEncoding = 'windows-1252';
  private offset = 0;
  private readonly info: DecodeInfo = {
    encoding: 'utf-8', bom: false, bomMismatch: false, invalidSequences: 0, firstInvalidOffset: -1, bytes: 0,
  };

  constructor(forced?: Encoding) {
    if (forced) {
      this.info.encoding = forced;
      this.mode = forced === 'utf-8' ? 'utf8' : forced === 'utf-16le' ? 'utf16le' : forced === 'utf-16be' ? 'utf16be' : 'single';
      if (this.mode === 'single') this.single = forced as SingleByteEncoding;
      this.forced = true;
    }
  }

  private forced = false;
  private started = false;

  get result(): DecodeInfo {
    return this.info;
  }

  push(chunk: Uint8Array): string {
    this.info.bytes += chunk.length;
    let bytes = concat(this.carry, chunk);
    this.carry = new Uint8Array(0);
    if (!this.started) {
      if (bytes.length < 4) {
        this.carry = bytes; // too short to tell a BOM: wait for more
        return '';
      }
      bytes = this.start(bytes);
    }
    return this.decode(bytes, false);
  }

  end(): string {
    const bytes = this.carry;
    this.carry = new Uint8Array(0);
    if (!this.started) {
      if (bytes.length === 0) {
        if (this.mode === 'start') this.mode = 'utf8';
        return '';
      }
      return this.decode(this.start(bytes), true);
    }
    return this.decode(bytes, true);
  }

  private start(bytes: Uint8Array): Uint8Array {
    this.started = true;
    const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
    let skip = 0;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
      skip = 3;
      if (!this.forced) this.mode = 'utf8-tentative';
    } else if (b0 === 0xff && b1 === 0xfe) {
      skip = 2;
      if (!this.forced) this.mode = 'utf16le';
    } else if (b0 === 0xfe && b1 === 0xff) {
      skip = 2;
      if (!this.forced) this.mode = 'utf16be';
    } else if (!this.forced) {
      this.mode = sniffUtf16WithoutBom(bytes) ?? 'utf8-tentative';
    }
    if (skip) this.info.bom = true;
    if (this.mode === 'utf16le') this.info.encoding = 'utf-16le';
    if (this.mode === 'utf16be') this.info.encoding = 'utf-16be';
    this.offset += skip;
    return skip ? bytes.subarray(skip) : bytes;
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    switch (this.mode) {
      case 'single':
        this.offset += bytes.length;
        return decodeSingleByte(bytes, this.single);
      case 'utf16le':
      case 'utf16be': {
        const even = final ? bytes.length : bytes.length & ~1;
        this.carry = bytes.slice(even);
        this.offset += even;
        return utf16Decode(bytes.subarray(0, even), this.mode === 'utf16le');
      }
      default:
        return this.decodeUtf8(bytes, final);
    }
  }

  private decodeUtf8(bytes: Uint8Array, final: boolean): string {
    const tail = final ? 0 : utf8IncompleteTail(bytes);
    const body = tail ? bytes.subarray(0, bytes.length - tail) : bytes;
    if (tail) this.carry = bytes.slice(bytes.length - tail);
    if (this.mode === 'utf8-lossy') return this.lossy(body);

    let firstHigh = -1;
    if (this.mode === 'utf8-tentative') {
      for (let i = 0; i < body.length; i++) {
        if (body[i]! >= 0x80) {
          firstHigh = i;
          break;
        }
      }
      if (firstHigh === -1) {
        this.offset += body.length;
        return utf8Decode(body, false) ?? '';
      }
    }
    const text = utf8Decode(body, true);
    if (text !== null) {
      if (this.mode === 'utf8-tentative') this.mode = 'utf8';
      this.offset += body.length;
      return text;
    }
    if (this.mode === 'utf8-tentative' && !this.forced && this.firstInvalidIsBeforeValidMultibyte(body, firstHigh)) {
      // Everything before was ASCII: the file is single-byte, and nothing decoded so far changes.
      this.mode = 'single';
      this.single = guessSingleByte(body);
      this.info.encoding = this.single;
      if (this.info.bom) this.info.bomMismatch = true;
      const all = tail ? bytes : body;
      this.carry = new Uint8Array(0);
      this.offset += all.length;
      return decodeSingleByte(all, this.single);
    }
    this.mode = 'utf8-lossy';
    return this.lossy(body);
  }

  /** True when the first non-ASCII sequence of the chunk is already invalid UTF-8. */
  private firstInvalidIsBeforeValidMultibyte(body: Uint8Array, firstHigh: number): boolean {
    const end = Math.min(body.length, firstHigh + 4);
    const seq = body.subarray(firstHigh, end);
    const lead = seq[0]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (need === 1 || seq.length < need) return true;
    return utf8Decode(seq.subarray(0, need), true) === null;
  }

  private lossy(body: Uint8Array): string {
    const text = utf8Decode(body, false) ?? '';
    let bad = 0;
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
    if (bad) {
      // A genuine U+FFFD in the file would be counted too; rare enough to accept.
      if (this.info.firstInvalidOffset === -1) this.info.firstInvalidOffset = this.offset;
      this.info.invalidSequences += bad;
    }
    this.offset += body.length;
    return text;
  }
}

/** UTF-16 without BOM shows as every other byte being NUL in ASCII-heavy text. */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  const n = Math.min(bytes.length & ~1, 512);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.1) return 'utf16le';
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.1) return 'utf16be';
  return null;
}
