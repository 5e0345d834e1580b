import type { CliIO } from './io';

/** An in-memory CliIO for command tests. */
export function memoryIO(files: Record<string, Uint8Array | string> = {}, env: Record<string, string> = {}): CliIO & { out: string[]; err: string[]; files: Map<string, Uint8Array> } {
  const store = new Map<string, Uint8Array>(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v]));
  const out: string[] = [];
  const err: string[] = [];
  const get = (p: string) => {
    const b = store.get(p);
    if (!b) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    return b;
  };
  return {
    out,
    err,
    files: store,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: { SCDL_SCHEMAS_CACHE: '/nonexistent-cache', ...env },
    fetch: (() => Promise.reject(new Error('no network in tests'))) as unknown as typeof fetch,
    readFile: async (p) => get(p),
    async *openFile(p) {
      yield get(p);
    },
    fileSize: async (p) => get(p).length,
    writeFile: async (p, d) => void store.set(p, typeof d === 'string' ? new TextEncoder().encode(d) : d),
    isTTY: false,
    now: () => Date.now(),
  };
}
