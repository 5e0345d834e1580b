/**
 * The background's wiring: messages to the checker, progress to the tabs that
 * asked, the context menu, the content script following granted sites, and a
 * keep-alive while a validation runs (Chrome stops idle service workers after 30 s;
 * calling an extension API every 20 s is the documented way to finish long work).
 */
import { browser } from 'wxt/browser';
import { Checker, type StoredResult } from './checker';
import { canonicalSchema } from './catalog';
import { tx } from './i18n';
import { handle, pushToPages, pushToTab, type BackgroundApi, type Handlers } from './protocol';
import { hasHostAccess, injectContentScript, syncContentScript } from './registration';
import { loadSettings, watchSettings } from './settings';

const MENU_ID = 'scdl-check-link';

export function reportUrl(url: string, schema?: string): string {
  const q = new URLSearchParams({ url });
  if (schema) q.set('schema', schema);
  return browser.runtime.getURL(`/report.html?${q.toString()}` as '/report.html');
}

function sessionArea(): CheckerSession | undefined {
  const area = (browser.storage as { session?: typeof browser.storage.local }).session;
  if (!area) return undefined;
  return {
    async get(key) {
      return (await area.get(`r:${key}`))[`r:${key}`] as StoredResult | undefined;
    },
    async set(key, value) {
      await area.set({ [`r:${key}`]: value });
    },
  };
}
type CheckerSession = NonNullable<ConstructorParameters<typeof Checker>[0]['session']>;

export function createBackground(): { checker: Checker; handlers: Handlers<BackgroundApi> } {
  /** Tabs (and frames) waiting for a URL's result: they get its progress. */
  const watchers = new Map<string, Set<string>>();
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  const session = sessionArea();
  const checker = new Checker({
    fetch: (input, init) => fetch(input, init),
    settings: loadSettings,
    hasHostAccess,
    canonicalSchema,
    ...(session ? { session } : {}),
    onProgress(url, bytes, total) {
      const push = { type: 'progress' as const, url, bytes, ...(total !== undefined ? { total } : {}) };
      pushToPages(push);
      for (const w of watchers.get(url) ?? []) {
        const [tab, frame] = w.split(':').map(Number);
        pushToTab(tab!, push, frame);
      }
    },
    onBusyChange(busy) {
      if (busy && !keepAlive) keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
      if (!busy && keepAlive) {
        clearInterval(keepAlive);
        keepAlive = undefined;
      }
    },
  });

  const handlers: Handlers<BackgroundApi> = {
    async check(req, sender) {
      const w = sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : null;
      if (w) {
        let set = watchers.get(req.url);
        if (!set) watchers.set(req.url, (set = new Set()));
        set.add(w);
      }
      try {
        return await checker.check(req);
      } finally {
        if (w) watchers.get(req.url)?.delete(w);
      }
    },
    async report(req) {
      const r = await checker.report(req.url, req.schema);
      return { state: r.state, report: r.report, ...(r.origin ? { origin: r.origin } : {}) };
    },
    async probe(req) {
      return { csv: await checker.probe(req.url) };
    },
    async 'open-report'(req, sender) {
      const index = sender.tab?.index;
      await browser.tabs.create({ url: reportUrl(req.url, req.schema), ...(typeof index === 'number' ? { index: index + 1 } : {}) });
      return null;
    },
    async 'ensure-content'(req) {
      await injectContentScript(req.tabId);
      return { injected: true };
    },
  };
  return { checker, handlers };
}

async function setupMenu(): Promise<void> {
  const { lang } = await loadSettings();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: tx(lang).contextMenu, contexts: ['link'] });
}

/** Everything the background listens to. Called once at start (every service worker start). */
export function startBackground(): void {
  const { handlers } = createBackground();
  browser.runtime.onMessage.addListener(handle(handlers) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
    void browser.tabs.create({ url: reportUrl(info.linkUrl), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
  });
  void setupMenu().catch(() => undefined);
  watchSettings(() => void setupMenu().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncContentScript().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncContentScript().catch(() => undefined));
  void syncContentScript().catch(() => undefined);
}
