import { describe, expect, it } from 'vitest';
import { codeForStatus, errorFromResponse, flattenFieldErrors, isRetryable } from './errors';

describe('errorFromResponse', () => {
  const base = { sentryId: null, retryAfter: null, secret: 'udata_secret_token' };

  it('maps statuses to codes', () => {
    expect([400, 401, 403, 404, 410, 413, 415, 423, 500, 502, 503, 308, 418].map(codeForStatus)).toEqual([
      'bad-request', 'unauthorized', 'forbidden', 'not-found', 'gone', 'too-large', 'unsupported-type', 'locked',
      'server', 'server', 'server', 'redirect', 'unexpected-response',
    ]);
    expect(isRetryable({ code: 'locked' })).toBe(true);
    expect(isRetryable({ code: 'forbidden' })).toBe(false);
  });

  it("reads udata's per-field validation errors, nested ones included", () => {
    const error = errorFromResponse({
      ...base,
      status: 400,
      body: { errors: { resources: [{ schema: { name: ['Schema name "x" is not an allowed value.'] } }], title: ['This field is required.'], 'Content-Type': 'expecting application/json' }, message: 'Validation error' },
    });
    expect(error.code).toBe('bad-request');
    expect(error.fieldErrors).toEqual([
      { field: 'resources.0.schema.name', messages: ['Schema name "x" is not an allowed value.'] },
      { field: 'title', messages: ['This field is required.'] },
      { field: 'Content-Type', messages: ['expecting application/json'] },
    ]);
  });

  it.each([
    ['Invalid API token', 'invalid'],
    ['Revoked API token', 'revoked'],
    ['Expired API token', 'expired'],
    ['Inactive user', 'inactive'],
  ])('tells why a token was refused (%s)', (message, problem) => {
    expect(errorFromResponse({ ...base, status: 401, body: { message } }).tokenProblem).toBe(problem);
  });

  it('reads chunk errors, Sentry ids and Retry-After; drops HTML bodies', () => {
    expect(errorFromResponse({ ...base, status: 400, body: { success: false, error: 'Chunk size mismatch' } }).serverMessage).toBe('Chunk size mismatch');
    const gateway = errorFromResponse({ ...base, status: 503, body: undefined, sentryId: 'abc123', retryAfter: '3' });
    expect(gateway).toMatchObject({ code: 'server', sentryId: 'abc123', retryAfterMs: 3000 });
    expect(gateway.serverMessage).toBeUndefined();
  });

  it('never lets the key through, even if a server echoes it', () => {
    const error = errorFromResponse({ ...base, status: 400, body: { message: 'bad key udata_secret_token', errors: { key: ['udata_secret_token is wrong'] } } });
    expect(JSON.stringify(error)).not.toContain('udata_secret_token');
  });
});

describe('flattenFieldErrors', () => {
  it('handles plain strings and empty objects', () => {
    expect(flattenFieldErrors('oops')).toEqual([{ field: '_', messages: ['oops'] }]);
    expect(flattenFieldErrors({})).toEqual([]);
  });
});
