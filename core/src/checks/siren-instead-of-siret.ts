import type { ErrorSpec } from '../errors/types';
import { identifierKind } from '../fix/rules/columns';
import { isSirenForSiret } from '../fix/rules/identifiers';
import { fieldAccepts } from '../fix/rules/accepts';
import type { DiagnosticCheck } from './types';

/**
 * A valid SIREN (9 digits: the organisation) where the column wants a SIRET (14:
 * one of its establishments). The 5 missing digits (NIC) cannot be guessed: no fix.
 */
export const errors = {
  'siren-instead-of-siret': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

export const sirenInsteadOfSiret: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'siren-instead-of-siret',
  errors,
  appliesTo: (field, schema) => identifierKind(field, schema) === 'siret',
  refine: (error) => (isSirenForSiret(error.raw) ? { code: 'siren-instead-of-siret', params: { siren: error.raw.replace(/\D/g, '') } } : null),
  /** Warns where the schema accepts a SIREN (no 14-digit pattern): looking at every cell is only paid there. */
  warnsOn: (field, schema) => identifierKind(field, schema) === 'siret' && fieldAccepts(field, '225800010'),
  cell(raw) {
    // Hot path: a SIRET is 14 characters long; a SIREN, spaced or not, 9 to 11.
    if (raw.length < 9 || raw.length > 13 || !isSirenForSiret(raw)) return null;
    return { type: 'siren-instead-of-siret', params: { siren: raw.replace(/\D/g, '') } };
  },
};

