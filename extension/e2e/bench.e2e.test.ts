// @vitest-environment node
/**
 * Time to validate a 100 MB file from a link in Chromium, beside `scdl validate`
 * on the same file. Opt-in (a few seconds of CPU and 100 MB of disk):
 *   SCDL_BENCH_100MB=1 npx vitest run extension/e2e/bench
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from './build';
import { launchWithExtension } from './chromium';
import { INVALID, VALID, startSite, writeBigCsv } from './fixtures';

describe.skipIf(!process.env.SCDL_BENCH_100MB)('100 MB from a link', () => {
  it.each([
    ['valid rows', VALID],
    ['rows with errors in most cells', INVALID],
  ])('validates %s in the background without freezing the page', async (_label, source) => {
    const build = ensureBuilt();
    const tmp = mkdtempSync(join(tmpdir(), 'scdl-bench-'));
    const file = join(tmp, 'subventions-100mo.csv');
    const size = writeBigCsv(file, 100 * 1000 * 1000, source);
    const site = await startSite({
      '/': { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><a href="/gros.csv">gros</a>' },
      '/gros.csv': { file, type: 'text/csv' },
    });
    const b = await launchWithExtension(build, ['http://127.0.0.1/*']);
    try {
      const page = await b.context.newPage();
      for (let i = 0; i < 50; i++) {
        try {
          await page.goto(site.url('/'));
          await page.locator('[data-scdl-badge]').waitFor({ timeout: 500 });
          break;
        } catch {
          /* content script not registered yet */
        }
      }
      const badge = page.locator('[data-scdl-badge]');
      await page.waitForFunction(() => document.querySelector('[data-scdl-badge]')?.getAttribute('data-scdl-reason') === 'too-big', null, { timeout: 30_000 });
      // Longest gap between animation frames of the page while the file is validated.
      await page.evaluate(() => {
        const w = window as unknown as { __gap: number };
        w.__gap = 0;
        let last = performance.now();
        const loop = (t: number) => {
          w.__gap = Math.max(w.__gap, t - last);
          last = t;
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      });
      const t0 = Date.now();
      await badge.click();
      await page.waitForFunction(() => {
        const r = document.querySelector('[data-scdl-badge]')?.getAttribute('data-scdl-reason');
        return r === 'done' || r === 'source' || r === 'schema';
      }, null, { timeout: 600_000, polling: 100 });
      const browserMs = Date.now() - t0;
      const gap = await page.evaluate(() => (window as unknown as { __gap: number }).__gap);
      const status = await badge.getAttribute('data-scdl-status');
      const c0 = Date.now();
      let cliOut = '';
      try {
        cliOut = execFileSync(process.execPath, [join(ROOT, 'cli/bin/scdl.mjs'), 'validate', file, '--format', 'json'], { maxBuffer: 1 << 28 }).toString();
      } catch (e) {
        cliOut = String((e as { stdout?: Buffer }).stdout ?? '');
      }
      const cliMs = Date.now() - c0;
      const cli = JSON.parse(cliOut) as { status: string; stats: { rows: number; errors: number } };
      console.log(
        `[bench] ${(size / 1e6).toFixed(0)} MB, ${cli.stats.rows} rows, ${cli.stats.errors} errors: Chromium extension (link → badge) ${(browserMs / 1000).toFixed(1)} s; ` +
          `scdl validate ${(cliMs / 1000).toFixed(1)} s; longest frame gap in the page ${gap.toFixed(0)} ms; status ${status} / CLI ${cli.status}`,
      );
      expect(status).toBe(cli.status);
      // Same counts as the CLI: the report page reads the cached report (ETag revalidation).
      const report = await b.context.newPage();
      await report.goto(`chrome-extension://${b.extensionId}/report.html?url=${encodeURIComponent(site.url('/gros.csv'))}`);
      const summary = report.locator('[data-testid="summary"]');
      await summary.waitFor({ timeout: 120_000 });
      expect(Number(await summary.getAttribute('data-rows'))).toBe(cli.stats.rows);
      expect(Number(await summary.getAttribute('data-errors'))).toBe(cli.stats.errors);
      expect(gap).toBeLessThan(500);
    } finally {
      await b.close();
      await site.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 900_000);
});
