/** Which portal addresses the client accepts. Parsed by hand: core has no `URL` global. */

import type { Result } from './types';

export const DATA_GOUV_URL = 'https://www.data.gouv.fr';
export const DEMO_DATA_GOUV_URL = 'https://demo.data.gouv.fr';

const ALIASES: Record<string, string> = {
  www: DATA_GOUV_URL,
  prod: DATA_GOUV_URL,
  demo: DEMO_DATA_GOUV_URL,
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface ParsedUrl {
  scheme: string;
  host: string;
  port: string;
  path: string;
}

function parse(url: string): ParsedUrl | null {
  // scheme://host[:port][/path] — no userinfo, query or fragment: a key must never ride in a URL.
  const match = /^([a-z][a-z0-9+.-]*):\/\/(\[[0-9a-f:.]+\]|[^\s/:?#@[\]]+)(?::(\d{1,5}))?(\/[^\s?#@]*)?$/i.exec(url);
  if (!match) return null;
  return {
    scheme: (match[1] ?? '').toLowerCase(),
    host: (match[2] ?? '').toLowerCase(),
    port: match[3] ?? '',
    path: match[4] ?? '',
  };
}

/** True when the URL may carry data we send or fetch: HTTPS anywhere, plain HTTP on loopback only. */
export function isAllowedUrl(url: string): boolean {
  const parsed = /^([a-z][a-z0-9+.-]*):\/\/(\[[0-9a-f:.]+\]|[^\s/:?#@[\]]+)(?::(\d{1,5}))?([/?#]\S*)?$/i.exec(url);
  if (!parsed) return false;
  const scheme = (parsed[1] ?? '').toLowerCase();
  const host = (parsed[2] ?? '').toLowerCase();
  return scheme === 'https' || (scheme === 'http' && LOOPBACK.has(host));
}

/**
 * Normalises the portal's base URL (`https://www.data.gouv.fr` by default, `demo` for the sandbox)
 * and refuses anything that is not HTTPS, except loopback for tests.
 */
export function resolveBaseUrl(input?: string): Result<string> {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: true, value: DATA_GOUV_URL };
  const alias = ALIASES[raw.toLowerCase()];
  if (alias) return { ok: true, value: alias };
  const parsed = parse(raw);
  if (!parsed) return { ok: false, error: { code: 'insecure-url', detail: raw.slice(0, 200) } };
  const secure = parsed.scheme === 'https' || (parsed.scheme === 'http' && LOOPBACK.has(parsed.host));
  if (!secure) return { ok: false, error: { code: 'insecure-url', detail: raw.slice(0, 200) } };
  // The API lives at /api/1 under the site root; accept a pasted ".../api/1" too.
  const path = parsed.path.replace(/\/+$/, '').replace(/\/api\/1$/, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  return { ok: true, value: `${parsed.scheme}://${parsed.host}${port}${path}` };
}
