/**
 * Download a file and stream it through the core's validator, chunk by chunk:
 * memory stays flat, progress is reported, and the thread yields regularly so a
 * 100 MB file never blocks the extension's messages. Download failures become a
 * report with a `source-error` whose message the core renders.
 */
import { createByteValidator, renderReport, specOf, type Lang, type Report } from '@scdl/core';

export interface FetchValidateOptions {
  url: string;
  /** `name@version`; absent = detected from the header by the core. */
  schema?: string;
  lang: Lang;
  maxErrors?: number;
  /** Stop (outcome `too-big`) when the file is larger than this many bytes. */
  maxBytes?: number;
  /** Validators of a cached result: the server may answer 304. */
  etag?: string;
  lastModified?: string;
  fetch?: typeof fetch;
  onProgress?(bytes: number, total?: number): void;
  signal?: AbortSignal;
  /** Give the event loop a turn every this many bytes (default 4 MB). */
  yieldEvery?: number;
}

export type FetchOutcome =
  | { kind: 'report'; report: Report; etag?: string; lastModified?: string; bytes: number; ms: number }
  | { kind: 'not-modified' }
  | { kind: 'too-big'; size?: number }
  | { kind: 'http'; status: number; report: Report }
  | { kind: 'network'; message: string; report: Report };

/** `subventions.csv` from `https://…/subventions.csv?x=1`. */
export function fileNameOf(url: string): string {
  try {
    const u = new URL(url);
    const last = decodeURIComponent(u.pathname.slice(u.pathname.lastIndexOf('/') + 1));
    return last || u.hostname;
  } catch {
    return url;
  }
}

/** A report holding one `source-error` (download failures): same shape and rendering as any report. */
export function failureReport(reason: string, params: Record<string, string | number>, lang: Lang, name: string): Report {
  const spec = specOf('source-error');
  const report: Report = {
    valid: false,
    status: 'invalid',
    schema: null,
    source: { name },
    stats: { rows: 0, fields: 0, errors: 1, warnings: 0, byType: { 'source-error': 1 }, byField: {}, byDiagnosis: {}, diagnosedByType: {} },
    errors: [{ type: 'source-error', severity: spec.severity, tags: [...spec.tags], params: { reason, ...params } }],
    truncated: false,
  };
  return renderReport(report, lang);
}

/** The download broke off in the middle (not a validation problem). */
export class StreamReadError extends Error {}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function fetchAndValidate(o: FetchValidateOptions): Promise<FetchOutcome> {
  const doFetch = o.fetch ?? fetch;
  const name = fileNameOf(o.url);
  const headers: Record<string, string> = {};
  if (o.etag) headers['If-None-Match'] = o.etag;
  else if (o.lastModified) headers['If-Modified-Since'] = o.lastModified;
  const started = Date.now();
  let res: Response;
  try {
    res = await doFetch(o.url, { headers, cache: o.etag || o.lastModified ? 'no-store' : 'default', ...(o.signal ? { signal: o.signal } : {}) });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { kind: 'network', message, report: failureReport('network', { detail: message }, o.lang, name) };
  }
  if (res.status === 304) return { kind: 'not-modified' };
  if (!res.ok) {
    void res.body?.cancel().catch(() => undefined);
    return { kind: 'http', status: res.status, report: failureReport('http-status', { status: res.status }, o.lang, name) };
  }
  const lengthHeader = res.headers.get('content-length');
  const total = lengthHeader && /^\d+$/.test(lengthHeader) && !res.headers.get('content-encoding') ? Number(lengthHeader) : undefined;
  if (o.maxBytes !== undefined && total !== undefined && total > o.maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    return { kind: 'too-big', size: total };
  }
  let streamed: StreamOutcome;
  try {
    streamed = res.body
      ? await validateStream(res.body, o, total)
      : await validateStream(new Blob([await res.arrayBuffer()]).stream(), o, total);
  } catch (e) {
    if (!(e instanceof StreamReadError) || o.signal?.aborted) throw e;
    return { kind: 'network', message: e.message, report: failureReport('network', { detail: e.message }, o.lang, name) };
  }
  if (streamed.kind === 'too-big') return { kind: 'too-big' };
  const { report, bytes } = streamed;
  const out: FetchOutcome = { kind: 'report', report, bytes, ms: Date.now() - started };
  const etag = res.headers.get('etag');
  const lastModified = res.headers.get('last-modified');
  if (etag) out.etag = etag;
  if (lastModified) out.lastModified = lastModified;
  return out;
}

export interface StreamOptions {
  schema?: string;
  lang: Lang;
  maxErrors?: number;
  maxBytes?: number;
  /** File name for the report. */
  name?: string;
  url?: string;
  onProgress?(bytes: number, total?: number): void;
  yieldEvery?: number;
}

export type StreamOutcome = { kind: 'report'; report: Report; bytes: number } | { kind: 'too-big' };

/**
 * Streams bytes (a fetch body, `File.stream()`) through the core's validator,
 * yielding to the event loop every few MB so pages and messages stay responsive.
 */
export async function validateStream(stream: ReadableStream<Uint8Array>, o: StreamOptions, total?: number): Promise<StreamOutcome> {
  const name = o.name ?? (o.url ? fileNameOf(o.url) : undefined);
  const validator = createByteValidator({ ...(o.schema ? { schema: o.schema } : {}), lang: o.lang, maxErrors: o.maxErrors ?? 1000, ...(name ? { name } : {}) });
  const yieldEvery = o.yieldEvery ?? 4 * 1024 * 1024;
  const reader = stream.getReader();
  let bytes = 0;
  let sinceYield = 0;
  while (true) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw new StreamReadError(e instanceof Error ? e.message : String(e));
    }
    const { done, value } = chunk;
    if (done) break;
    bytes += value.length;
    if (o.maxBytes !== undefined && bytes > o.maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-big' };
    }
    await validator.write(value);
    if (validator.stopped) {
      // Not a CSV (an xlsx, a web page…): the core has its answer, the rest need not be downloaded.
      await reader.cancel().catch(() => undefined);
      break;
    }
    o.onProgress?.(bytes, total);
    sinceYield += value.length;
    if (sinceYield >= yieldEvery) {
      sinceYield = 0;
      await tick();
    }
  }
  return { kind: 'report', report: await validator.end(), bytes };
}
