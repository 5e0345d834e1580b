/**
 * Cell text rules shared by the diagnostics (what is wrong), the fix planner
 * (what to write instead) and the export (how a clean cell reads). Everything
 * here runs on the validation hot path: no allocation unless something is found.
 */

/** Whitespace as Python's `str.strip()` sees it, plus the invisible characters spreadsheets leave behind. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Does the cell start or end with a space, a tab, a line break, a no-break space…? */
export function hasSurroundingSpace(raw: string): boolean {
  const n = raw.length;
  return n > 0 && (isSpaceCode(raw.charCodeAt(0)) || isSpaceCode(raw.charCodeAt(n - 1)));
}

export function trimSpaces(raw: string): string {
  let a = 0;
  let b = raw.length;
  while (a < b && isSpaceCode(raw.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(raw.charCodeAt(b - 1))) b--;
  return a === 0 && b === raw.length ? raw : raw.slice(a, b);
}

/** Which surrounding characters a cell carries, for the message: a visible space or a no-break space. */
export function spaceKinds(raw: string): string[] {
  const kinds = new Set<string>();
  const look = (c: number): void => {
    if (c === 0xa0 || c === 0x202f) kinds.add('nbsp');
    else if (c === 10 || c === 13) kinds.add('newline');
    else if (c === 9) kinds.add('tab');
    else if (c === 32) kinds.add('space');
    else kinds.add('invisible');
  };
  for (let i = 0; i < raw.length && isSpaceCode(raw.charCodeAt(i)); i++) look(raw.charCodeAt(i));
  for (let i = raw.length - 1; i >= 0 && isSpaceCode(raw.charCodeAt(i)); i--) look(raw.charCodeAt(i));
  return [...kinds].sort();
}

// After `+` or `-`, digits, spaces and punctuation are a number or a phone number, not a formula.
const HARMLESS_AFTER_SIGN = /^[\d\s.,:/()+\-%€\u00a0\u202f]*$/;

/**
 * Would a spreadsheet read this cell as a formula when the CSV is opened
 * (CSV injection, OWASP)? `=` and `@` always; `+` and `-` only when what
 * follows is not a plain number or phone number (`-12,5` and `+33 6 12…` are fine,
 * `-2+3+cmd|' /C calc'!A0` and `- Subvention` are not). A lone sign is harmless.
 */
export function isFormulaLike(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c === 61 || c === 64) return raw.length > 1; // = @
  if (c === 43 || c === 45) return raw.length > 1 && !HARMLESS_AFTER_SIGN.test(raw.slice(1)); // + -
  // A leading tab or carriage return also triggers some spreadsheets.
  if (c === 9 || c === 13) return raw.length > 1 && isFormulaLike(raw.slice(1).replace(/^[\t\r]+/, ''));
  return false;
}

const EMAIL = /[A-Za-z0-9._%+À-ÿ-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// Consumer mailboxes: an address there belongs to a person far more often than to an organisation.
const WEBMAIL = /@(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|protonmail|proton|orange|wanadoo|free|sfr|neuf|laposte|bbox|numericable|club-internet|aliceadsl|voila|tutanota)\.[a-z.]{2,6}$/i;
// prenom.nom@, prenom-nom@, p.nom@: the shape of a named person's work address.
const PERSON_LOCAL = /^[A-Za-zÀ-ÿ]{1,30}[._-][A-Za-zÀ-ÿ]{2,30}(?:[._-][A-Za-zÀ-ÿ]{2,30})?\d{0,4}$/;
// Role addresses are not personal data.
const ROLE_LOCAL = /^(?:contact|info|infos|accueil|mairie|secretariat|secretariat[._-]mairie|direction|admin|administration|asso|association|bureau|communication|compta|comptabilite|president|presidence|tresorier|tresorerie|service|services|courrier|webmaster|no[._-]?reply|ne[._-]?pas[._-]?repondre)(?:[._-].*)?$/i;
// French mobile numbers (06, 07, +33 6, 0033 7…): a person's line; landlines are usually an organisation's.
const MOBILE = /(?:^|[^\d])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[67](?:[\s.-]?\d{2}){4}(?!\d)/;

/**
 * A natural person's contact in a cell: an e-mail that looks personal (webmail,
 * `prenom.nom@`) or a French mobile number. Organisation addresses (`contact@`,
 * `mairie@commune.fr`) and landlines are left alone: the aim is to catch
 * personal data pasted into a column that should not hold any, not every contact.
 */
export function personalDataKind(raw: string): 'email' | 'mobile' | null {
  if (raw.indexOf('@') !== -1) {
    const m = EMAIL.exec(raw);
    if (m) {
      const address = m[0];
      const local = address.slice(0, address.indexOf('@'));
      if (!ROLE_LOCAL.test(local) && (WEBMAIL.test(address) || PERSON_LOCAL.test(local))) return 'email';
    }
  }
  // A mobile number has a 0 (06, 07, 0033) or a + (+33): names without either skip the regex.
  if (raw.length >= 10 && (raw.indexOf('0') !== -1 || raw.indexOf('+') !== -1) && MOBILE.test(raw)) return 'mobile';
  return null;
}
