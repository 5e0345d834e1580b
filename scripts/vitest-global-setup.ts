import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** CLI tests run the bundled `scdl`; rebuild it so they never test a stale bundle. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/postinstall.mjs'], { cwd: root, stdio: 'inherit' });
}
