import type { ErrorSpec } from '../errors/types';
import { rewriteBoolean } from '../fix/rules/booleans';
import { trimSpaces } from '../fix/rules/text';
import type { DiagnosticCheck } from './types';

/**
 * A yes/no column holding `Oui`, `NON`, `true`, `1`... where the schema wants
 * exactly its `trueValues`/`falseValues` (`oui`/`non` in SCDL). Fix `boolean-values`.
 */
export const errors = {
  'boolean-spelling': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

export const booleanSpelling: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'boolean-spelling',
  errors,
  appliesTo: (field) => field.type === 'boolean',
  refine(error) {
    if (error.type !== 'type-error') return null;
    const to = rewriteBoolean(error.raw, error.field);
    // Only spaces around an accepted value: `surrounding-spaces` says it better.
    if (to === null || to === trimSpaces(error.raw)) return null;
    return { code: 'boolean-spelling', params: { expected: [...error.field.trueValues.slice(0, 1), ...error.field.falseValues.slice(0, 1)] }, fix: { kind: 'boolean-values', to } };
  },
};
