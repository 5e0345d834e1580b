import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang, Report } from '@scdl/core';
import { Badge, FileDrop, ProgressBar, Summary, type Progress } from '@scdl/ui';
import { createExtensionHost } from '../../lib/host';
import { tx } from '../../lib/i18n';
import { putLocalFile } from '../../lib/local-files';
import { originPattern } from '../../lib/links';
import { callBackground, callContent, type LinkState } from '../../lib/protocol';
import { loadSettings } from '../../lib/settings';
import { fileNameOf } from '../../lib/fetch-validate';

type Tab = 'page' | 'file' | 'url';

function openTab(path: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path as '/report.html') });
  window.close();
}

/** The links of the active tab (the content script is injected on demand: activeTab). */
function PageLinks({ lang }: { lang: Lang }) {
  const s = tx(lang);
  const [tabId, setTabId] = useState<number | null>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const [links, setLinks] = useState<LinkState[] | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [always, setAlways] = useState(true);
  useEffect(() => {
    if (pageUrl) void browser.permissions.contains({ origins: [originPattern(pageUrl)] }).then(setAlways, () => setAlways(true));
  }, [pageUrl]);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) {
        setUnreadable(true);
        return;
      }
      setTabId(tab.id);
      setPageUrl(tab.url);
      const poll = async () => {
        try {
          setLinks(await callContent(tab.id!, 'list', {}));
        } catch {
          try {
            await callBackground('ensure-content', { tabId: tab.id! });
          } catch {
            setUnreadable(true);
            return;
          }
        }
        if (!stop) timer = setTimeout(poll, 700);
      };
      await poll();
    })();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, []);
  if (unreadable) return <p class="scdl-muted">{s.popupCannotRead}</p>;
  if (!links) return <ProgressBar progress={null} lang={lang} />;
  const host = pageUrl ? new URL(pageUrl).host : '';
  return (
    <div data-testid="page-links">
      {links.length === 0 ? (
        <p class="scdl-muted">{s.popupNoLinks}</p>
      ) : (
        <ul class="scdl-links">
          {links.map((l) => (
            <li data-url={l.url}>
              <Badge status={l.status} schema={l.schema} lang={lang} title={l.title} />
              <button class="scdl-link" title={l.url} onClick={() => openTab(`/report.html?${new URLSearchParams({ url: l.url })}`)}>
                {fileNameOf(l.url)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="scdl-row">
        {links.some((l) => l.status === 'pending') && tabId !== null && (
          <button class="scdl-button" onClick={() => void callContent(tabId, 'check-all', {})}>
            {s.popupCheckAll}
          </button>
        )}
        {pageUrl && !always && (
          <button class="scdl-button" onClick={() => void browser.permissions.request({ origins: [originPattern(pageUrl)] }).then(setAlways)}>
            {s.popupAlwaysHere(host)}
          </button>
        )}
      </div>
    </div>
  );
}

/** A local file, validated here in the popup; the full report opens in a tab. */
function LocalFile({ lang }: { lang: Lang }) {
  const s = tx(lang);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async (f: File) => {
    setFile(f);
    setReport(null);
    setError(null);
    setProgress({ bytes: 0, total: f.size });
    try {
      const out = await createExtensionHost({ kind: 'file', file: f }, lang).validate({ onProgress: setProgress });
      if (out.kind === 'report') setReport(out.report);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div data-testid="local-file">
      <FileDrop lang={lang} onFile={(f) => void start(f)} />
      {file && !report && !error && <ProgressBar progress={progress} lang={lang} />}
      {error && <p role="alert">{error}</p>}
      {report && file && (
        <div data-testid="local-result">
          <p>
            <strong>{file.name}</strong>
          </p>
          <Summary report={report} lang={lang} maxLines={5} />
          <button class="scdl-button scdl-primary" onClick={async () => openTab(`/report.html?local=${encodeURIComponent(await putLocalFile(file))}`)}>
            {s.popupOpenReport}
          </button>
        </div>
      )}
    </div>
  );
}

function UrlForm({ lang }: { lang: Lang }) {
  const s = tx(lang);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="scdl-row"
      data-testid="url-form"
      onSubmit={(e) => {
        e.preventDefault();
        let u: URL | null;
        try {
          u = new URL(value.trim());
        } catch {
          u = null;
        }
        if (!u || !/^https?:$/.test(u.protocol)) return setError(s.invalidUrl);
        openTab(`/report.html?${new URLSearchParams({ url: u.href })}`);
      }}
    >
      <input type="url" required placeholder={s.popupUrlPlaceholder} value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
      <button class="scdl-button scdl-primary" type="submit">
        {s.popupUrlCheck}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

export function Popup() {
  const [lang, setLang] = useState<Lang | null>(null);
  const [tab, setTab] = useState<Tab>('page');
  useEffect(() => void loadSettings().then((st) => setLang(st.lang)), []);
  if (!lang) return null;
  const s = tx(lang);
  document.documentElement.lang = lang;
  return (
    <main class="scdl-popup">
      <h1>{s.extensionName}</h1>
      <div class="scdl-tabs" role="tablist">
        {(['page', 'file', 'url'] as const).map((k) => (
          <button role="tab" data-testid={`tab-${k}`} aria-selected={tab === k} onClick={() => setTab(k)}>
            {k === 'page' ? s.popupPage : k === 'file' ? s.popupFile : s.popupUrl}
          </button>
        ))}
      </div>
      {tab === 'page' && <PageLinks lang={lang} />}
      {tab === 'file' && <LocalFile lang={lang} />}
      {tab === 'url' && <UrlForm lang={lang} />}
      <p>
        <button class="scdl-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {s.popupOptions}
        </button>
      </p>
    </main>
  );
}
