import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
const { contentMatches, syncContentScript, CONTENT_SCRIPT_ID } = await import('./registration');

describe('content script registration', () => {
  let registered: { id: string; matches: string[] }[];
  let origins: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    origins = [];
    Object.assign(fakeBrowser.permissions, { getAll: async () => ({ permissions: ['storage'], origins }) });
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)),
      registerContentScripts: vi.fn(async (s: { id: string; matches: string[] }[]) => void registered.push(...s)),
      updateContentScripts: vi.fn(async (s: { id: string; matches: string[] }[]) => void (registered = [...s])),
      unregisterContentScripts: vi.fn(async () => void (registered = [])),
    });
  });

  it('keeps only host patterns', () => {
    expect(contentMatches(['<all_urls>', 'https://static.data.gouv.fr/*', 'http://127.0.0.1/*', 'chrome://favicon/*'])).toEqual(['<all_urls>', 'https://static.data.gouv.fr/*', 'http://127.0.0.1/*']);
  });

  it('runs nowhere until a site is granted, then follows the granted sites', async () => {
    expect(await syncContentScript()).toEqual([]);
    expect(fakeBrowser.scripting.registerContentScripts).not.toHaveBeenCalled();
    origins = ['https://www.data.gouv.fr/*'];
    await syncContentScript();
    expect(registered).toEqual([expect.objectContaining({ id: CONTENT_SCRIPT_ID, matches: ['https://www.data.gouv.fr/*'], js: ['/content-scripts/content.js'] })]);
    origins = ['https://www.data.gouv.fr/*', '<all_urls>'];
    await syncContentScript();
    expect(fakeBrowser.scripting.updateContentScripts).toHaveBeenCalled();
    expect(registered[0]!.matches).toContain('<all_urls>');
    origins = [];
    await syncContentScript();
    expect(registered).toEqual([]);
  });
});
