/** The user's settings in `storage.local` (language, automatic check limit, default schema). */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings, type SettingsPort } from '@scdl/ui/host';

const KEY = 'settings';

function sanitize(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Settings>;
  return {
    lang: s.lang === 'en' ? 'en' : 'fr',
    autoValidateMaxBytes: typeof s.autoValidateMaxBytes === 'number' && s.autoValidateMaxBytes >= 0 ? s.autoValidateMaxBytes : DEFAULT_SETTINGS.autoValidateMaxBytes,
    defaultSchema: typeof s.defaultSchema === 'string' && s.defaultSchema !== '' ? s.defaultSchema : null,
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return sanitize(got[KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitize({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `cb` with the new settings whenever they change (any page, any tab). */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) cb(sanitize(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const settingsPort: SettingsPort = { load: loadSettings, save: saveSettings };
