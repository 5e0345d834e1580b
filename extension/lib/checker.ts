/**
 * The background's checking service: one place decides which schema applies,
 * fetches and validates (a few at a time, manual clicks first), deduplicates the
 * same URL asked by several tabs, and keeps results per URL + ETag for the session.
 * Every browser API comes in through `CheckerDeps`, so it is tested without a browser.
 */
import type { Lang, Report } from '@scdl/core';
import type { Settings } from '@scdl/ui/host';
import { badgeStatusOf, schemaRefOf, unusableReason } from '@scdl/ui/status';
import { summarize } from '@scdl/core/report/summary';
import { lookupResource, type DataGouvResource } from './datagouv';
import { fetchAndValidate, type FetchOutcome } from './fetch-validate';
import { bytesText, tx } from './i18n';
import { classifyLink, headSaysCsv } from './links';
import type { CheckRequest, LinkState } from './protocol';

/** What a cached result keeps between pages (storage.session survives the service worker). */
export interface StoredResult {
  state: LinkState;
  etag?: string;
  lastModified?: string;
}

export interface CheckerDeps {
  fetch: typeof fetch;
  settings(): Promise<Settings>;
  /** True when the extension holds host access to this URL's origin. */
  hasHostAccess(url: string): Promise<boolean>;
  /** The catalogue's `name@version` for a reference (`scdl/subventions`, `…@2.1`), undefined when unknown. */
  canonicalSchema(ref: string): string | undefined;
  onProgress?(url: string, bytes: number, total?: number): void;
  /** true when a validation starts and nothing else ran, false when the last one ends (keep-alive). */
  onBusyChange?(busy: boolean): void;
  session?: { get(key: string): Promise<StoredResult | undefined>; set(key: string, value: StoredResult): Promise<void> };
  maxConcurrent?: number;
  /** Reports kept in memory (each at most `maxErrors` errors). */
  maxCached?: number;
  progressEveryMs?: number;
}

export interface CheckResult {
  state: LinkState;
  report: Report | null;
  /** Set when host access is missing: the match pattern to request. */
  origin?: string;
}

interface Entry {
  state: LinkState;
  report: Report;
  etag?: string;
  lastModified?: string;
}

interface Target {
  /** The link, as the page shows it: key of badges and reports. */
  url: string;
  /** What is downloaded (a data.gouv.fr resource's file URL). */
  fileUrl: string;
  schema?: string;
  size?: number;
}

export function stateFromReport(url: string, report: Report, lang: Lang): LinkState {
  const s = tx(lang);
  const schema = schemaRefOf(report);
  const status = badgeStatusOf(report);
  const why = unusableReason(report);
  const state: LinkState = { url, status, reason: why === 'source-error' ? 'source' : why === 'schema-error' ? 'schema' : 'done', title: '' };
  if (schema) state.schema = schema;
  if (why === 'source-error') {
    const e = report.errors.find((x) => x.type === 'source-error');
    state.title = [e?.message, e?.hint].filter(Boolean).join(' ');
  } else if (why === 'schema-error') {
    const e = report.errors.find((x) => x.type === 'schema-error');
    state.title = e?.params.reason === 'not-detected' ? s.noSchema : `${e?.message ?? ''} ${s.clickForReport}`;
  } else {
    state.title = s.done(summarize(report, lang).headline, schema);
  }
  return state;
}

export class Checker {
  private readonly cache = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<CheckResult>>();
  private readonly waiting: { start: () => void; priority: boolean }[] = [];
  /** data.gouv.fr API answers, by resource id (several tabs, several checks). */
  private readonly resources = new Map<string, Promise<DataGouvResource | null>>();
  private running = 0;

  constructor(private readonly deps: CheckerDeps) {}

  /** The badge state of a link; `auto` checks stop at the size limit of the options. */
  async check(req: CheckRequest): Promise<LinkState> {
    return (await this.run(req)).state;
  }

