import type { ErrorSpec } from '../errors/types';
import { isAnonymousColumn } from '../fix/rules/columns';
import { personalDataKind } from '../fix/rules/text';
import type { DiagnosticCheck } from './types';

/**
 * A person's e-mail (webmail or `prenom.nom@`) or French mobile number in a
 * column naming a party (beneficiary, holder, "nom"…) that should hold none:
 * publishing it would expose personal data (RGPD). A warning, no fix. Which
 * columns, and why so few: see `isAnonymousColumn`.
 */
export const errors = {
  'personal-data': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

export const personalData: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'personal-data',
  errors,
  appliesTo: (field) => isAnonymousColumn(field),
  cell(raw) {
    const kind = personalDataKind(raw);
    return kind ? { type: 'personal-data', params: { kind } } : null;
  },
};
