import type { ValidationError } from '../../errors/types';
import type { MessageEntry } from '../types';

const q = (s: unknown): string => `"${String(s ?? '')}"`;
const v = (e: ValidationError): string => q(e.value ?? '');
const s = (count: number, one: string, many: string): string => `${count} ${count > 1 ? many : one}`;
const ANNUAIRE = 'annuaire-entreprises.data.gouv.fr';
const AS_TEXT = 'To prevent it, format the column as "Text" in the spreadsheet before exporting.';

function what(e: ValidationError): string {
  const id = e.params.identifier;
  return id === 'siret' ? 'SIRET number' : id === 'siren' ? 'SIREN number' : 'code';
}

// The fixed value itself is shown next to the message by hosts (`fix.to`): the hint only says a fix exists.
const fixed = (e: ValidationError): string => (e.fix ? 'The automatic fix takes care of it.' : '');

const SPACES: Record<string, string> = {
  space: 'a space',
  nbsp: 'a no-break space',
  newline: 'a line break',
  tab: 'a tab',
  invisible: 'an invisible character',
};

const THOUSANDS: Record<string, string> = {
  space: 'spaces between thousands',
  nbsp: 'no-break spaces between thousands',
  point: 'points between thousands',
  comma: 'commas between thousands',
};

function dateMessage(e: ValidationError): string {
  const shape = String(e.params.shape ?? '').replace(/J/g, 'D').replace(/A/g, 'Y');
  if (e.params.invalid === 'short-year') return `${v(e)}: the year has only 2 digits, the century cannot be guessed (expected YYYY-MM-DD).`;
  if (e.params.invalid === 'no-such-date') return `${v(e)} is not a date that exists (impossible day or month).`;
  const c = e.params.candidates;
  if (Array.isArray(c)) return `${v(e)} is a ${shape} date instead of YYYY-MM-DD, and nothing in the cell tells whether it is ${c[0]} (day/month) or ${c[1]} (month/day).`;
  if (e.params.separator !== undefined) {
    return `${v(e)}: the period separates its two dates with ${q(String(e.params.separator).trim() || 'space')} instead of "/"${shape ? ` and writes them ${shape}` : ''}.`;
  }
  return `${v(e)} is a ${shape} date instead of YYYY-MM-DD.`;
}