  /** The full report of a link (a manual check, from the cache when the file did not change). */
  async report(url: string, schema?: string): Promise<CheckResult> {
    const c = classifyLink(url, url);
    const req: CheckRequest = { url, kind: c?.kind === 'datagouv' ? 'datagouv' : 'csv', mode: 'manual' };
    if (c?.resourceId) req.resourceId = c.resourceId;
    if (schema) req.schema = schema;
    return this.run(req, true);
  }

  /** HEAD (then GET headers) of a link without a CSV extension: does the server say CSV? */
  async probe(url: string): Promise<boolean> {
    for (const method of ['HEAD', 'GET'] as const) {
      try {
        const ctl = new AbortController();
        const res = await this.deps.fetch(url, { method, signal: ctl.signal });
        const csv = headSaysCsv(res.headers.get('content-type'), res.headers.get('content-disposition'));
        ctl.abort();
        if (res.ok) return csv;
        if (method === 'HEAD' && (res.status === 405 || res.status === 501)) continue;
        return false;
      } catch {
        return false;
      }
    }
    return false;
  }

  private async run(req: CheckRequest, wantReport = false): Promise<CheckResult> {
    if (!/^https?:\/\//i.test(req.url)) throw new Error(`Adresse non prise en charge : ${req.url}`);
    const settings = await this.deps.settings();
    const lang = settings.lang;
    const s = tx(lang);
    const target = await this.resolve(req, settings);
    if ('state' in target) return target;
    const key = `${target.url}|${target.schema ?? ''}`;
    const limit = settings.autoValidateMaxBytes;
    if (req.mode === 'auto' && (limit <= 0 || (target.size !== undefined && target.size > limit))) {
      return { state: this.tooBig(target.url, target.size, limit, lang), report: null };
    }
    const pending = this.inflight.get(key);
    if (pending) {
      const r = await pending;
      // An automatic check stopped at the size limit does not answer a click.
      if (!(req.mode === 'manual' && r.state.reason === 'too-big')) return r;
    }
    const job = this.job(key, target, req.mode, settings, wantReport).finally(() => this.inflight.delete(key));
    this.inflight.set(key, job);
    const r = await job;
    if (r.state.reason === 'permission') r.state.title = s.permission(new URL(target.fileUrl).host);
    return r;
  }

  /** Which file and which schema: data.gouv.fr's declared schema, else the options' default, else detection. */
  private async resolve(req: CheckRequest, settings: Settings): Promise<Target | CheckResult> {
    const t: Target = { url: req.url, fileUrl: req.url };
    let declared: string | undefined;
    if (req.kind === 'datagouv' && req.resourceId) {
      let lookup = this.resources.get(req.resourceId);
      if (!lookup) this.resources.set(req.resourceId, (lookup = lookupResource(this.deps.fetch, req.url, req.resourceId)));
      const r = await lookup;
      if (!r) this.resources.delete(req.resourceId);
      if (r && r.format && r.format !== 'csv') {
        return { state: { url: req.url, status: 'error', reason: 'not-csv', title: r.format }, report: null };
      }
      if (r?.url) t.fileUrl = r.url;
      if (r?.size !== undefined) t.size = r.size;
      declared = r?.schema;
    }
    const wanted = req.schema ?? declared ?? settings.defaultSchema ?? undefined;
    const schema = wanted ? (this.deps.canonicalSchema(wanted) ?? (req.schema ? wanted : undefined)) : undefined;
    if (schema) t.schema = schema;
    return t;
  }

  private tooBig(url: string, size: number | undefined, limit: number, lang: Lang): LinkState {
    const s = tx(lang);
    const state: LinkState = { url, status: 'pending', reason: 'too-big', title: s.tooBig(size !== undefined ? bytesText(size, lang) : undefined, limit > 0 ? bytesText(limit, lang) : undefined) };
    if (size !== undefined) state.total = size;
    return state;
  }

  private async job(key: string, target: Target, mode: 'auto' | 'manual', settings: Settings, wantReport: boolean): Promise<CheckResult> {
    const lang = settings.lang;
    const cached = this.cache.get(key);
    const stored = cached ? undefined : await this.deps.session?.get(key);
    const validators = cached ?? stored;
    // Without ETag nor Last-Modified, a result stays good for the session.
    if (cached && !cached.etag && !cached.lastModified) return { state: this.relabel(cached, lang), report: cached.report };
    if (!cached && stored && !wantReport && !stored.etag && !stored.lastModified) return { state: stored.state, report: null };
    await this.acquire(mode === 'manual');
    let outcome: FetchOutcome;
    try {
      let last = 0;
      const every = this.deps.progressEveryMs ?? 250;
      outcome = await fetchAndValidate({
        url: target.fileUrl,
        ...(target.schema ? { schema: target.schema } : {}),
        lang,
        ...(mode === 'auto' && settings.autoValidateMaxBytes > 0 ? { maxBytes: settings.autoValidateMaxBytes } : {}),
        ...(validators?.etag && (cached || !wantReport) ? { etag: validators.etag } : {}),
        ...(validators?.lastModified && (cached || !wantReport) ? { lastModified: validators.lastModified } : {}),
        fetch: this.deps.fetch,
        onProgress: (bytes, total) => {
          const now = Date.now();
          if (now - last < every) return;
          last = now;
          this.deps.onProgress?.(target.url, bytes, total);
        },
      });
    } finally {
      this.release();
    }
    switch (outcome.kind) {
      case 'not-modified':
        if (cached) return { state: this.relabel(cached, lang), report: cached.report };
        if (stored) return { state: stored.state, report: null };
        return { state: { url: target.url, status: 'error', reason: 'http', title: tx(lang).httpStatus(304) }, report: null };
      case 'too-big':
        return { state: this.tooBig(target.url, outcome.size, settings.autoValidateMaxBytes, lang), report: null };
      case 'http': {
        const state: LinkState = { url: target.url, status: 'error', reason: 'http', title: tx(lang).httpStatus(outcome.status) };
        return { state, report: outcome.report };
      }
      case 'network': {
        if (!(await this.deps.hasHostAccess(target.fileUrl))) {
          const origin = new URL(target.fileUrl);
          return { state: { url: target.url, status: 'pending', reason: 'permission', title: '' }, report: null, origin: `${origin.protocol}//${origin.hostname}/*` };
        }
        const e = outcome.report.errors[0];
        return { state: { url: target.url, status: 'error', reason: 'network', title: [e?.message, e?.hint].filter(Boolean).join(' ') }, report: outcome.report };
      }
      case 'report': {
        const state = stateFromReport(target.url, outcome.report, lang);
        const entry: Entry = { state, report: outcome.report };
        if (outcome.etag) entry.etag = outcome.etag;
        if (outcome.lastModified) entry.lastModified = outcome.lastModified;
        this.remember(key, entry);
        return { state, report: outcome.report };
      }
    }
  }

  /** A cached state in the current language (the user may have switched). */
  private relabel(e: Entry, lang: Lang): LinkState {
    return e.report.lang === lang ? e.state : stateFromReport(e.state.url, e.report, lang);
  }

  private remember(key: string, entry: Entry): void {
    this.cache.delete(key);
    this.cache.set(key, entry);
    const max = this.deps.maxCached ?? 30;
    while (this.cache.size > max) this.cache.delete(this.cache.keys().next().value!);
    const stored: StoredResult = { state: entry.state };
    if (entry.etag) stored.etag = entry.etag;
    if (entry.lastModified) stored.lastModified = entry.lastModified;
    void this.deps.session?.set(key, stored).catch(() => undefined);
  }

  private acquire(priority: boolean): Promise<void> {
    const max = this.deps.maxConcurrent ?? 2;
    if (this.running < max) {
      this.started();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const item = { start: () => (this.started(), resolve()), priority };
      // Clicks go before the automatic checks still waiting.
      if (priority) {
        const i = this.waiting.findIndex((w) => !w.priority);
        this.waiting.splice(i === -1 ? this.waiting.length : i, 0, item);
      } else this.waiting.push(item);
    });
  }

  private started(): void {
    if (this.running++ === 0) this.deps.onBusyChange?.(true);
  }

  private release(): void {
    this.running--;
    const next = this.waiting.shift();
    if (next) next.start();
    else if (this.running === 0) this.deps.onBusyChange?.(false);
  }
}
