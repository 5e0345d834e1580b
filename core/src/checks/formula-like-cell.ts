import type { ErrorSpec } from '../errors/types';
import { isFormulaLike } from '../fix/rules/text';
import type { DiagnosticCheck } from './types';

/**
 * A free-text cell starting with `=`, `@`, or `+`/`-` followed by more than a number:
 * a spreadsheet opening the CSV runs it as a formula (CSV injection; at best
 * `#NOM?` instead of the text). A warning, no fix: changing the text is the
 * producer's call.
 */
export const errors = {
  'formula-like-cell': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

export const formulaLikeCell: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'formula-like-cell',
  errors,
  // Free text only: a value a pattern or a list accepted is the shape the schema asked for.
  appliesTo: (field) => (field.type === 'string' || field.type === 'any') && field.constraints.pattern === undefined && field.constraints.enum === undefined,
  cell(raw) {
    return isFormulaLike(raw) ? { type: 'formula-like-cell', params: { first: raw.charAt(0) } } : null;
  },
};
