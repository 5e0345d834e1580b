import type { ValidationError } from '../../errors/types';
import type { MessageEntry } from '../types';
import { ACTES_HEADINGS } from '../../checks/nomenclature-actes-value';

const q = (s: unknown): string => `"${String(s ?? '')}"`;
const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => q(x)).join(', ') : q(v));
const v = (e: ValidationError): string => q(e.value ?? '');
const num = (n: unknown): string => (typeof n === 'number' ? String(Number(n.toPrecision(12))) : String(n));

const ANNUAIRE = 'annuaire-entreprises.data.gouv.fr';
// What a spreadsheet does to a long number typed in a cell formatted as "General".
const SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+?\d+$/i;
const DECIMAL_TAIL = /[.,]0+$/;

function identifierMessage(e: ValidationError, name: 'SIRET' | 'SIREN', size: number): string {
  const value = String(e.value ?? '');
  switch (e.params.problem) {
    case 'format':
      return SCIENTIFIC.test(value.trim())
        ? `${v(e)} is not a ${name} number: the spreadsheet turned it into scientific notation and digits were lost.`
        : `${v(e)} is not a ${name} number: it must contain digits only.`;
    case 'length':
      return DECIMAL_TAIL.test(value.trim())
        ? `${v(e)} is not a ${name} number: it was saved as a decimal number (extra ".0").`
        : `The ${name} number ${v(e)} has ${num(e.params.digits)} digits instead of ${size}.`;
    default:
      return e.params.laPoste
        ? `The ${name} number ${v(e)} does not exist: for a La Poste establishment, the sum of its digits must be a multiple of 5.`
        : `The ${name} number ${v(e)} does not exist: its check digit is wrong (typo or swapped digits).`;
  }
}

function identifierHint(e: ValidationError, name: 'SIRET' | 'SIREN', size: number): string {
  const value = String(e.value ?? '');
  if (e.params.problem === 'format' && SCIENTIFIC.test(value.trim())) {
    return `Set the column format to "Text" in the spreadsheet, then type the full number again; look it up on ${ANNUAIRE}.`;
  }
  if (e.params.problem === 'length' && DECIMAL_TAIL.test(value.trim())) return 'Remove the decimal part and set the column format to "Text".';
  if (e.params.problem === 'length' && e.params.digits === size - 1) {
    return 'The spreadsheet probably dropped a leading zero: add it back and set the column format to "Text".';
  }
  if (e.params.problem === 'checksum') return `Find the right number on ${ANNUAIRE}: a digit was probably mistyped.`;
  const what = name === 'SIRET' ? '14 digits: the 9 of the SIREN, then the 5 of the establishment number' : '9 digits';
  return `A ${name} number has ${what}, no letters. Look it up on ${ANNUAIRE} and correct it.`;
}

