/**
 * The badge put next to a CSV link: a small button in a shadow root (page styles
 * cannot touch it, ours cannot leak), text only (never HTML from the file or the
 * server). The host element carries the data attributes of DESIGN.md §2.4.
 */
import type { Lang } from '@scdl/core';
import { STATUS_COLORS } from '@scdl/ui/status';
import { t } from '@scdl/ui/i18n';
import type { LinkState } from './protocol';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 0 0 .35em; }
button {
  all: initial; cursor: pointer; display: inline-flex; align-items: center; gap: .25em;
  font: 600 11px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  padding: 0 .55em; border-radius: 1em; white-space: nowrap;
  box-shadow: 0 0 0 1px rgba(0,0,0,.15);
}
button:focus-visible { outline: 2px solid #000091; outline-offset: 1px; }
`;

export interface BadgeHandle {
  readonly host: HTMLElement;
  update(state: LinkState, lang: Lang): void;
  progress(bytes: number, total: number | undefined, lang: Lang, title: string): void;
}

export function createBadge(doc: Document, onClick: () => void): BadgeHandle {
  const host = doc.createElement('span');
  host.setAttribute('data-scdl-badge', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  const symbol = doc.createElement('span');
  symbol.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  button.append(symbol, label);
  root.append(style, button);
  host.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClick();
  });
  const paint = (status: LinkState['status'], text: string, title: string, lang: Lang) => {
    const c = STATUS_COLORS[status];
    button.style.color = c.fg;
    button.style.background = c.bg;
    symbol.textContent = c.symbol;
    label.textContent = text;
    host.title = title;
    button.setAttribute('aria-label', `SCDL : ${t(lang).status[status]}. ${title}`);
  };
  return {
    host,
    update(state, lang) {
      host.setAttribute('data-scdl-status', state.status);
      host.setAttribute('data-scdl-reason', state.reason);
      host.setAttribute('data-scdl-url', state.url);
      if (state.schema) host.setAttribute('data-scdl-schema', state.schema);
      else host.removeAttribute('data-scdl-schema');
      paint(state.status, 'SCDL', state.title, lang);
    },
    progress(bytes, total, lang, title) {
      host.setAttribute('data-scdl-status', 'pending');
      host.setAttribute('data-scdl-reason', 'checking');
      const pct = total ? `${Math.min(99, Math.floor((bytes / total) * 100))} %` : '';
      paint('pending', pct ? `SCDL ${pct}` : 'SCDL', title, lang);
    },
  };
}
