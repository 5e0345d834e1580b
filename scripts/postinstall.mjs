// Build steps every checkout needs after `npm ci`: the precompiled schema profile
// validator (no eval at run time) and the bundled `scdl` CLI (no TS loader at run time).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['core/scripts/gen-validators.mjs'], { cwd: root, stdio: 'inherit' });
for (const [entry, out] of [
  ['cli/src/node-main.ts', 'cli/dist/scdl.mjs'],
  ['cli/src/bench/main.ts', 'cli/dist/bench.mjs'],
]) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
