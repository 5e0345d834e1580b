import fs from 'node:fs';
import path from 'node:path';
import type { CliIO } from './io';

/** The real terminal, file system and network. */
export function nodeIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    fetch: globalThis.fetch.bind(globalThis),
    readFile: async (p) => new Uint8Array(await fs.promises.readFile(p)),
    async *openFile(p) {
      for await (const chunk of fs.createReadStream(p, { highWaterMark: 1 << 20 })) yield new Uint8Array(chunk as Buffer);
    },
    fileSize: async (p) => (await fs.promises.stat(p)).size,
    async writeFile(p, d) {
      await fs.promises.mkdir(path.dirname(p), { recursive: true });
      await fs.promises.writeFile(p, d);
    },
    isTTY: !!process.stderr.isTTY,
    now: () => Date.now(),
  };
}
