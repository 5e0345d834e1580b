/** Building `PublishError`s from udata's answers. Inside the client they travel as `PublishFailure`. */

import type { FieldError, PublishError, PublishErrorCode } from './types';

/** Carries a PublishError through the client's internals; the public API turns it back into a Result. */
export class PublishFailure extends Error {
  readonly error: PublishError;
  constructor(error: PublishError) {
    super(error.code);
    this.name = 'PublishFailure';
    this.error = error;
  }
}

export function fail(code: PublishErrorCode, extra: Omit<PublishError, 'code'> = {}): never {
  throw new PublishFailure({ code, ...extra });
}

export function asPublishError(thrown: unknown): PublishError {
  if (thrown instanceof PublishFailure) return thrown.error;
  return { code: 'network', serverMessage: describeThrown(thrown) };
}

function describeThrown(thrown: unknown): string | undefined {
  if (thrown instanceof Error) {
    const cause = (thrown as { cause?: unknown }).cause;
    const causeText = cause instanceof Error ? `: ${cause.message}` : '';
    return `${thrown.message}${causeText}`.slice(0, 300);
  }
  return undefined;
}

export function codeForStatus(status: number): PublishErrorCode {
  if (status >= 300 && status < 400) return 'redirect';
  switch (status) {
    case 400: return 'bad-request';
    case 401: return 'unauthorized';
    case 403: return 'forbidden';
    case 404: return 'not-found';
    case 410: return 'gone';
    case 413: return 'too-large';
    case 415: return 'unsupported-type';
    case 423: return 'locked';
    default: return status >= 500 ? 'server' : 'unexpected-response';
  }
}

/** Network failures, 5xx and 423 (read-only mode) may pass; anything else will answer the same again. */
export function isRetryable(error: PublishError): boolean {
  return error.code === 'network' || error.code === 'server' || error.code === 'locked';
}

/**
 * udata's `errors` come as `{field: [msg]}`, `{field: msg}` or nested
 * (`{resources: [{schema: {name: [msg]}}]}`); flatten to dotted paths.
 */
export function flattenFieldErrors(errors: unknown, prefix = ''): FieldError[] {
  if (typeof errors === 'string') return [{ field: prefix || '_', messages: [errors] }];
  if (Array.isArray(errors)) {
    if (errors.every((e) => typeof e === 'string')) return [{ field: prefix || '_', messages: errors as string[] }];
    return errors.flatMap((item, index) => flattenFieldErrors(item, prefix ? `${prefix}.${index}` : String(index)));
  }
  if (errors && typeof errors === 'object') {
    return Object.entries(errors as Record<string, unknown>).flatMap(([key, value]) =>
      flattenFieldErrors(value, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

function tokenProblem(message: string | undefined): PublishError['tokenProblem'] {
  if (!message) return 'missing';
  if (/revoked/i.test(message)) return 'revoked';
  if (/expired/i.test(message)) return 'expired';
  if (/inactive/i.test(message)) return 'inactive';
  if (/invalid/i.test(message)) return 'invalid';
  return 'missing';
}

/** Removes the key wherever a server or a proxy might echo it back. */
export function redact(text: string, secret: string): string {
  return secret.length >= 4 ? text.split(secret).join('***') : text;
}

export interface HttpErrorInput {
  status: number;
  body: unknown;
  sentryId: string | null;
  retryAfter: string | null;
  secret: string;
}

/** Maps a non-2xx answer to a PublishError, reading udata's `{message}`, `{errors}` or `{success, error}`. */
export function errorFromResponse(input: HttpErrorInput): PublishError {
  const code = codeForStatus(input.status);
  const error: PublishError = { code, status: input.status };
  const body = input.body;
  let message: string | undefined;
  if (typeof body === 'string') message = body;
  else if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    if (typeof record.message === 'string') message = record.message;
    else if (typeof record.error === 'string') message = record.error;
    else if (typeof record.description === 'string') message = record.description;
    if (record.errors !== undefined) {
      const fields = flattenFieldErrors(record.errors);
      if (fields.length) error.fieldErrors = fields.map((f) => ({ field: f.field, messages: f.messages.map((m) => redact(m, input.secret)) }));
    }
  }
  if (message) error.serverMessage = redact(message, input.secret).slice(0, 500);
  if (input.sentryId) error.sentryId = input.sentryId.slice(0, 100);
  if (code === 'unauthorized') error.tokenProblem = tokenProblem(message);
  const retryAfter = parseRetryAfter(input.retryAfter);
  if (retryAfter !== undefined) error.retryAfterMs = retryAfter;
  return error;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
