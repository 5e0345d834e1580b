import { useState } from 'preact/hooks';
import type { Lang } from '@scdl/core';
import type { FixPreviewModel } from '../host';
import { t } from '../i18n';

export interface FixPreviewProps {
  model: FixPreviewModel;
  lang: Lang;
  /** Applies the chosen kinds (the host downloads or writes). */
  onApply(kinds: string[]): void | Promise<void>;
  busy?: boolean;
}

/** What the safe fixes would change, kind by kind, shown before anything is written. */
export function FixPreview({ model, lang, onApply, busy }: FixPreviewProps) {
  const s = t(lang);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(model.kinds.map((k) => k.kind)));
  if (model.total === 0)
    return (
      <div class="scdl-muted" data-testid="fix-none">
        <p>{s.fixesNone}</p>
        {model.notes?.map((n) => <p>{n}</p>)}
      </div>
    );
  const changes = model.changes.filter((c) => chosen.has(c.kind));
  const count = model.kinds.filter((k) => chosen.has(k.kind)).reduce((n, k) => n + k.count, 0);
  return (
    <section class="scdl-fixes" data-testid="fix-preview">
      <p>{s.fixesCount(count)}</p>
      {model.remaining > 0 && <p class="scdl-muted">{s.fixesRemaining(model.remaining)}</p>}
      {model.notes && model.notes.length > 0 && (
        <ul class="scdl-muted" data-testid="fix-notes">
          {model.notes.map((n) => (
            <li>{n}</li>
          ))}
        </ul>
      )}
      <ul class="scdl-fix-kinds">
        {model.kinds.map((k) => (
          <li>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(k.kind)}
                data-fix-kind={k.kind}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if ((e.currentTarget as HTMLInputElement).checked) next.add(k.kind);
                  else next.delete(k.kind);
                  setChosen(next);
                }}
              />{' '}
              {k.label} ({k.count})
            </label>
          </li>
        ))}
      </ul>
      <table class="scdl-errors">
        <caption>{s.fixesPreview}</caption>
        <thead>
          <tr>
            <th>{s.where}</th>
            <th>{s.before}</th>
            <th>{s.after}</th>
          </tr>
        </thead>
        <tbody>
          {changes.slice(0, 50).map((c) => (
            <tr data-fix-kind={c.kind}>
              <td>{c.cell ?? (c.rowNumber !== undefined ? `${c.rowNumber}` : '')}{c.fieldName ? ` (${c.fieldName})` : ''}</td>
              <td>
                <code>{c.from}</code>
              </td>
              <td>
                <code>{c.to}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > 50 && <p class="scdl-muted">{s.fixesMore(count - 50)}</p>}
      <button class="scdl-button scdl-primary" data-testid="fix-apply" disabled={busy || count === 0} onClick={() => onApply([...chosen])}>
        {s.fixesApply}
      </button>
    </section>
  );
}
