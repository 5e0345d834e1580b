// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@scdl/ui/host';
import { ContentApp, type ContentDeps } from './content-app';
import type { CheckRequest, LinkState, Push } from './protocol';

function setup(html: string, answer: (req: CheckRequest) => LinkState | Promise<LinkState>, over: Partial<ContentDeps> = {}) {
  document.body.innerHTML = html;
  const pushes: ((p: Push) => void)[] = [];
  const deps: ContentDeps = {
    check: vi.fn(async (req: CheckRequest) => answer(req)),
    probe: vi.fn(async (url: string) => url.includes('export')),
    openReport: vi.fn(),
    settings: async (): Promise<Settings> => DEFAULT_SETTINGS,
    onPush: (cb) => pushes.push(cb),
    debounceMs: 10,
    ...over,
  };
  const app = new ContentApp(document, deps);
  return { app, deps, push: (p: Push) => pushes.forEach((cb) => cb(p)) };
}

const done = (url: string, status: LinkState['status'] = 'valid'): LinkState => ({ url, status, reason: 'done', title: 'Fichier valide (3 lignes).', schema: 'scdl/subventions@2.1.1' });
const badgeOf = (url: string) => document.querySelector<HTMLElement>(`[data-scdl-badge][data-scdl-url="${url}"]`);
const badges = () => [...document.querySelectorAll<HTMLElement>('[data-scdl-badge]')];

let app: ContentApp | undefined;
afterEach(() => app?.stop());
beforeEach(() => {
  document.body.innerHTML = '';
});

