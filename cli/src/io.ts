/** What a command may touch, injected so commands are testable without a real terminal or network. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  fetch: typeof fetch;
  readFile(path: string): Promise<Uint8Array>;
  /** Streams a file in chunks (validation never loads big files whole). */
  openFile(path: string): AsyncIterable<Uint8Array>;
  fileSize(path: string): Promise<number>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** stderr is a terminal: progress bars allowed. */
  isTTY: boolean;
  now(): number;
}

/** Exit codes of every command: 0 ok (warnings allowed), 1 invalid / refused, 2 unreadable input or bad usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
