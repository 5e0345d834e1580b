import type { Lang, Report } from '@scdl/core';
import { summarize } from '@scdl/core/report/summary';
import { t } from '../i18n';
import { badgeStatusOf, schemaRefOf } from '../status';
import { Badge } from './Badge';

const DELIMITERS: Record<string, Record<Lang, string>> = {
  ',': { fr: 'virgule', en: 'comma' },
  ';': { fr: 'point-virgule', en: 'semicolon' },
  '\t': { fr: 'tabulation', en: 'tab' },
  '|': { fr: 'barre verticale', en: 'pipe' },
};

/** Headline, badge, schema and file facts, then what is wrong grouped by column (core `summarize`). */
export function Summary({ report, lang, maxLines = 8 }: { report: Report; lang: Lang; maxLines?: number }) {
  const s = t(lang);
  const sum = summarize(report, lang);
  const schema = schemaRefOf(report);
  const src = report.source;
  const lines = sum.lines.slice(0, maxLines);
  return (
    <section class="scdl-summary" data-testid="summary" data-rows={report.stats.rows} data-errors={report.stats.errors} data-warnings={report.stats.warnings}>
      <div class="scdl-summary-head">
        <Badge status={badgeStatusOf(report)} schema={schema} lang={lang} />
        <strong class="scdl-headline">{sum.headline}</strong>
      </div>
      <dl class="scdl-facts">
        <dt>{s.schema}</dt>
        <dd data-testid="summary-schema">
          {schema ? `${report.schema?.title ? `${report.schema.title} — ` : ''}${schema} (${report.schema?.detected ? s.detected : s.declared})` : s.noSchema}
        </dd>
        {src.encoding && (
          <>
            <dt>{s.encoding}</dt>
            <dd>{s.encodingName(src.encoding)}{src.bom ? ' (BOM)' : ''}</dd>
          </>
        )}
        {src.delimiter && (
          <>
            <dt>{s.delimiter}</dt>
            <dd>{DELIMITERS[src.delimiter]?.[lang] ?? src.delimiter}</dd>
          </>
        )}
        <dt>{s.rows}</dt>
        <dd>{report.stats.rows.toLocaleString(lang)}</dd>
        <dt>{s.errors}</dt>
        <dd>{report.stats.errors.toLocaleString(lang)}</dd>
        <dt>{s.warnings}</dt>
        <dd>{report.stats.warnings.toLocaleString(lang)}</dd>
      </dl>
      {lines.length > 0 && (
        <ul class="scdl-summary-lines">
          {lines.map((l) => (
            <li class={`scdl-sev-${l.severity}`} data-summary-code={l.code}>
              {l.fieldName ? <code>{l.fieldName}</code> : null}
              {l.fieldName ? ' : ' : ''}
              {l.text}
            </li>
          ))}
          {sum.lines.length > maxLines && <li class="scdl-muted">…</li>}
        </ul>
      )}
    </section>
  );
}
