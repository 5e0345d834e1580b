import { isPySpace } from './chars';

/**
 * The string formats frictionless v5 checks, ported from the libraries it
 * calls: `validators.email` (0.21+), `rfc3986` with a required scheme,
 * `validators.uuid` (which goes through Python's `uuid.UUID`) and
 * `base64.b64decode` (non-strict).
 */

// eslint-disable-next-line no-control-regex -- RFC 5322 quoted strings allow control characters
const EMAIL_USER = /^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*|"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*")$/i;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9\-_]{0,61}[a-z0-9])?\.)+[a-z0-9][a-z0-9\-_]{0,61}[a-z]$/i;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Python encodes the domain to IDNA before the regex. A non-ASCII label becomes
 * `xn--` + its ASCII letters + `-` + a tail of [a-z0-9]: we stand in for the tail
 * (exact punycode is not needed to decide the regex, only its alphabet and length).
 */
function idnaApprox(domain: string): string {
  if (!NON_ASCII.test(domain)) return domain;
  return domain
    .split(/[.\u3002\uff0e\uff61]/)
    .map((label) => {
      if (!NON_ASCII.test(label)) return label;
      const basic = label.replace(/[\u0080-\uffff]/g, '').toLowerCase();
      const extra = [...label].length - basic.length;
      return `xn--${basic}${basic ? '-' : ''}${'a'.repeat(Math.max(2, Math.ceil(extra * 1.5)))}`;
    })
    .join('.');
}

function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isPySpace(s.charCodeAt(i))) return true;
  return false;
}

export function isEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at < 0 || value.indexOf('@', at + 1) >= 0) return false;
  const user = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (user.length > 64 || domain.length > 253) return false;
  if (!EMAIL_USER.test(user)) return false;
  if (!domain || hasSpace(domain)) return false;
  return DOMAIN.test(idnaApprox(domain));
}

/** rfc3986's parser puts anything before the first `:` (no `/`, `?`, `#`) in the scheme. */
const URI_SCHEME = /^[^:/?#]+:/;
export const isUri = (value: string): boolean => URI_SCHEME.test(value);

const HEX = /^[0-9a-f]$/i;

/** `uuid.UUID(s)`: drops `urn:`, `uuid:`, outer braces and every `-`, then wants 32 digits that `int(_, 16)` reads. */
export function isUuid(value: string): boolean {
  if (!value) return false;
  let hex = value.replaceAll('urn:', '').replaceAll('uuid:', '');
  hex = hex.replace(/^[{}]+|[{}]+$/g, '').replaceAll('-', '');
  if (hex.length !== 32) return false;
  let i = 0;
  let end = hex.length;
  while (i < end && isPySpace(hex.charCodeAt(i))) i++;
  while (end > i && isPySpace(hex.charCodeAt(end - 1))) end--;
  if (hex[i] === '+' || hex[i] === '-') i++;
  if (hex[i] === '0' && (hex[i + 1] === 'x' || hex[i + 1] === 'X')) {
    i += 2;
    if (hex[i] === '_') i++;
  }
  if (i >= end) return false;
  let prevDigit = false;
  for (; i < end; i++) {
    const ch = hex[i]!;
    if (ch === '_') {
      if (!prevDigit || i + 1 >= end) return false;
      prevDigit = false;
    } else if (HEX.test(ch)) prevDigit = true;
    else return false;
  }
  return prevDigit;
}

function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/** `binascii.a2b_base64` without strict mode: other characters are skipped; only the padding can fail. */
export function isBase64(value: string): boolean {
  let quad = 0;
  let pads = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 127) return false;
    if (c === 61) {
      if (quad >= 2 && quad + ++pads >= 4) return true;
      continue;
    }
    if (!isBase64Char(c)) continue;
    pads = 0;
    quad = (quad + 1) & 3;
  }
  return quad === 0;
}
