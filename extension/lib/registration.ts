/**
 * Where the content script runs. No site access at install: the badges appear in
 * a tab when the user clicks the toolbar icon (activeTab), and on every page of
 * the sites the user granted (optional host permissions), where the content script
 * is registered at run time.
 */
import { browser } from 'wxt/browser';

export const CONTENT_SCRIPT_ID = 'scdl-badges';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' as const;

/** Match patterns the content script should run on: every granted origin. */
export function contentMatches(origins: readonly string[]): string[] {
  return origins.filter((o) => o === '<all_urls>' || /^(?:https?|\*):\/\/[^/]+\/\*?$/.test(o) || /^(?:https?|\*):\/\/[^/]+\/.*$/.test(o));
}

/** Registers, updates or removes the content script to follow the granted origins. */
export async function syncContentScript(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = contentMatches(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return [];
  }
  const script = { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_idle' as const };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

/** Puts the content script in a tab now (the popup was opened: activeTab grants that tab). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

export async function hasHostAccess(url: string): Promise<boolean> {
  try {
    const u = new URL(url);
    return await browser.permissions.contains({ origins: [`${u.protocol}//${u.hostname}/*`] });
  } catch {
    return false;
  }
}
