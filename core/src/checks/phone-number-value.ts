import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import type { ErrorSpec } from '../errors/types';
import { singleColumnCheck } from './single-column';

/**
 * `phone-number-value`: a French number (10 digits, or a short number such as 115
 * or 3949) or an international one with its country prefix. Validata parses with
 * `phonenumbers` and region FR and accepts `is_valid_number` or, for short numbers,
 * `is_valid_short_number`. `libphonenumber-js/max` is needed: the `min` metadata
 * only checks lengths, so it would accept numbers Validata refuses (0700000000).
 */

export const errors = {
  'phone-number-value': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell'] },
} as const satisfies Record<string, ErrorSpec>;

// libphonenumber-js leaves short numbers out; these are libphonenumber's FR
// ShortNumberMetadata (generalDesc and shortCode, lengths 2 to 6), as
// `is_valid_short_number` reads them for numbers of country code 33.
const FR_SHORT_GENERAL = /^[1-8]\d{1,5}$/;
const FR_SHORT_CODE =
  /^(?:1(?:0\d\d|1(?:[02459]|6(?:000|111)|8\d{3})|[578]|9[167])|2(?:0(?:00|2)0|24)|[3-8]\d{4}|3\d{3}|6(?:1[14]|34)|7(?:0[06]|22|40))$/;

// Overseas departments share the +33 numbering when dialled from France
// ("0262 …"), but libphonenumber gives them their own codes: this is what we try
// to suggest the international form that passes.
const OVERSEAS_CODES = ['262', '590', '594', '596'] as const;

export function isValidShortFrench(pn: PhoneNumber): boolean {
  return pn.countryCallingCode === '33' && FR_SHORT_GENERAL.test(pn.nationalNumber) && FR_SHORT_CODE.test(pn.nationalNumber);
}

/** null when valid; otherwise why, and an international form that would pass when there is one. */
export function phoneProblem(text: string): { problem: 'unreadable' | 'invalid'; suggestion?: string } | null {
  const pn = parsePhoneNumberFromString(text, 'FR');
  if (!pn) return { problem: 'unreadable' };
  if (pn.isValid() || isValidShortFrench(pn)) return null;
  if (pn.countryCallingCode === '33' && pn.nationalNumber.length === 9) {
    for (const code of OVERSEAS_CODES) {
      const overseas = parsePhoneNumberFromString(`+${code}${pn.nationalNumber}`);
      if (overseas?.isValid()) return { problem: 'invalid', suggestion: overseas.formatInternational() };
    }
  }
  return { problem: 'invalid' };
}

export const phoneNumberValue = singleColumnCheck('phone-number-value', errors, phoneProblem);
