import type { ErrorSpec } from '../errors/types';
import { identifierKind } from '../fix/rules/columns';
import { isScientific, scientificDigits } from '../fix/rules/identifiers';
import { fixedDigits } from '../fix/rules/pattern';
import { fieldAccepts } from '../fix/rules/accepts';
import type { Field, Schema } from '../schema/types';
import type { DiagnosticCheck } from './types';

/**
 * `2,43E+13` in a SIRET, SIREN or code column: the spreadsheet turned the number
 * into scientific notation and only kept its first digits. Lossy: no fix, the
 * hint says how to get the full number back from the source.
 */
export const errors = {
  'identifier-scientific-notation': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

// Spreadsheets only switch to scientific notation from 12 digits: SIRET, SIREN, long codes.
function applies(field: Field, schema: Schema): boolean {
  const k = identifierKind(field, schema);
  return k === 'siret' || k === 'siren' || (k === 'code' && fixedDigits(field) >= 12);
}

/** Explains the error of a column whose schema refuses such a cell (a 14-digit pattern). */
export const identifierScientificNotation: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'identifier-scientific-notation',
  errors,
  appliesTo: applies,
  refine(error) {
    if (!isScientific(error.raw)) return null;
    return { code: 'identifier-scientific-notation', params: { identifier: identifierKind(error.field), digits: scientificDigits(error.raw) } };
  },
  /** Warns where the schema accepts such a cell (no pattern): looking at every cell is only paid there. */
  warnsOn: (field, schema) => applies(field, schema) && fieldAccepts(field, '2,43E+13'),
  cell(raw, field) {
    if (!isScientific(raw)) return null;
    return { type: 'identifier-scientific-notation', params: { identifier: identifierKind(field), digits: scientificDigits(raw) } };
  },
};

