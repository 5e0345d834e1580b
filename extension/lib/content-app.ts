/**
 * The content script's logic: find CSV links (now and as the page changes),
 * put one badge per distinct URL, check them (automatically under the size limit
 * of the options, else on click) and show the background's answers. Everything
 * it needs from the extension comes through `ContentDeps`.
 */
import type { Lang } from '@scdl/core';
import type { Settings } from '@scdl/ui/host';
import { createBadge, type BadgeHandle } from './badge';
import { bytesText, tx } from './i18n';
import { classifyLink, type LinkCandidate } from './links';
import type { CheckRequest, LinkState, Push } from './protocol';

export interface ContentDeps {
  check(req: CheckRequest): Promise<LinkState>;
  probe(url: string): Promise<boolean>;
  openReport(url: string): void;
  settings(): Promise<Settings>;
  /** Subscribes to the background's pushes (progress, states). */
  onPush(cb: (p: Push) => void): void;
  /** Subscribes to settings changes. */
  onSettings?(cb: (s: Settings) => void): void;
  debounceMs?: number;
  /** Links without `.csv` probed with HEAD per page, at most. */
  maxProbes?: number;
}

interface Link {
  candidate: LinkCandidate;
  anchor: HTMLAnchorElement;
  badge: BadgeHandle | null;
  state: LinkState | null;
  running: boolean;
}

export class ContentApp {
  private readonly links = new Map<string, Link>();
  private readonly probed = new Set<string>();
  private settings: Settings | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private probes = 0;

  constructor(
    private readonly doc: Document,
    private readonly deps: ContentDeps,
  ) {}

  get lang(): Lang {
    return this.settings?.lang ?? 'fr';
  }

  async start(): Promise<void> {
    this.settings = await this.deps.settings();
    this.deps.onPush((p) => this.onPush(p));
    this.deps.onSettings?.((s) => {
      const langChanged = s.lang !== this.settings?.lang;
      this.settings = s;
      if (langChanged) for (const l of this.links.values()) if (l.state && !l.running) void this.run(l, 'auto');
    });
    this.scan(this.doc);
    this.doc.addEventListener('visibilitychange', this.onVisible);
    this.observer = new MutationObserver((records) => {
      // Our own badges are mutations too: ignore them.
      if (records.every((r) => [...r.addedNodes].every((n) => n instanceof Element && n.hasAttribute('data-scdl-badge')) && r.type === 'childList')) return;
      this.schedule();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }

  stop(): void {
    this.observer?.disconnect();
    this.doc.removeEventListener('visibilitychange', this.onVisible);
    if (this.timer) clearTimeout(this.timer);
    for (const l of this.links.values()) l.badge?.host.remove();
    this.links.clear();
  }

  /** Links and their states, in page order (for the popup). */
  list(): LinkState[] {
    return [...this.links.values()].filter((l) => l.badge).map((l) => l.state ?? this.queued(l.candidate.url));
  }

  /** Checks every link not checked yet (popup's "check all"). */
  checkAll(): void {
    for (const l of this.links.values()) if (l.badge && !l.running && (!l.state || l.state.status === 'pending')) void this.run(l, 'manual');
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.scan(this.doc);
    }, this.deps.debounceMs ?? 300);
  }

  /** Finds new CSV links under `root`; re-attaches badges whose anchor left the page. */
  scan(root: ParentNode): void {
    const base = this.doc.baseURI;
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (a.closest('[data-scdl-badge]')) continue;
      const c = classifyLink(a.getAttribute('href') ?? '', base, { type: a.getAttribute('type'), download: a.getAttribute('download') });
      if (!c) continue;
      const known = this.links.get(c.url);
      if (known) {
        if (!known.anchor.isConnected) {
          known.anchor = a;
          if (known.badge) a.after(known.badge.host);
        }
        continue;
      }
      const link: Link = { candidate: c, anchor: a, badge: null, state: null, running: false };
      this.links.set(c.url, link);
      if (c.kind === 'probe') void this.probe(link);
      else this.attach(link);
    }
  }

  private async probe(link: Link): Promise<void> {
    if (this.probed.has(link.candidate.url) || this.probes >= (this.deps.maxProbes ?? 20)) return;
    this.probed.add(link.candidate.url);
    this.probes++;
    let csv: boolean;
    try {
      csv = await this.deps.probe(link.candidate.url);
    } catch {
      csv = false;
    }
    if (!csv) return;
    link.candidate = { url: link.candidate.url, kind: 'csv' };
    this.attach(link);
  }

  private queued(url: string): LinkState {
    return { url, status: 'pending', reason: 'queued', title: tx(this.lang).queued };
  }

  private attach(link: Link): void {
    const badge = createBadge(this.doc, () => this.onClick(link));
    link.badge = badge;
    badge.update(this.queued(link.candidate.url), this.lang);
    link.anchor.after(badge.host);
    void this.run(link, 'auto');
  }

  private onClick(link: Link): void {
    const st = link.state;
    if (link.running) return;
    if (!st || (st.status === 'pending' && st.reason !== 'permission')) {
      void this.run(link, 'manual');
      return;
    }
    this.deps.openReport(link.candidate.url);
  }

  private async run(link: Link, mode: 'auto' | 'manual'): Promise<void> {
    link.running = true;
    if (mode === 'manual') link.badge?.progress(0, link.state?.total, this.lang, tx(this.lang).checking());
    try {
      const req: CheckRequest = { url: link.candidate.url, kind: link.candidate.kind, mode };
      if (link.candidate.resourceId) req.resourceId = link.candidate.resourceId;
      const state = await this.deps.check(req);
      this.show(link, state);
    } catch (e) {
      this.show(link, { url: link.candidate.url, status: 'error', reason: 'network', title: e instanceof Error ? e.message : String(e) });
    } finally {
      link.running = false;
    }
  }

  private show(link: Link, state: LinkState): void {
    link.state = state;
    if (state.reason === 'not-csv') {
      // A data.gouv.fr resource in another format: no badge.
      link.badge?.host.remove();
      link.badge = null;
      return;
    }
    link.badge?.update(state, this.lang);
  }

  private onPush(p: Push): void {
    const link = this.links.get(p.url);
    if (!link?.badge || !link.running) return;
    const s = tx(this.lang);
    link.badge.progress(p.bytes, p.total, this.lang, s.checking(bytesText(p.bytes, this.lang), p.total ? bytesText(p.total, this.lang) : undefined));
  }

  /** Back on the page after allowing a site in the report tab: check the links that waited for it. */
  private onVisible = (): void => {
    if (this.doc.visibilityState !== 'visible') return;
    for (const l of this.links.values()) if (l.state?.reason === 'permission' && !l.running) void this.run(l, 'auto');
  };
}
