import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, Report } from '@scdl/core';
import type { FixPreviewModel, Host, Progress, SchemaOption } from '../host';
import { t } from '../i18n';
import { schemaRefOf } from '../status';
import { FixPreview } from './FixPreview';
import { ProgressBar } from './ProgressBar';
import { ReportView } from './ReportView';
import { SchemaPicker } from './SchemaPicker';
import { Summary } from './Summary';

type Phase =
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'permission'; origin: string; explanation: string }
  | { kind: 'done'; report: Report }
  | { kind: 'failed'; message: string };

export interface ValidationPanelProps {
  host: Host;
  lang: Lang;
  /** Schema to start with (`name@version`); undefined = the host's choice. */
  schema?: string | undefined;
  /** Called with each new report (hosts mirror it: page title, badge…). */
  onReport?(report: Report): void;
}

/**
 * The whole report screen of every host: progress, then summary, schema picker,
 * safe fixes (previewed first) and the errors by column and by code.
 */
export function ValidationPanel({ host, lang, schema: initialSchema, onReport }: ValidationPanelProps) {
  const s = t(lang);
  const [phase, setPhase] = useState<Phase>({ kind: 'running', progress: null });
  const [schema, setSchema] = useState<string | undefined>(initialSchema);
  const [catalog, setCatalog] = useState<SchemaOption[] | null>(null);
  const [fixes, setFixes] = useState<FixPreviewModel | null>(null);
  const [showFixes, setShowFixes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useRef(0);

  const validate = useCallback(
    async (ref: string | undefined) => {
      const id = ++run.current;
      setPhase({ kind: 'running', progress: null });
      setFixes(null);
      setShowFixes(false);
      try {
        const outcome = await host.validate({
          ...(ref ? { schema: ref } : {}),
          onProgress: (p) => {
            if (run.current === id) setPhase({ kind: 'running', progress: p });
          },
        });
        if (run.current !== id) return;
        if (outcome.kind === 'needs-permission') {
          setPhase({ kind: 'permission', origin: outcome.origin, explanation: outcome.explanation });
          return;
        }
        setPhase({ kind: 'done', report: outcome.report });
        onReport?.(outcome.report);
        if (host.fixes && outcome.report.stats.errors > 0) {
          host.fixes.preview(outcome.report).then((m) => run.current === id && setFixes(m), () => setFixes(null));
        }
      } catch (e) {
        if (run.current === id) setPhase({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [host, onReport],
  );

  useEffect(() => {
    void validate(initialSchema);
  }, [validate, initialSchema]);

  useEffect(() => {
    host.catalog.list().then(setCatalog, () => setCatalog([]));
  }, [host]);

  if (phase.kind === 'running') return <ProgressBar progress={phase.progress} lang={lang} />;
  if (phase.kind === 'failed') {
    return (
      <div class="scdl-failed" role="alert">
        <p>{phase.message}</p>
        <button class="scdl-button" onClick={() => validate(schema)}>
          {s.retry}
        </button>
      </div>
    );
  }
  if (phase.kind === 'permission') {
    return (
      <div class="scdl-permission" data-testid="permission" role="alert">
        <p>{phase.explanation}</p>
        <button
          class="scdl-button scdl-primary"
          data-testid="allow"
          onClick={async () => {
            if (await host.requestPermission?.(phase.origin)) await validate(schema);
          }}
        >
          {s.allow}
        </button>
      </div>
    );
  }
  const report = phase.report;
  const current = schemaRefOf(report) ?? null;
  const download = () =>
    host.download({
      name: `${host.documentName.replace(/\.[a-z0-9]+$/i, '')}.rapport-scdl.json`,
      type: 'application/json',
      data: JSON.stringify(report, null, 2),
    });
  return (
    <div class="scdl-panel" data-testid="report" data-report-status={report.status}>
      <Summary report={report} lang={lang} />
      <div class="scdl-actions">
        {catalog && catalog.length > 0 && (
          <SchemaPicker
            options={catalog}
            value={schema ?? current}
            lang={lang}
            onSubmit={(ref) => {
              const next = ref ?? undefined;
              setSchema(next);
              void validate(next);
            }}
          />
        )}
        <button class="scdl-button" data-testid="download-json" onClick={download}>
          {s.downloadJson}
        </button>
        {fixes && fixes.total > 0 && !showFixes && (
          <button class="scdl-button" data-testid="fix-show" onClick={() => setShowFixes(true)}>
            {s.fixesShowPreview} ({fixes.total})
          </button>
        )}
      </div>
      {notice && (
        <p class="scdl-notice" role="status">
          {notice}
        </p>
      )}
      {fixes && showFixes && host.fixes && (
        <FixPreview
          model={fixes}
          lang={lang}
          busy={busy}
          onApply={async (kinds) => {
            setBusy(true);
            try {
              setNotice(await host.fixes!.apply(report, kinds));
            } catch (e) {
              setNotice(e instanceof Error ? e.message : String(e));
            } finally {
              setBusy(false);
            }
          }}
        />
      )}
      <ReportView report={report} lang={lang} />
    </div>
  );
}
