// Type-checks every package with its own settings (core and schemas: ES2022 only, no DOM, no node).
import { execFileSync } from 'node:child_process';

const projects = ['core/tsconfig.json', 'core/tsconfig.test.json', 'schemas/tsconfig.json', 'schemas/tsconfig.test.json', 'cli/tsconfig.json', 'ui/tsconfig.json', 'ui/tsconfig.test.json'];
let failed = 0;
for (const p of projects) {
  try {
    execFileSync('npx', ['tsc', '--noEmit', '-p', p], { stdio: 'inherit' });
  } catch {
    failed++;
  }
}
try {
  execFileSync('npm', ['run', 'typecheck', '-w', 'extension', '--silent'], { stdio: 'inherit' });
} catch {
  failed++;
}
if (failed) {
  console.error(`${failed} project(s) failed to type-check`);
  process.exit(1);
}
