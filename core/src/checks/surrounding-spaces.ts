import type { ErrorSpec } from '../errors/types';
import { hasSurroundingSpace, spaceKinds, trimSpaces } from '../fix/rules/text';
import { fieldAccepts, sampleOf } from '../fix/rules/accepts';
import type { DiagnosticCheck } from './types';

/**
 * Spaces, tabs, line breaks or no-break spaces before or after a value. Where the
 * schema refuses the cell (a date, a code, a value of a list), it explains the
 * error; where it accepts it (free text), it is a warning: the value will not
 * match an equal one when the data is joined or filtered. Fix `trim-spaces`.
 * Runs last among the explanations: the others trim as part of their own fix.
 */
export const errors = {
  'surrounding-spaces': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

export const surroundingSpaces: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'surrounding-spaces',
  errors,
  appliesTo: () => true,
  refine(error) {
    if (!hasSurroundingSpace(error.raw)) return null;
    return { code: 'surrounding-spaces', params: { spaces: spaceKinds(error.raw) }, fix: { kind: 'trim-spaces', to: trimSpaces(error.raw) } };
  },
  /**
   * Warns where the schema accepts the spaces in text: free text mostly. Dates,
   * yes/no, codes and lists refuse them, so `refine` explains those and their cells
   * are not looked at twice. Numbers accept them too (read as Python reads them,
   * spaces stripped), but a spaced number is only cosmetic: not worth a look at
   * every number of every file; the fix planner trims them anyway.
   */
  warnsOn: (field) => {
    if (field.type !== 'string' && field.type !== 'any') return false;
    const sample = sampleOf(field);
    return sample === null || fieldAccepts(field, ` ${sample}`) || fieldAccepts(field, `${sample}\u00a0`);
  },
  cell(raw) {
    if (!hasSurroundingSpace(raw)) return null;
    return { type: 'surrounding-spaces', params: { spaces: spaceKinds(raw) }, fix: { kind: 'trim-spaces', to: trimSpaces(raw) } };
  },
};

