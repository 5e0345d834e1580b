// @vitest-environment happy-dom
/**
 * Messaging through WXT's fake browser: the typed router, the background's
 * handlers (check, report, open-report) with progress pushed to the asking tab,
 * and the content script answering the popup.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHARED_DIR } from '../../testdata/index';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const { callBackground, handle, isPush } = await import('./protocol');
const { createBackground, reportUrl, startBackground } = await import('./background');
const { startContent } = await import('./content');
const { saveSettings } = await import('./settings');

const VALID = new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_valide.csv`)) as Uint8Array<ArrayBuffer>;

beforeEach(() => {
  fakeBrowser.reset();
  // Not implemented by the fake browser: stubbed per test.
  (fakeBrowser.permissions as unknown as { contains: unknown }).contains = vi.fn(async () => true);
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => undefined);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url.endsWith('/s.csv')) return new Response(VALID, { headers: { 'content-type': 'text/csv', 'content-length': String(VALID.length) } });
      if (url.endsWith('/absent.csv')) return new Response('', { status: 404 });
      throw new TypeError('Failed to fetch');
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('the typed router', () => {
  it('routes requests and returns values through runtime messages', async () => {
    fakeBrowser.runtime.onMessage.addListener(handle<{ probe: { req: { url: string }; res: { csv: boolean } } }>({ probe: async (r) => ({ csv: r.url.endsWith('.csv') }) }) as never);
    expect(await callBackground('probe', { url: 'https://a.fr/x.csv' })).toEqual({ csv: true });
  });

  it('turns thrown errors into rejections and ignores foreign messages', async () => {
    const listener = handle<{ probe: { req: { url: string }; res: { csv: boolean } } }>({
      probe: async () => {
        throw new Error('hors ligne');
      },
    });
    fakeBrowser.runtime.onMessage.addListener(listener as never);
    await expect(callBackground('probe', { url: 'x' })).rejects.toThrow('hors ligne');
    expect(listener({ other: 1 }, {})).toBeUndefined();
    expect(listener({ scdl: 'unknown' }, {})).toBeUndefined();
  });

  it('answers through sendResponse the Chrome way', async () => {
    const listener = handle<{ probe: { req: { url: string }; res: { csv: boolean } } }>({ probe: () => ({ csv: false }) });
    const sendResponse = vi.fn();
    expect(listener({ scdl: 'probe', url: 'x' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: { csv: false } }));
  });
});

describe('background handlers', () => {
  it('validates for a tab, pushes progress to that tab, and answers the final state', async () => {
    const { handlers } = createBackground();
    fakeBrowser.runtime.onMessage.addListener(handle(handlers) as never);
    const state = await handlers.check({ url: 'https://ex.fr/s.csv', kind: 'csv', mode: 'manual' }, { tab: { id: 7 }, frameId: 0 });
    expect(state).toMatchObject({ status: 'warnings', schema: 'scdl/subventions@2.1.1', reason: 'done' });
    const pushes = vi.mocked(fakeBrowser.tabs.sendMessage as unknown as (...a: unknown[]) => unknown).mock.calls;
    expect(pushes.some(([tab, msg]) => tab === 7 && isPush(msg) && msg.push.type === 'progress')).toBe(true);
  });

  it('serves reports to pages through runtime messages, in the language of the settings', async () => {
    await saveSettings({ lang: 'en' });
    const { handlers } = createBackground();
    fakeBrowser.runtime.onMessage.addListener(handle(handlers) as never);
    const r = await callBackground('report', { url: 'https://ex.fr/absent.csv' });
    expect(r.state).toMatchObject({ status: 'error', reason: 'http' });
    expect(r.state.title).toContain('404');
    expect(r.report?.lang).toBe('en');
    expect(r.report?.errors[0]?.message).toContain('server');
  });

  it('names the origin to request when the extension may not read the site', async () => {
    (fakeBrowser.permissions as unknown as { contains: unknown }).contains = vi.fn(async () => false);
    const { handlers } = createBackground();
    fakeBrowser.runtime.onMessage.addListener(handle(handlers) as never);
    const r = await callBackground('report', { url: 'https://autre.fr/a.csv' });
    expect(r).toMatchObject({ origin: 'https://autre.fr/*', report: null, state: { status: 'pending', reason: 'permission' } });
  });

  it('opens the report page next to the tab', async () => {
    const { handlers } = createBackground();
    fakeBrowser.runtime.onMessage.addListener(handle(handlers) as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handlers['open-report']({ url: 'https://ex.fr/s.csv' }, { tab: { id: 3, index: 2 } as never });
    expect(create).toHaveBeenCalledWith({ url: reportUrl('https://ex.fr/s.csv'), index: 3 });
    expect(reportUrl('https://ex.fr/a b.csv')).toBe('chrome-extension://test-extension-id/report.html?url=https%3A%2F%2Fex.fr%2Fa+b.csv');
  });
});

describe('content script', () => {
  it('badges the page links through the background and answers the popup', async () => {
    document.body.innerHTML = '<a href="https://ex.fr/s.csv">s</a> <a href="https://ex.fr/absent.csv">a</a> <a href="/page.html">p</a>';
    const { handlers } = createBackground();
    fakeBrowser.runtime.onMessage.addListener(handle(handlers) as never);
    startContent(document);
    await vi.waitFor(() => expect(document.querySelector('[data-scdl-url="https://ex.fr/s.csv"]')?.getAttribute('data-scdl-status')).toBe('warnings'), { timeout: 5000 });
    await vi.waitFor(() => expect(document.querySelector('[data-scdl-url="https://ex.fr/absent.csv"]')?.getAttribute('data-scdl-status')).toBe('error'));
    // The popup asks the tab for its links.
    // (Here the background listens on the same fake runtime: it ignores `list`.)
    const answers = await fakeBrowser.runtime.onMessage.trigger({ scdl: 'list' }, {});
    expect(await answers.find(Boolean)).toEqual({
      ok: true,
      value: [expect.objectContaining({ url: 'https://ex.fr/s.csv', status: 'warnings' }), expect.objectContaining({ url: 'https://ex.fr/absent.csv', status: 'error' })],
    });
  });
});

describe('background start', () => {
  it('adds the French context menu on links, and opens the report of the clicked link', async () => {
    const menus: { id: string; title: string; contexts: string[] }[] = [];
    let onClicked: ((info: { menuItemId: string; linkUrl?: string }, tab?: { index: number }) => void) | undefined;
    Object.assign(fakeBrowser, {
      contextMenus: {
        removeAll: vi.fn(async () => void menus.splice(0)),
        create: vi.fn((m: (typeof menus)[number]) => void menus.push(m)),
        onClicked: { addListener: (cb: typeof onClicked) => (onClicked = cb) },
      },
    });
    Object.assign(fakeBrowser.permissions, {
      getAll: async () => ({ origins: [] }),
      onAdded: { addListener: vi.fn() },
      onRemoved: { addListener: vi.fn() },
    });
    Object.assign(fakeBrowser, { scripting: { getRegisteredContentScripts: async () => [] } });
    startBackground();
    await vi.waitFor(() => expect(menus).toEqual([{ id: 'scdl-check-link', title: 'Vérifier ce CSV (SCDL)', contexts: ['link'] }]));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    onClicked!({ menuItemId: 'scdl-check-link', linkUrl: 'https://ex.fr/s.csv' }, { index: 0 });
    expect(create).toHaveBeenCalledWith({ url: reportUrl('https://ex.fr/s.csv'), index: 1 });
    // The background answers runtime messages once started.
    expect(await callBackground('probe', { url: 'https://ex.fr/s.csv' })).toEqual({ csv: true });
    // Its title follows the language of the settings.
    await saveSettings({ lang: 'en' });
    await vi.waitFor(() => expect(menus[0]?.title).toBe('Check this CSV (SCDL)'));
  });
});
