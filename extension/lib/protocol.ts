/**
 * Messages between the content script, the extension pages and the background.
 * One typed table of requests and responses; `handle()` installs a router that
 * works with Chrome's `sendResponse` and with promise-returning listeners (Firefox,
 * WXT's fake browser).
 */
import { browser } from 'wxt/browser';
import type { Report } from '@scdl/core';
import type { BadgeStatus } from '@scdl/ui/host';
import type { LinkKind } from './links';

/** Why a badge is in its state, beyond `data-scdl-status` (`data-scdl-reason`). */
export type StateReason =
  | 'queued'
  | 'checking'
  | 'too-big'
  | 'permission'
  | 'not-csv'
  | 'http'
  | 'network'
  | 'source'
  | 'schema'
  | 'done';

/** What a badge shows for one URL. */
export interface LinkState {
  url: string;
  status: BadgeStatus;
  reason: StateReason;
  /** Tooltip, in the user's language. */
  title: string;
  /** `scdl/subventions@2.1.1` once known. */
  schema?: string;
  bytes?: number;
  total?: number;
}

export interface CheckRequest {
  url: string;
  kind: LinkKind;
  resourceId?: string;
  /** `auto`: only files under the size limit of the options; `manual`: a click, any size. */
  mode: 'auto' | 'manual';
  /** `name@version` forced by the user (report page picker). */
  schema?: string;
}

/** Requests handled by the background, with their responses. */
export interface BackgroundApi {
  check: { req: CheckRequest; res: LinkState };
  /** The full report of a URL (validates when not cached), or why there is none. */
  report: { req: { url: string; schema?: string }; res: { state: LinkState; report: Report | null; origin?: string } };
  /** Does this link answer `text/csv`? (HEAD from the background, which holds the host access.) */
  probe: { req: { url: string }; res: { csv: boolean } };
  'open-report': { req: { url: string; schema?: string }; res: null };
  /** Injects the content script in a tab (activeTab from the popup) when it is not there yet. */
  'ensure-content': { req: { tabId: number }; res: { injected: boolean } };
}

/** Pushed to tabs and pages while the background works. */
export type Push = { type: 'progress'; url: string; bytes: number; total?: number };

/** Requests handled by the content script of a tab (from the popup). */
export interface ContentApi {
  list: { req: Record<string, never>; res: LinkState[] };
  'check-all': { req: Record<string, never>; res: null };
}

type Envelope<Api, K extends keyof Api = keyof Api> = { scdl: K } & (Api[K] extends { req: infer R } ? R : never);
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
type Req<Api, K extends keyof Api> = Api[K] extends { req: infer R } ? R : never;
type Res<Api, K extends keyof Api> = Api[K] extends { res: infer R } ? R : never;

export interface Sender {
  tab?: { id?: number; url?: string; index?: number };
  frameId?: number;
  url?: string;
}

export type Handlers<Api> = { [K in keyof Api]: (req: Req<Api, K>, sender: Sender) => Promise<Res<Api, K>> | Res<Api, K> };

function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new Error('Pas de réponse de l’extension');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function callBackground<K extends keyof BackgroundApi>(name: K, req: Req<BackgroundApi, K>): Promise<Res<BackgroundApi, K>> {
  return unwrap(await browser.runtime.sendMessage({ scdl: name, ...(req as object) }));
}

export async function callContent<K extends keyof ContentApi>(tabId: number, name: K, req: Req<ContentApi, K>): Promise<Res<ContentApi, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { scdl: name, ...(req as object) }));
}

/** A push to every extension page (report, popup) that listens; nobody listening is fine. */
export function pushToPages(msg: Push): void {
  try {
    void Promise.resolve(browser.runtime.sendMessage({ push: msg })).catch(() => undefined);
  } catch {
    /* no page open */
  }
}

export function pushToTab(tabId: number, msg: Push, frameId?: number): void {
  try {
    void Promise.resolve(browser.tabs.sendMessage(tabId, { push: msg }, frameId !== undefined ? { frameId } : undefined)).catch(() => undefined);
  } catch {
    /* tab gone */
  }
}

export function isPush(msg: unknown): msg is { push: Push } {
  return typeof msg === 'object' && msg !== null && 'push' in msg;
}

/**
 * Routes `{ scdl: name, ...req }` messages to `handlers`. Other messages are left
 * to other listeners (returns undefined for them).
 */
export function handle<Api>(handlers: Handlers<Api>): (msg: unknown, sender: Sender, sendResponse?: (r: unknown) => void) => unknown {
  const listener = (msg: unknown, sender: Sender, sendResponse?: (r: unknown) => void): unknown => {
    if (typeof msg !== 'object' || msg === null || !('scdl' in msg)) return undefined;
    const { scdl, ...req } = msg as Envelope<Api>;
    const h = handlers[scdl as keyof Api] as ((r: unknown, s: Sender) => unknown) | undefined;
    if (!h) return undefined;
    const reply: Promise<Reply<unknown>> = (async () => {
      try {
        return { ok: true as const, value: (await h(req, sender ?? {})) ?? null };
      } catch (e) {
        return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
      }
    })();
    // Chrome: answer through sendResponse and keep the channel open; others take the promise.
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };
  return listener;
}