/** Messages of the SCDL diagnostics (keys = codes in checks/diagnostics.ts). */
export const enDiagnostics = {
  'identifier-scientific-notation': {
    title: 'Number damaged by the spreadsheet',
    message: (e) => `${v(e)} is no longer a complete ${what(e)}: the spreadsheet wrote it in scientific notation and kept only its first digits.`,
    hint: (e) =>
      `The lost digits cannot be guessed; the automatic fix leaves it alone. In the original file (spreadsheet or business software), format the column as "Text", copy the complete numbers back${e.params.identifier === 'code' ? '' : ` (${ANNUAIRE} has them)`}, then export to CSV again.`,
    summary: (c) => `${s(c, 'number', 'numbers')} in scientific notation (digits lost)`,
  },
  'identifier-float': {
    title: 'Number stored as a decimal',
    message: (e) =>
      `${v(e)}: the ${what(e)} was stored as a decimal number (extra ".0")${e.params.leadingZero ? ' and lost its leading zero' : ''}.` +
      (e.params.zeroFilled ? ' Its last digits were also replaced by zeros: this number does not exist.' : ''),
    hint: (e) =>
      [fixed(e), e.params.zeroFilled ? `The real number must then be found in the original file or on ${ANNUAIRE}: its last digits are lost.` : '', AS_TEXT].filter(Boolean).join(' '),
    summary: (c) => `${s(c, 'number', 'numbers')} with an extra ".0"`,
  },
  'siret-zero-filled': {
    title: 'Truncated SIRET number',
    message: (e) => `The ${what(e)} ${v(e)} ends with zeros that replaced its real last digits: this number does not exist.`,
    hint: () =>
      `A spreadsheet or an export tool rounded the number: its last digits are lost and the automatic fix cannot recover them. Take the complete number from the original file or from ${ANNUAIRE}. ${AS_TEXT}`,
    summary: (c) => `${s(c, 'SIRET number', 'SIRET numbers')} whose end was replaced by zeros`,
  },
  'siren-instead-of-siret': {
    title: 'SIREN instead of SIRET',
    message: (e) => `${v(e)} is a SIREN number (9 digits: the organisation) where the column expects a SIRET (14 digits: one of its establishments).`,
    hint: () => `Append the 5 digits of the establishment number (NIC): the SIRET of the head office or of the establishment concerned is on ${ANNUAIRE}.`,
    summary: (c) => `${s(c, 'SIREN', 'SIRENs')} to complete into a SIRET`,
  },
  'leading-zero-lost': {
    title: 'Leading zero lost',
    message: (e) => `${v(e)} lost its leading zero: this ${what(e)} has ${String(e.params.digits)} digits${e.fix ? ` and reads ${q(e.fix.to)}` : ''}.`,
    hint: (e) => [fixed(e), AS_TEXT].filter(Boolean).join(' '),
    summary: (c) => `${s(c, 'code', 'codes')} without their leading zero`,
  },
  'non-iso-date': {
    title: 'Date in the wrong format',
    message: dateMessage,
    hint: (e) => {
      if (e.fix) return `${fixed(e)} SCDL writes dates YYYY-MM-DD, e.g. 2024-03-12.`;
      if (Array.isArray(e.params.candidates)) {
        return 'If the whole column is in the French format (DD/MM/YYYY), the automatic fix can convert its dates: on its own when other dates of the column prove the order, otherwise after you confirm it.';
      }
      return 'Write the date as YYYY-MM-DD, e.g. 2024-03-12.';
    },
    summary: (c) => `${s(c, 'date', 'dates')} to write YYYY-MM-DD`,
  },
  'french-number-format': {
    title: 'Number in the French format',
    message: (e) => {
      const c = e.params.candidates;
      if (Array.isArray(c)) return `${v(e)}: the comma may separate decimals (${c[0]}) or thousands (${c[1]}).`;
      const parts: string[] = [];
      if (e.params.decimalComma) parts.push('a decimal comma');
      const t = THOUSANDS[String(e.params.thousands)];
      if (t) parts.push(t);
      if (parts.length === 0) parts.push('a decimal part');
      return `${v(e)} is written with ${parts.join(' and ')}: SCDL expects a point before decimals and no thousands separator.`;
    },
    hint: (e) => {
      if (e.fix) return `${fixed(e)} The value is the same, only its spelling changes.`;
      if (Array.isArray(e.params.candidates)) return 'The automatic fix decides from the other numbers of the column, or asks you.';
      return 'Write the number without spaces, with a point before decimals: 40000.50.';
    },
    summary: (c) => `${s(c, 'number', 'numbers')} in the French format (comma, spaces)`,
  },
  'boolean-spelling': {
    title: 'Yes/no spelt differently',
    message: (e) => `${v(e)}: the schema expects exactly ${Array.isArray(e.params.expected) ? e.params.expected.map(q).join(' or ') : q(e.params.expected)}, in lower case.`,
    hint: (e) => fixed(e) || 'Write exactly one of the expected values.',
    summary: (c) => `${s(c, 'yes/no value', 'yes/no values')} to rewrite`,
  },
  'enum-near-match': {
    title: 'List value spelt differently',
    message: (e) => `${v(e)} is written ${q(e.params.allowed)} in the list of allowed values (case, accents or spaces differ).`,
    hint: (e) => fixed(e) || 'Write the value exactly as in the schema’s list.',
    summary: (c) => `${s(c, 'list value', 'list values')} to write exactly as in the schema`,
  },
  'surrounding-spaces': {
    title: 'Extra spaces',
    message: (e) => {
      const kinds = Array.isArray(e.params.spaces) ? e.params.spaces.map((k) => SPACES[String(k)] ?? String(k)) : [SPACES.space!];
      return `${v(e)} starts or ends with ${kinds.join(' or ')}.`;
    },
    hint: (e) => `${e.fix ? 'The automatic fix removes them. ' : ''}In the spreadsheet, TRIM (Excel) or "Data > Data cleanup > Trim whitespace" (Sheets) does it too; no-break spaces usually come from a copy-paste.`,
    summary: (c) => `${s(c, 'cell', 'cells')} with spaces at the start or end`,
  },
  'formula-like-cell': {
    title: 'Cell read as a formula',
    message: (e) => `${v(e)} starts with ${q(e.params.first)}: a spreadsheet opening the file will read it as a formula (at best a #NAME? error, at worst a command run).`,
    hint: () => 'Check this text is intended. If it is a list dash, remove it; otherwise start the text differently. The automatic fix leaves it alone.',
    summary: (c) => `${s(c, 'cell', 'cells')} that look like a formula`,
  },
  'personal-data': {
    title: 'Probable personal data',
    message: (e) =>
      e.params.kind === 'mobile'
        ? 'This cell seems to hold a person’s mobile phone number, in a column that must not hold any.'
        : 'This cell seems to hold a person’s e-mail address, in a column that must not hold any.',
    hint: () => 'Do not publish personal data (GDPR): remove the address or number, or replace it with the organisation’s generic contact. Also check it is not a private individual, whose name must not be published.',
    summary: (c) => `${s(c, 'probable personal data item', 'probable personal data items')}`,
  },
} satisfies Record<string, MessageEntry>;
