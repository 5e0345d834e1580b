import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SchemaPicker, type SchemaOption, type Settings } from '@scdl/ui';
import { schemaCatalog } from '../../lib/catalog';
import { tx } from '../../lib/i18n';
import { contentMatches } from '../../lib/registration';
import { loadSettings, saveSettings } from '../../lib/settings';

const MB = 1024 * 1024;

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [catalog, setCatalog] = useState<SchemaOption[]>([]);
  const [origins, setOrigins] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const refreshOrigins = async () => setOrigins(contentMatches((await browser.permissions.getAll()).origins ?? []));
  useEffect(() => {
    void loadSettings().then(setSettings);
    void schemaCatalog.list().then(setCatalog);
    void refreshOrigins();
  }, []);
  if (!settings) return null;
  const s = tx(settings.lang);
  document.documentElement.lang = settings.lang;
  const save = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setSaved(true);
    setTimeout(() => setSaved(false), 1500);
  };
  const all = origins.includes('<all_urls>') || origins.includes('*://*/*');
  return (
    <main class="scdl-page scdl-options">
      <h1>{s.optionsTitle}</h1>
      <label for="lang">{s.optionsLang}</label>
      <select id="lang" data-testid="opt-lang" value={settings.lang} onChange={(e) => void save({ lang: (e.currentTarget as HTMLSelectElement).value as Settings['lang'] })}>
        <option value="fr">Français</option>
        <option value="en">English</option>
      </select>

      <label for="auto">{s.optionsAuto}</label>
      <input
        id="auto"
        type="number"
        min={0}
        step={1}
        data-testid="opt-auto"
        value={Math.round(settings.autoValidateMaxBytes / MB)}
        onChange={(e) => void save({ autoValidateMaxBytes: Math.max(0, Number((e.currentTarget as HTMLInputElement).value) || 0) * MB })}
      />{' '}
      {s.optionsMb}
      <p class="scdl-muted">{s.optionsAutoHelp}</p>

      <label>{s.optionsDefaultSchema}</label>
      {catalog.length > 0 && (
        <SchemaPicker options={catalog} value={settings.defaultSchema} lang={settings.lang} submitLabel={null} onSubmit={(ref) => void save({ defaultSchema: ref })} />
      )}
      <p class="scdl-muted">{s.optionsDefaultSchemaHelp}</p>

      <label>{s.optionsSites}</label>
      <p class="scdl-muted">{s.optionsSitesHelp}</p>
      <label style={{ fontWeight: 'normal' }}>
        <input
          type="checkbox"
          checked={all}
          onChange={async (e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            if (on) await browser.permissions.request({ origins: ['<all_urls>'] });
            else await browser.permissions.remove({ origins: ['<all_urls>'] });
            await refreshOrigins();
          }}
        />{' '}
        {s.optionsAllSites}
      </label>
      {!all && origins.length > 0 && (
        <ul>
          {origins.map((o) => (
            <li>
              <code>{o}</code>{' '}
              <button class="scdl-button" onClick={async () => (await browser.permissions.remove({ origins: [o] }), refreshOrigins())}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {!all && <p class="scdl-muted">{s.optionsGranted(origins.length)}</p>}
      {saved && <p role="status">{s.optionsSaved}</p>}
    </main>
  );
}
