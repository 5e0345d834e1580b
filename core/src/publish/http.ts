/** One HTTP exchange with the portal: headers, key, JSON, and the mapping of failures to PublishError. */

import { PublishFailure, errorFromResponse, fail, redact } from './errors';
import type { MultipartBody } from './multipart';
import { isAllowedUrl } from './url';
import { encodeUtf8 } from './utf8';
import type { FetchLike, FetchResponse, HttpMethod, PublishSubject } from './types';

export interface Transport {
  /** Site root, already checked by resolveBaseUrl (no trailing slash). */
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
}

export interface ApiRequest {
  method: HttpMethod;
  /** Path under /api/1, with its trailing slash (udata answers 308 without it). */
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  form?: MultipartBody;
  subject?: PublishSubject;
}

export function apiUrl(baseUrl: string, path: string, query?: Record<string, string>): string {
  const search = query
    ? Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
    : '';
  return `${baseUrl}/api/1${path}${search ? `?${search}` : ''}`;
}

export function segment(id: string): string {
  return encodeURIComponent(id);
}

async function exchange(transport: Transport, url: string, init: Parameters<FetchLike>[1], subject?: PublishSubject): Promise<FetchResponse> {
  try {
    return await transport.fetch(url, init);
  } catch (thrown) {
    const text = thrown instanceof Error ? `${thrown.message}${thrown.cause instanceof Error ? `: ${thrown.cause.message}` : ''}` : '';
    throw new PublishFailure({ code: 'network', subject, serverMessage: redact(text, transport.apiKey).slice(0, 300) || undefined });
  }
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.length <= 300 && !/<html/i.test(text) ? text : undefined;
  }
}

/** Sends one request with the key in `X-API-KEY` (never in the URL); throws PublishFailure unless 2xx. */
export async function apiCall<T>(transport: Transport, request: ApiRequest): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-API-KEY': transport.apiKey };
  let body: Uint8Array | undefined;
  if (request.form) {
    headers['Content-Type'] = request.form.contentType;
    body = request.form.body;
  } else if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = encodeUtf8(JSON.stringify(request.json));
  }
  const url = apiUrl(transport.baseUrl, request.path, request.query);
  const response = await exchange(transport, url, { method: request.method, headers, body, redirect: 'manual' }, request.subject);
  const text = await readText(response, transport, request.subject);
  const parsed = parseBody(text);
  if (response.status >= 200 && response.status < 300) {
    if (response.status !== 204 && (parsed === undefined || typeof parsed !== 'object')) {
      fail('unexpected-response', { status: response.status, subject: request.subject });
    }
    return parsed as T;
  }
  throw new PublishFailure({
    ...errorFromResponse({
      status: response.status,
      body: parsed,
      sentryId: response.headers.get('X-Sentry-ID'),
      retryAfter: response.headers.get('Retry-After'),
      secret: transport.apiKey,
    }),
    subject: request.subject,
  });
}

async function readText(response: FetchResponse, transport: Transport, subject?: PublishSubject): Promise<string> {
  try {
    return await response.text();
  } catch (thrown) {
    // The connection broke while the answer was arriving: the outcome is unknown, like no answer.
    const text = thrown instanceof Error ? thrown.message : '';
    throw new PublishFailure({ code: 'network', subject, serverMessage: redact(text, transport.apiKey).slice(0, 300) || undefined });
  }
}

/** Fetches a published file anonymously: the key goes to the API only, never to a file host. */
export async function downloadText(transport: Transport, url: string, subject: PublishSubject): Promise<string> {
  if (!isAllowedUrl(url)) fail('insecure-url', { subject, detail: url.slice(0, 200) });
  const response = await exchange(transport, url, { method: 'GET', headers: {}, redirect: 'follow' }, subject);
  const text = await readText(response, transport, subject);
  if (response.status !== 200) {
    throw new PublishFailure({
      ...errorFromResponse({ status: response.status, body: parseBody(text), sentryId: null, retryAfter: response.headers.get('Retry-After'), secret: transport.apiKey }),
      subject,
    });
  }
  return text;
}
