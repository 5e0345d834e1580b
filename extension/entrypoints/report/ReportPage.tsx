import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '@scdl/core';
import { ValidationPanel } from '@scdl/ui';
import { createExtensionHost, type Target } from '../../lib/host';
import { tx } from '../../lib/i18n';
import { getLocalFile } from '../../lib/local-files';
import { loadSettings, watchSettings } from '../../lib/settings';

/** report.html?url=<encoded URL>[&schema=name@version] or ?local=<id> (a file handed over by the popup). */
export function ReportPage({ url, local, schema }: { url: string | null; local: string | null; schema: string | undefined }) {
  const [lang, setLang] = useState<Lang | null>(null);
  const web = url && /^https?:\/\//i.test(url) ? url : null;
  const [target, setTarget] = useState<Target | null | 'missing'>(web ? { kind: 'url', url: web } : null);
  useEffect(() => {
    void loadSettings().then((s) => setLang(s.lang));
    return watchSettings((s) => setLang(s.lang));
  }, []);
  useEffect(() => {
    if (!web && local) void getLocalFile(local).then((f) => setTarget(f ? { kind: 'file', file: f } : 'missing'), () => setTarget('missing'));
    else if (!web) setTarget('missing');
  }, [web, local]);
  const host = useMemo(() => (lang && target && target !== 'missing' ? createExtensionHost(target, lang) : null), [target, lang]);
  if (!lang) return null;
  const s = tx(lang);
  document.documentElement.lang = lang;
  if (target === 'missing') return <p>{local ? s.reportLocalGone : s.reportNoUrl}</p>;
  if (!host || !target) return null;
  const name = target.kind === 'url' ? target.url : target.file.name;
  document.title = `${s.reportTitle} — ${host.documentName}`;
  return (
    <main class="scdl-page">
      <header>
        <h1>{s.reportTitle}</h1>
        <p class="scdl-source" data-testid="source">
          {target.kind === 'url' ? (
            <a href={target.url} rel="noopener noreferrer">
              {name}
            </a>
          ) : (
            name
          )}
        </p>
      </header>
      <ValidationPanel host={host} lang={lang} schema={schema} />
    </main>
  );
}
