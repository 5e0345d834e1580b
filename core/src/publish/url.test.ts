import { describe, expect, it } from 'vitest';
import { DATA_GOUV_URL, DEMO_DATA_GOUV_URL, isAllowedUrl, resolveBaseUrl } from './url';

describe('resolveBaseUrl', () => {
  it('defaults to www.data.gouv.fr and knows the sandbox', () => {
    expect(resolveBaseUrl()).toEqual({ ok: true, value: DATA_GOUV_URL });
    expect(resolveBaseUrl('demo')).toEqual({ ok: true, value: DEMO_DATA_GOUV_URL });
  });

  it.each([
    ['https://www.data.gouv.fr/', 'https://www.data.gouv.fr'],
    ['https://demo.data.gouv.fr/api/1/', 'https://demo.data.gouv.fr'],
    ['https://data.example.org:8443/portail', 'https://data.example.org:8443/portail'],
    ['http://127.0.0.1:7777', 'http://127.0.0.1:7777'],
    ['http://localhost:7777/', 'http://localhost:7777'],
    ['http://[::1]:7777', 'http://[::1]:7777'],
    ['HTTPS://WWW.DATA.GOUV.FR', 'https://www.data.gouv.fr'],
  ])('accepts %s', (input, expected) => {
    expect(resolveBaseUrl(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    'http://www.data.gouv.fr',
    'http://192.168.1.10:7777',
    'http://127.0.0.1.evil.example',
    'http://localhost@evil.example',
    'https://user:pass@www.data.gouv.fr',
    'https://www.data.gouv.fr/?apikey=x',
    'ftp://www.data.gouv.fr',
    'www.data.gouv.fr',
    'javascript:alert(1)',
  ])('refuses %s', (input) => {
    const result = resolveBaseUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('insecure-url');
  });
});

describe('isAllowedUrl', () => {
  it('allows HTTPS file links and loopback HTTP only', () => {
    expect(isAllowedUrl('https://static.data.gouv.fr/resources/x/catalogue.csv')).toBe(true);
    expect(isAllowedUrl('http://127.0.0.1:9/s/resources/a.csv')).toBe(true);
    expect(isAllowedUrl('http://static.data.gouv.fr/resources/x.csv')).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1@evil.example/x')).toBe(false);
  });
});
