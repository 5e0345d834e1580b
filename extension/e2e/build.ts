/**
 * Builds the Chrome extension when its output is missing or older than any source
 * it bundles (extension, ui, core, schemas), then returns the output folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = join(EXTENSION_DIR, '..');
export const CHROME_OUT = join(EXTENSION_DIR, '.output', 'chrome-mv3');

const SKIP = new Set(['node_modules', '.output', '.wxt', 'dist', 'e2e', '.git']);

function newest(dir: string): number {
  let max = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newest(p));
    else if (!entry.name.includes('.test.')) max = Math.max(max, statSync(p).mtimeMs);
  }
  return max;
}

export function isStale(): boolean {
  const manifest = join(CHROME_OUT, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  const sources = Math.max(
    newest(EXTENSION_DIR),
    ...['ui/src', 'core/src', 'schemas/src', 'schemas/data'].map((d) => newest(join(ROOT, d))),
  );
  return sources > built;
}

/** `wxt build` (Chrome MV3) when stale; the root `npm run build` also makes Firefox and the zips. */
export function ensureBuilt(): string {
  if (isStale()) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: EXTENSION_DIR, stdio: 'pipe' });
  }
  return CHROME_OUT;
}
