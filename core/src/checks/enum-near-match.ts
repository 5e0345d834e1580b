import type { ErrorSpec } from '../errors/types';
import { enumValueOf } from '../fix/rules/enums';
import { trimSpaces } from '../fix/rules/text';
import type { DiagnosticCheck } from './types';

/**
 * A value of a closed list written with other capitals, accents or spaces
 * (Haute-Garonne: `Aide en numéraire` for `aide en numéraire`). Fix `enum-value`
 * when exactly one allowed value matches.
 */
export const errors = {
  'enum-near-match': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

export const enumNearMatch: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'enum-near-match',
  errors,
  appliesTo: (field) => Array.isArray(field.constraints.enum) && field.type === 'string',
  refine(error) {
    if (error.type !== 'constraint-error' || error.constraint !== 'enum') return null;
    // Only spaces around an allowed value: `surrounding-spaces` says it better.
    if ((error.field.constraints.enum as unknown[]).includes(trimSpaces(error.raw))) return null;
    const to = enumValueOf(error.raw, error.field);
    return to === null ? null : { code: 'enum-near-match', params: { allowed: to }, fix: { kind: 'enum-value', to } };
  },
};
