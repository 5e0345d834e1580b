/** Content script wiring: the ContentApp over the extension's messaging and storage. */
import { browser } from 'wxt/browser';
import { ContentApp } from './content-app';
import { callBackground, handle, isPush, type ContentApi, type Push } from './protocol';
import { loadSettings, watchSettings } from './settings';

export function startContent(doc: Document): ContentApp {
  const pushListeners: ((p: Push) => void)[] = [];
  const app = new ContentApp(doc, {
    check: (req) => callBackground('check', req),
    probe: async (url) => (await callBackground('probe', { url })).csv,
    openReport: (url) => void callBackground('open-report', { url }),
    settings: loadSettings,
    onPush: (cb) => pushListeners.push(cb),
    onSettings: (cb) => void watchSettings(cb),
  });
  const router = handle<ContentApi>({
    list: () => app.list(),
    'check-all': () => {
      app.checkAll();
      return null;
    },
  });
  browser.runtime.onMessage.addListener(((msg: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => {
    if (isPush(msg)) {
      for (const l of pushListeners) l(msg.push);
      return undefined;
    }
    return router(msg, sender as never, sendResponse);
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  void app.start();
  return app;
}
