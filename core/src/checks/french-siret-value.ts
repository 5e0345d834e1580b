import type { ErrorSpec } from '../errors/types';
import { luhnValid, readDigits, type NumberProblem } from './french-siren-value';
import { singleColumnCheck } from './single-column';

/**
 * `french-siret-value` (new Validata name `siret`): the cell must be a SIRET, as
 * python-stdnum's `stdnum.fr.siret.is_valid` decides: 14 digits, Luhn over the 14,
 * and Luhn over the SIREN (first 9). La Poste's establishments (SIREN 356000000,
 * head office 35600000000048 excepted) are numbered with a digit sum multiple of 5.
 */

export const errors = {
  'french-siret-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

const buffer = new Uint8Array(14);
// 3,5,6,0,0,0,0,0,0: compared digit by digit to avoid building a string per row.
const LA_POSTE = [3, 5, 6, 0, 0, 0, 0, 0, 0];
const LA_POSTE_HEAD_OFFICE_NIC = [0, 0, 0, 4, 8];

function startsWith(digits: Uint8Array, prefix: readonly number[], at = 0): boolean {
  for (let i = 0; i < prefix.length; i++) if (digits[at + i] !== prefix[i]) return false;
  return true;
}

/** What is wrong with a SIRET, or null when `stdnum.fr.siret.is_valid` accepts it. */
export function siretProblem(text: string): { problem: NumberProblem; digits: number; laPoste?: true } | null {
  const n = readDigits(text, buffer);
  if (n < 0) return { problem: 'format', digits: 0 };
  if (n !== 14) return { problem: 'length', digits: n };
  if (startsWith(buffer, LA_POSTE) && !startsWith(buffer, LA_POSTE_HEAD_OFFICE_NIC, 9)) {
    let sum = 0;
    for (let i = 0; i < 14; i++) sum += buffer[i] ?? 0;
    if (sum % 5 !== 0) return { problem: 'checksum', digits: 14, laPoste: true };
  } else if (!luhnValid(buffer, 14)) {
    return { problem: 'checksum', digits: 14 };
  }
  return luhnValid(buffer, 9) ? null : { problem: 'checksum', digits: 14 };
}

export const frenchSiretValue = singleColumnCheck('french-siret-value', errors, siretProblem);