describe('ContentApp', () => {
  it('puts one badge after each distinct CSV link and checks it automatically', async () => {
    const s = setup(
      `<p><a id="a" href="/d/a.csv">a</a> <a id="a2" href="/d/a.csv#x">encore a</a> <a href="/d/b.csv">b</a> <a href="/page.html">page</a> <a href="mailto:x@y.fr">m</a></p>`,
      (req) => done(req.url),
    );
    app = s.app;
    await app.start();
    await vi.waitFor(() => expect(badges().map((b) => b.getAttribute('data-scdl-status'))).toEqual(['valid', 'valid']));
    const a = new URL('/d/a.csv', document.baseURI).href;
    expect(document.getElementById('a')!.nextElementSibling).toBe(badgeOf(a));
    expect(badgeOf(a)!.getAttribute('data-scdl-schema')).toBe('scdl/subventions@2.1.1');
    expect(s.deps.check).toHaveBeenCalledTimes(2);
    expect(vi.mocked(s.deps.check).mock.calls.every(([r]) => r.mode === 'auto')).toBe(true);
  });

  it('shows pending while waiting, then progress pushed by the background', async () => {
    let finish!: (s: LinkState) => void;
    const s = setup('<a href="https://ex.fr/gros.csv">g</a>', () => new Promise<LinkState>((r) => (finish = r)));
    app = s.app;
    await app.start();
    const b = badgeOf('https://ex.fr/gros.csv')!;
    expect(b.getAttribute('data-scdl-status')).toBe('pending');
    expect(b.getAttribute('data-scdl-reason')).toBe('queued');
    s.push({ type: 'progress', url: 'https://ex.fr/gros.csv', bytes: 25_000_000, total: 100_000_000 });
    expect(b.getAttribute('data-scdl-reason')).toBe('checking');
    expect(b.shadowRoot!.textContent).toContain('25 %');
    expect(b.title).toContain('25 Mo sur 100 Mo');
    finish(done('https://ex.fr/gros.csv', 'invalid'));
    await vi.waitFor(() => expect(b.getAttribute('data-scdl-status')).toBe('invalid'));
  });

  it('checks a big file on click, and opens the report of a checked one', async () => {
    const s = setup('<a href="https://ex.fr/gros.csv">g</a>', (req) =>
      req.mode === 'auto' ? { url: req.url, status: 'pending', reason: 'too-big', title: 'Fichier de 50 Mo : cliquez pour le vérifier' } : done(req.url),
    );
    app = s.app;
    await app.start();
    const b = badgeOf('https://ex.fr/gros.csv')!;
    await vi.waitFor(() => expect(b.getAttribute('data-scdl-reason')).toBe('too-big'));
    b.click();
    await vi.waitFor(() => expect(b.getAttribute('data-scdl-status')).toBe('valid'));
    expect(vi.mocked(s.deps.check).mock.calls.at(-1)![0].mode).toBe('manual');
    b.click();
    expect(s.deps.openReport).toHaveBeenCalledWith('https://ex.fr/gros.csv');
  });

  it('opens the report page (where access is asked) when host access is missing', async () => {
    const s = setup('<a href="https://autre.fr/a.csv">a</a>', (req) => ({ url: req.url, status: 'pending', reason: 'permission', title: 'Autoriser' }));
    app = s.app;
    await app.start();
    const b = badgeOf('https://autre.fr/a.csv')!;
    await vi.waitFor(() => expect(b.getAttribute('data-scdl-reason')).toBe('permission'));
    b.click();
    expect(s.deps.openReport).toHaveBeenCalledWith('https://autre.fr/a.csv');
  });

  it('checks again the links that waited for host access when the user comes back to the page', async () => {
    let allowed = false;
    const s = setup('<a href="https://autre.fr/a.csv">a</a>', (req) => (allowed ? done(req.url) : { url: req.url, status: 'pending', reason: 'permission', title: '' }));
    app = s.app;
    await app.start();
    const b = badgeOf('https://autre.fr/a.csv')!;
    await vi.waitFor(() => expect(b.getAttribute('data-scdl-reason')).toBe('permission'));
    allowed = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(b.getAttribute('data-scdl-status')).toBe('valid'));
  });

  it('follows links added later (debounced) and re-attaches a badge whose link was replaced', async () => {
    const s = setup('<div id="list"></div>', (req) => done(req.url));
    app = s.app;
    await app.start();
    const list = document.getElementById('list')!;
    for (let i = 0; i < 5; i++) list.insertAdjacentHTML('beforeend', `<a href="https://ex.fr/${i}.csv">${i}</a>`);
    await vi.waitFor(() => expect(badges()).toHaveLength(5));
    list.innerHTML = '<a id="again" href="https://ex.fr/0.csv">0 encore</a>';
    await vi.waitFor(() => expect(document.getElementById('again')!.nextElementSibling?.hasAttribute('data-scdl-badge')).toBe(true));
    expect(vi.mocked(s.deps.check).mock.calls.filter(([r]) => r.url === 'https://ex.fr/0.csv')).toHaveLength(1);
  });

  it('probes download links without extension and badges only those answering CSV', async () => {
    const s = setup('<a href="https://ex.fr/export?id=3">e</a> <a href="https://ex.fr/download/notice">n</a>', (req) => done(req.url));
    app = s.app;
    await app.start();
    await vi.waitFor(() => expect(badges()).toHaveLength(1));
    expect(badges()[0]!.getAttribute('data-scdl-url')).toBe('https://ex.fr/export?id=3');
    expect(s.deps.probe).toHaveBeenCalledTimes(2);
  });

  it('sends data.gouv.fr resource ids and drops the badge of resources in another format', async () => {
    const id = '54d47250-1daf-483b-965a-3013f8c76617';
    const s = setup(`<a href="https://www.data.gouv.fr/fr/datasets/r/${id}">r</a>`, (req) => ({ url: req.url, status: 'error', reason: 'not-csv', title: 'xlsx' }));
    app = s.app;
    await app.start();
    await vi.waitFor(() => expect(s.deps.check).toHaveBeenCalled());
    expect(vi.mocked(s.deps.check).mock.calls[0]![0]).toMatchObject({ kind: 'datagouv', resourceId: id });
    await vi.waitFor(() => expect(badges()).toHaveLength(0));
  });

  it('never puts text from the server into the page as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>gras</b>';
    const s = setup('<a href="https://ex.fr/a.csv">a</a>', (req) => ({ url: req.url, status: 'error', reason: 'source', title: evil }));
    app = s.app;
    await app.start();
    const b = badgeOf('https://ex.fr/a.csv')!;
    await vi.waitFor(() => expect(b.getAttribute('data-scdl-status')).toBe('error'));
    expect(b.title).toBe(evil);
    expect(b.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('lists link states for the popup and checks the pending ones on demand', async () => {
    const s = setup('<a href="https://ex.fr/a.csv">a</a><a href="https://ex.fr/b.csv">b</a>', (req) =>
      req.mode === 'auto' ? { url: req.url, status: 'pending', reason: 'too-big', title: '' } : done(req.url),
    );
    app = s.app;
    await app.start();
    await vi.waitFor(() => expect(app!.list().map((l) => l.reason)).toEqual(['too-big', 'too-big']));
    app.checkAll();
    await vi.waitFor(() => expect(app!.list().map((l) => l.status)).toEqual(['valid', 'valid']));
  });
});