const OPERATORS: Record<string, [string, string]> = {
  '>': ['greater than', 'later than'],
  '>=': ['greater than or equal to', 'the same as or later than'],
  '==': ['equal to', 'the same as'],
  '<=': ['less than or equal to', 'the same as or earlier than'],
  '<': ['less than', 'earlier than'],
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function operatorText(e: ValidationError): string {
  const words = OPERATORS[String(e.params.op)] ?? [String(e.params.op), String(e.params.op)];
  const dates = ISO_DATE.test(String(e.value ?? '')) && ISO_DATE.test(String(e.params.value2 ?? ''));
  return dates ? words[1] : words[0];
}

const OSM_HELP =
  'Days as English abbreviations (Mo, Tu, We, Th, Fr, Sa, Su), hours like 08:30-12:00, a comma between two ranges, a semicolon between two rules: for example "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00". Help: https://wiki.openstreetmap.org/wiki/Key:opening_hours';

/** Messages of the Validata custom checks (keys = codes in checks/custom.ts). */
export const enChecks = {
  'french-siret-value': {
    title: 'Invalid SIRET number',
    message: (e) => identifierMessage(e, 'SIRET', 14),
    hint: (e) => identifierHint(e, 'SIRET', 14),
  },
  'french-siren-value': {
    title: 'Invalid SIREN number',
    message: (e) => identifierMessage(e, 'SIREN', 9),
    hint: (e) => identifierHint(e, 'SIREN', 9),
  },
  'french-gps-coordinates': {
    title: 'GPS coordinates outside France',
    message: (e) => e.params.swapped
      ? `The coordinates ${v(e)} look swapped: in this order the point falls outside France, in the other order it falls in France.`
      : `The coordinates ${v(e)} (longitude ${num(e.params.lon)}, latitude ${num(e.params.lat)}) fall neither in metropolitan France nor in an overseas department.`,
    hint: (e) => e.params.swapped
      ? `Swap the two numbers: longitude (${num(e.params.lat)}) first, then latitude (${num(e.params.lon)}).`
      : 'Check the point on a map. Decimal GPS degrees (WGS 84) are expected, longitude then latitude, with a decimal point; coordinates in metres (Lambert 93) do not fit.',
  },
  'phone-number-value': {
    title: 'Invalid phone number',
    message: (e) => e.params.problem === 'unreadable'
      ? `${v(e)} cannot be read as a phone number.`
      : `The number ${v(e)} does not exist in the numbering plan.`,
    hint: (e) => e.params.suggestion
      ? `For an overseas number, write it in international format: ${q(e.params.suggestion)}.`
      : 'One number per cell: 10 digits (01 99 00 27 37) or international format with the country code (+33 1 99 00 27 37). Short numbers (115, 3949) are accepted.',
  },
  'opening-hours-value': {
    title: 'Badly written opening hours',
    message: (e) => {
      const where = e.params.near ? ` (problem near ${q(e.params.near)})` : '';
      return e.params.problem === 'repaired'
        ? `The opening hours ${v(e)} do not strictly follow the OpenStreetMap format${where}.`
        : `The opening hours ${v(e)} do not follow the OpenStreetMap format${where}.`;
    },
    hint: () => OSM_HELP,
  },
  'year-interval-value': {
    title: 'Invalid year or period',
    message: (e) => {
      switch (e.params.problem) {
        case 'same-years':
          return `The period ${v(e)} starts and ends the same year.`;
        case 'reversed':
          return `In the period ${v(e)}, the second year comes before the first.`;
        default:
          return e.params.allowYearOnly
            ? `${v(e)} is neither a year (YYYY) nor a period (YYYY/YYYY).`
            : `${v(e)} is not a period in the YYYY/YYYY format.`;
      }
    },
    hint: (e) => {
      switch (e.params.problem) {
        case 'same-years':
          return e.params.allowYearOnly
            ? `Just write the year: ${num(e.params.year1)}.`
            : `The second year must follow the first, for example ${num(e.params.year1)}/${num(Number(e.params.year1) + 1)}.`;
        case 'reversed':
          return `Put the years in order: ${num(e.params.year2)}/${num(e.params.year1)}.`;
        default:
          return e.params.allowYearOnly
            ? 'Write a 4-digit year (2024) or a period with a slash and no space (2023/2024).'
            : 'Write two 4-digit years separated by a slash, no space: 2023/2024.';
      }
    },
  },
  'sum-columns-value': {
    title: 'Inconsistent total',
    message: (e) => `${v(e)} is not the sum of the columns ${list(e.params.columns)}, which is ${num(e.params.sum)}.`,
    hint: (e) => `Correct the total or one of the values: ${q(e.fieldName)} must equal ${Array.isArray(e.params.columns) ? e.params.columns.join(' + ') : ''}.`,
  },
  'compare-columns-value': {
    title: 'Inconsistent values between two columns',
    message: (e) => e.params.problem === 'not-comparable'
      ? `${v(e)} cannot be compared with the value of column ${q(e.params.column2)} (${q(e.params.value2)}): they are not of the same kind.`
      : `${v(e)} should be ${operatorText(e)} the value of column ${q(e.params.column2)} (${q(e.params.value2)}).`,
    hint: (e) => e.params.problem === 'not-comparable'
      ? `Check that ${q(e.fieldName)} and ${q(e.params.column2)} hold values of the same kind (two numbers, two dates), written the same way.`
      : `Check both cells of the row: ${q(e.fieldName)} must be ${operatorText(e)} ${q(e.params.column2)}. One of the two values is probably wrong.`,
  },
  'cohesive-columns-value': {
    title: 'Columns to fill together',
    message: (e) => e.params.problem === 'missing-columns'
      ? `The columns ${list(e.params.columns)} go together, but ${list(e.params.missing)} is missing from the file.`
      : `The columns ${list(e.params.columns)} must be all filled or all empty. Here, filled: ${list(e.params.filled)}; empty or unreadable: ${list(e.params.empty)}.`,
    hint: (e) => e.params.problem === 'missing-columns'
      ? `Add ${list(e.params.missing)} to the file, or remove the whole group of columns if the information does not exist.`
      : `Fill in ${list(e.params.empty)}, or empty ${list(e.params.filled)} if the information does not exist.`,
  },
  'nomenclature-actes-value': {
    title: 'Badly written act subject',
    message: (e) => {
      switch (e.params.problem) {
        case 'missing-slash':
          return `${v(e)} does not follow the ACTES nomenclature: the slash "/" between subject and sub-subject is missing.`;
        case 'space-around-slash':
          return `${v(e)}: the slash "/" must not be preceded or followed by a space.`;
        default:
          return `The subject ${q(String(e.params.heading ?? '').trim())} is not part of the ACTES nomenclature.`;
      }
    },
    hint: (e) => e.params.problem === 'space-around-slash'
      ? `Write ${q(String(e.value ?? '').replace(/\s*\/\s*/, '/'))}.`
      : `Start with one of the ACTES subjects, then "/" and the sub-subject, for example "Finances locales/Subventions". Subjects: ${list(ACTES_HEADINGS)}.`,
  },
  'one-of-required': {
    title: 'One of two columns must be filled',
    message: (e) => e.params.problem === 'both-missing'
      ? `The columns ${q(e.params.column1)} and ${q(e.params.column2)} are both missing from the file; at least one is required.`
      : `The columns ${q(e.params.column1)} and ${q(e.params.column2)} are both empty: at least one must be filled.`,
    hint: (e) => e.params.problem === 'both-missing'
      ? `Add the column ${q(e.params.column1)} or ${q(e.params.column2)} and fill it on every row.`
      : `Fill in ${q(e.params.column1)} or ${q(e.params.column2)} (or both) on this row.`,
  },
} satisfies Record<string, MessageEntry>;
