import { useState } from 'preact/hooks';
import { locationText, renderError, type Lang, type Report, type ValidationError } from '@scdl/core';
import { groupByCode, groupByColumn, type ErrorGroup } from '../group';
import { t } from '../i18n';

const ROWS_PER_GROUP = 100;

/** The error's message without its location prefix (the table has a column for it). */
function rendered(e: ValidationError, lang: Lang): { where: string; title: string; message: string; hint: string } {
  const r = renderError(e, lang);
  const where = locationText(e, lang);
  let message = r.message ?? '';
  const sep = lang === 'fr' ? ' : ' : ': ';
  if (where && message.startsWith(where + sep)) message = message.slice(where.length + sep.length);
  return { where, title: r.title ?? e.type, message, hint: r.hint ?? '' };
}

function ErrorRows({ group, lang }: { group: ErrorGroup; lang: Lang }) {
  const s = t(lang);
  const rows = group.rows.slice(0, ROWS_PER_GROUP);
  const hidden = group.count - rows.length;
  return (
    <table class="scdl-errors">
      <thead>
        <tr>
          <th>{s.where}</th>
          <th>{s.value}</th>
          <th>{s.problem}</th>
          <th>{s.howToFix}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => {
          const r = rendered(e, lang);
          return (
            <tr
              data-error-type={e.type}
              data-severity={e.severity}
              data-row={e.rowNumber}
              data-field={e.fieldName}
              data-cell={e.cell}
              class={`scdl-sev-${e.severity}`}
            >
              <td class="scdl-where">{r.where || '—'}</td>
              <td class="scdl-value">{e.value !== undefined ? <code>{e.value === '' ? '∅' : e.value}</code> : ''}</td>
              <td>
                <strong>{r.title}</strong>
                {r.message && r.message !== r.title ? <div>{r.message}</div> : null}
              </td>
              <td class="scdl-hint">
                {r.hint}
                {e.fix ? (
                  <div class="scdl-fix">
                    → <code>{e.fix.to}</code>
                  </div>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
      {hidden > 0 && (
        <tfoot>
          <tr>
            <td colSpan={4} class="scdl-muted">
              {s.moreInGroup(hidden)}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function codeTitle(code: string, lang: Lang): string {
  return renderError({ type: code, severity: 'error', tags: [], params: {} }, lang).title ?? code;
}

/** Every error of a report, grouped by column or by code, with French explanations and fix hints. */
export function ReportView({ report, lang }: { report: Report; lang: Lang }) {
  const s = t(lang);
  const [view, setView] = useState<'column' | 'code'>('column');
  if (report.stats.errors + report.stats.warnings === 0) {
    return (
      <p class="scdl-ok" data-testid="no-errors">
        {s.noErrors}
      </p>
    );
  }
  const groups = view === 'column' ? groupByColumn(report) : groupByCode(report);
  return (
    <section class="scdl-report" data-view={view}>
      <div class="scdl-tabs" role="tablist">
        <button role="tab" aria-selected={view === 'column'} data-testid="view-column" onClick={() => setView('column')}>
          {s.byColumn}
        </button>
        <button role="tab" aria-selected={view === 'code'} data-testid="view-code" onClick={() => setView('code')}>
          {s.byCode}
        </button>
      </div>
      {report.truncated && <p class="scdl-muted">{s.truncated(report.errors.length, report.stats.errors + report.stats.warnings)}</p>}
      {groups.map((g) => (
        <details class="scdl-group" open={groups.length <= 6} data-group={g.key} data-count={g.count}>
          <summary>
            <span class="scdl-group-name">{view === 'column' ? (g.key === '' ? s.fileLevel : <code>{g.key}</code>) : codeTitle(g.key, lang)}</span>
            <span class="scdl-group-count">
              {g.errors > 0 && <span class="scdl-count-error">{`${g.errors.toLocaleString(lang)} ${s.errorCount(g.errors)}`}</span>}
              {g.warnings > 0 && <span class="scdl-count-warning">{`${g.warnings.toLocaleString(lang)} ${s.warningCount(g.warnings)}`}</span>}
            </span>
            {view === 'column' && (
              <span class="scdl-group-codes scdl-muted">{g.codes.map((c) => `${codeTitle(c.code, lang)} (${c.count})`).join(' · ')}</span>
            )}
            {view === 'code' && <code class="scdl-muted">{g.key}</code>}
          </summary>
          <ErrorRows group={g} lang={lang} />
        </details>
      ))}
    </section>
  );
}
