/**
 * Launches Debian's Chromium with the built extension. Host access to the test
 * site is granted the way a user's "Allow" would: a copy of the build whose
 * manifest lists `http://127.0.0.1/*` under `host_permissions` (the published
 * build asks for it at run time through `optional_host_permissions`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(buildDir: string, grantedHosts: string[]): Promise<Launched> {
  const work = mkdtempSync(join(tmpdir(), 'scdl-e2e-'));
  const ext = join(work, 'extension');
  cpSync(buildDir, ext, { recursive: true });
  const manifestPath = join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = grantedHosts;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--load-extension=${ext}`,
      `--disable-extensions-except=${ext}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
