// @vitest-environment node
/**
 * The built extension in a real Chromium: badges on a localhost page of CSV
 * links of every kind, the report page of the invalid one, a local file checked
 * from the popup. Expected statuses come from the core run in node on the same
 * bytes: the extension must say what `scdl validate` says.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateBytes, type Report } from '@scdl/core';
import { badgeStatusOf, schemaRefOf } from '@scdl/ui/status';
import { ensureBuilt } from './build';
import { launchWithExtension, type Launched } from './chromium';
import { CP1252, INVALID, VALID, startSite, writeBigCsv, xlsxBytes, type Site } from './fixtures';

const BIG = 50 * 1000 * 1000;

let site: Site;
let buildDir: string;
let browser: Launched;
let tmp: string;
let bigPath: string;
const expected: Record<string, Report> = {};

async function expectedOf(path: string): Promise<Report> {
  return validateBytes(new Uint8Array(readFileSync(path)), { lang: 'fr' });
}

const badge = (page: Page, url: string) => page.locator(`[data-scdl-badge][data-scdl-url="${url}"]`);

async function finalStatus(page: Page, url: string, timeout = 60_000): Promise<{ status: string | null; reason: string | null; schema: string | null; title: string | null }> {
  const b = badge(page, url);
  await b.waitFor({ state: 'attached', timeout });
  await page.waitForFunction(
    (u) => {
      const el = document.querySelector(`[data-scdl-badge][data-scdl-url="${u}"]`);
      const r = el?.getAttribute('data-scdl-reason');
      return !!el && r !== 'queued' && r !== 'checking';
    },
    url,
    { timeout },
  );
  return b.evaluate((el) => ({
    status: el.getAttribute('data-scdl-status'),
    reason: el.getAttribute('data-scdl-reason'),
    schema: el.getAttribute('data-scdl-schema'),
    title: el.getAttribute('title'),
  }));
}

beforeAll(async () => {
  const build = ensureBuilt();
  buildDir = build;
  tmp = mkdtempSync(join(tmpdir(), 'scdl-e2e-files-'));
  bigPath = join(tmp, 'gros.csv');
  writeBigCsv(bigPath, BIG);
  const [valid, invalid, cp1252] = await Promise.all([expectedOf(VALID), expectedOf(INVALID), expectedOf(CP1252)]);
  Object.assign(expected, { valid, invalid, cp1252 });
  const csv = 'text/csv; charset=utf-8';
  site = await startSite({
    '/': {
      type: 'text/html; charset=utf-8',
      body: (port) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Données</title></head><body>
        <h1>Jeux de données</h1>
        <ul>
          <li><a id="valid" href="/data/subventions-valide.csv">Subventions (valide)</a></li>
          <li><a id="valid-again" href="/data/subventions-valide.csv#telecharger">le même fichier, encore</a></li>
          <li><a id="invalid" href="/data/subventions-invalide.csv">Subventions (erreurs)</a></li>
          <li><a id="cp1252" href="/data/somme-2018.csv">Somme 2018 (Windows-1252, ;)</a></li>
          <li><a id="big" href="/data/gros-50mo.csv">Gros fichier</a></li>
          <li><a id="missing" href="/data/absent.csv">Fichier retiré</a></li>
          <li><a id="html" href="/data/page.csv">Page HTML nommée .csv</a></li>
          <li><a id="xlsx" href="/data/classeur.csv">Classeur renommé</a></li>
          <li><a id="export" href="/export?id=7">Export sans extension</a></li>
          <li><a id="refused" href="http://127.0.0.1:9/data/injoignable.csv">Serveur injoignable</a></li>
          <li><a id="other-site" href="http://localhost:${port}/data/subventions-valide.csv">Autre site</a></li>
          <li><a href="/notice.pdf">Notice (PDF)</a> <a href="/apropos.html">À propos</a></li>
        </ul>
        <div id="later"></div>
        <script>setTimeout(() => { const a = document.createElement('a'); a.id = 'dynamic'; a.href = '/data/ajout-dynamique.csv'; a.textContent = 'Ajouté plus tard'; document.getElementById('later').append(a); }, 800);</script>
      </body></html>`,
    },
    '/data/subventions-valide.csv': { file: VALID, type: csv },
    '/data/ajout-dynamique.csv': { file: VALID, type: csv },
    '/data/subventions-invalide.csv': { file: INVALID, type: csv },
    '/data/somme-2018.csv': { file: CP1252, type: 'text/csv' },
    '/data/gros-50mo.csv': { file: bigPath, type: csv },
    '/data/page.csv': { type: 'text/html', body: '<!doctype html><html><head><title>Accueil</title></head><body><p>Bienvenue</p></body></html>' },
    '/data/classeur.csv': { type: 'application/octet-stream', body: xlsxBytes() },
    '/export?id=7': { file: VALID, type: csv },
  });
  browser = await launchWithExtension(build, ['http://127.0.0.1/*']);
  // The background registers the content script for the granted site at start.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const matches = await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome;
      return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
    });
    if (matches.includes('http://127.0.0.1/*')) break;
    if (Date.now() > deadline) throw new Error(`content script not registered: ${JSON.stringify(matches)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the built extension', { timeout: 90_000 }, () => {
  it('asks for no site at install and has no eval (MV3 CSP)', () => {
    const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.permissions).toEqual(['activeTab', 'storage', 'contextMenus', 'scripting']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    const js = (readdirSync(buildDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(3);
    for (const f of js) expect(readFileSync(join(buildDir, f), 'utf8'), f).not.toMatch(/\bnew Function\b|(?<![.\w$])eval\(/);
  });
});

describe('badges next to CSV links', { timeout: 90_000 }, () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(site.url('/'));
  }, 60_000);

  it('marks valid, invalid and Windows-1252 files as the core does, with their schema', async () => {
    for (const [id, path] of [
      ['valid', '/data/subventions-valide.csv'],
      ['invalid', '/data/subventions-invalide.csv'],
      ['cp1252', '/data/somme-2018.csv'],
    ] as const) {
      const got = await finalStatus(page, site.url(path));
      const want = expected[id]!;
      expect(got.status, id).toBe(badgeStatusOf(want));
      expect(got.schema, id).toBe(schemaRefOf(want));
      expect(got.schema, id).toMatch(/^scdl\/subventions@\d+\.\d+\.\d+$/);
    }
    expect(badgeStatusOf(expected.invalid!)).toBe('invalid');
    expect(['valid', 'warnings']).toContain(badgeStatusOf(expected.valid!));
    expect(expected.cp1252!.source.encoding).toBe('windows-1252');
    expect(expected.cp1252!.source.delimiter).toBe(';');
  });

  it('puts one badge per distinct URL', async () => {
    await finalStatus(page, site.url('/data/subventions-valide.csv'));
    expect(await badge(page, site.url('/data/subventions-valide.csv')).count()).toBe(1);
    expect(await page.locator('[data-scdl-badge]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scdl-url')).filter((u) => u?.endsWith('.pdf') || u?.endsWith('.html')))).toEqual([]);
  });

  it('says why files cannot be checked: 404, HTML page, xlsx, unreachable server', async () => {
    const missing = await finalStatus(page, site.url('/data/absent.csv'));
    expect(missing).toMatchObject({ status: 'error', reason: 'http' });
    expect(missing.title).toContain('404');
    const html = await finalStatus(page, site.url('/data/page.csv'));
    expect(html).toMatchObject({ status: 'error', reason: 'source' });
    expect(html.title).toContain('page web (HTML)');
    const xlsx = await finalStatus(page, site.url('/data/classeur.csv'));
    expect(xlsx).toMatchObject({ status: 'error', reason: 'source' });
    expect(xlsx.title).toContain('Excel');
    const refused = await finalStatus(page, 'http://127.0.0.1:9/data/injoignable.csv');
    expect(refused).toMatchObject({ status: 'error', reason: 'network' });
  });

  it('finds links that answer text/csv without a .csv name, and links added later', async () => {
    expect((await finalStatus(page, site.url('/export?id=7'))).status).toBe(badgeStatusOf(expected.valid!));
    expect((await finalStatus(page, site.url('/data/ajout-dynamique.csv'))).status).toBe(badgeStatusOf(expected.valid!));
  });

  it('asks for host access (in French) for a file on a site not granted', async () => {
    const other = await finalStatus(page, `http://localhost:${site.port}/data/subventions-valide.csv`);
    expect(other).toMatchObject({ status: 'pending', reason: 'permission' });
    expect(other.title).toContain(`localhost:${site.port}`);
    expect(other.title).toContain('n’est envoyé nulle part');
  });

  it('waits for a click on files above the size limit, then validates 50 MB without blocking the page', async () => {
    const url = site.url('/data/gros-50mo.csv');
    expect(await finalStatus(page, url)).toMatchObject({ status: 'pending', reason: 'too-big' });
    const started = Date.now();
    await badge(page, url).click();
    // The page stays responsive while the background validates.
    await page.waitForFunction((u) => document.querySelector(`[data-scdl-badge][data-scdl-url="${u}"]`)?.getAttribute('data-scdl-reason') === 'checking', url, { timeout: 10_000 });
    const t0 = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - t0).toBeLessThan(2000);
    const got = await finalStatus(page, url, 110_000);
    expect(got.status).toBe(badgeStatusOf(expected.valid!));
    expect(got.schema).toBe(schemaRefOf(expected.valid!));
    console.log(`[e2e] 50 MB file validated from a link in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Every row was read: the report page (served from the cache, revalidated by ETag) counts them.
    const want = await expectedOf(bigPath);
    const report = await browser.context.newPage();
    await report.goto(`chrome-extension://${browser.extensionId}/report.html?url=${encodeURIComponent(url)}`);
    const summary = report.locator('[data-testid="summary"]');
    await summary.waitFor({ timeout: 60_000 });
    expect(Number(await summary.getAttribute('data-rows'))).toBe(want.stats.rows);
    expect(Number(await summary.getAttribute('data-warnings'))).toBe(want.stats.warnings);
    await report.close();
  }, 150_000);
});

describe('report page', { timeout: 90_000 }, () => {
  it('lists the errors of the invalid file by column and by code, with French messages', async () => {
    const url = site.url('/data/subventions-invalide.csv');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/report.html?url=${encodeURIComponent(url)}`);
    await page.locator('[data-testid="report"]').waitFor({ timeout: 30_000 });
    const want = expected.invalid!;
    const rows = page.locator('tr[data-error-type]');
    const types = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-error-type')));
    expect(new Set(types)).toEqual(new Set(want.errors.map((e) => e.type)));
    expect(types.length).toBe(want.errors.length);
    expect(await page.locator('[data-testid="report"] .scdl-summary [data-scdl-status]').getAttribute('data-scdl-status')).toBe('invalid');
    expect(await page.locator('.scdl-headline').textContent()).toContain('Fichier non valide');
    const first = want.errors.find((e) => e.severity === 'error' && e.cell)!;
    const row = page.locator(`tr[data-error-type="${first.type}"][data-cell="${first.cell}"]`).first();
    expect(await row.locator('.scdl-hint').textContent()).toBeTruthy();
    await page.locator('[data-testid="view-code"]').click();
    expect(await page.locator('tr[data-error-type]').count()).toBe(want.errors.length);
    expect(await page.locator('.scdl-group').count()).toBe(Object.values(want.stats.byType).filter((n) => n > 0).length);
    await page.close();
  });

  it('previews the safe fixes, then downloads the fixed file and the JSON report', async () => {
    const url = site.url('/data/subventions-invalide.csv');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/report.html?url=${encodeURIComponent(url)}`);
    await page.locator('[data-testid="fix-show"]').click({ timeout: 30_000 });
    const preview = page.locator('[data-testid="fix-preview"]');
    await preview.waitFor();
    expect(await preview.locator('tbody tr[data-fix-kind]').count()).toBeGreaterThan(0);
    const [fixed] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="fix-apply"]').click()]);
    expect(fixed.suggestedFilename()).toBe('subventions-invalide.corrige.csv');
    const after = await validateBytes(new Uint8Array(readFileSync((await fixed.path())!)), {});
    expect(after.stats.errors).toBeLessThan(expected.invalid!.stats.errors);
    expect(await page.locator('.scdl-notice').textContent()).toContain('Fichier corrigé téléchargé');
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-json"]').click()]);
    expect(json.suggestedFilename()).toBe('subventions-invalide.rapport-scdl.json');
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Report;
    expect(report.stats.errors).toBe(expected.invalid!.stats.errors);
    await page.close();
  });

  it('re-validates with the version chosen in the schema picker', async () => {
    const url = site.url('/data/subventions-valide.csv');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/report.html?url=${encodeURIComponent(url)}`);
    await page.locator('[data-testid="schema-picker"]').waitFor({ timeout: 30_000 });
    const versions = await page.locator('[data-testid="schema-picker"] select[name="version"] option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    const older = versions.find((v) => v !== expected.valid!.schema!.version)!;
    await page.locator('[data-testid="schema-picker"] select[name="version"]').selectOption(older);
    await page.locator('[data-testid="schema-picker"] button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-testid="summary-schema"]').textContent(), { timeout: 30_000 }).toContain(`scdl/subventions@${older}`);
    await page.close();
  });

  it('shows the French explanation and an allow button for a site without access', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/report.html?url=${encodeURIComponent(`http://localhost:${site.port}/data/subventions-valide.csv`)}`);
    const box = page.locator('[data-testid="permission"]');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.textContent()).toContain(`localhost`);
    expect(await box.textContent()).toContain('n’est envoyé nulle part');
    expect(await page.locator('[data-testid="allow"]').count()).toBe(1);
    await page.close();
  });
});

describe('popup', { timeout: 90_000 }, () => {
  it('validates a local file chosen in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.locator('[data-testid="tab-file"]').click();
    await page.locator('[data-testid="file-input"]').setInputFiles(INVALID);
    const result = page.locator('[data-testid="local-result"]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.locator('[data-scdl-status]').first().getAttribute('data-scdl-status')).toBe('invalid');
    expect(await result.locator('[data-scdl-status]').first().getAttribute('data-scdl-schema')).toBe(schemaRefOf(expected.invalid!));
    expect(await result.textContent()).toContain('exemple_invalide_erreurs_cellules.csv');
    // The full report opens in a tab, with the file handed over through IndexedDB.
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), result.locator('button.scdl-primary').click()]);
    await tab.locator('[data-testid="report"]').waitFor({ timeout: 30_000 });
    expect(tab.url()).toContain('report.html?local=');
    expect(await tab.locator('tr[data-error-type]').count()).toBe(expected.invalid!.errors.length);
    await tab.close();
    if (!page.isClosed()) await page.close();
  });
});
