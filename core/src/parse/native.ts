/**
 * TextDecoder exists in browsers, node and workers but not in Apps Script, and
 * core compiles without DOM types: we reach it through globalThis, typed minimally,
 * and fall back to our own decoders when it is missing.
 */
export interface NativeDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type DecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => NativeDecoder;

const Ctor = (globalThis as unknown as { TextDecoder?: DecoderCtor }).TextDecoder;

export function nativeDecoder(label: string, fatal: boolean): NativeDecoder | null {
  if (!Ctor) return null;
  try {
    return new Ctor(label, { fatal, ignoreBOM: true });
  } catch {
    return null; // label unsupported (small-icu builds)
  }
}
