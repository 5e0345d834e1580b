import type { ErrorSpec, Params } from '../errors/types';
import { rewriteNumber } from '../fix/rules/numbers';
import type { DiagnosticCheck } from './types';

/**
 * Numbers written the French spreadsheet way in a number or integer column:
 * decimal comma (`40 000,00`), spaces or no-break spaces between thousands
 * (`17 833`), points between thousands (`1.234,56`). The fix (`number-format`)
 * rewrites the notation, never the value. `1,234` alone (1.234 or 1234?) gets
 * both readings and the planner decides per column.
 */
export const errors = {
  'french-number-format': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

export const frenchNumberFormat: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'french-number-format',
  errors,
  // A schema declaring its own decimalChar/groupChar reads such numbers itself.
  appliesTo: (field) => (field.type === 'number' || field.type === 'integer') && field.decimalChar === '.' && field.groupChar === '',
  refine(error) {
    if (error.type !== 'type-error') return null;
    const r = rewriteNumber(error.raw, error.field.type === 'integer');
    if (!r) return null;
    const params: Params = { decimalComma: r.decimalComma, thousands: r.thousands };
    if (r.proves) params.reading = r.proves;
    if (r.readings) {
      params.readings = ['decimal-comma', 'thousands-comma'];
      params.candidates = [...r.readings];
    }
    return r.value !== undefined ? { code: 'french-number-format', params, fix: { kind: 'number-format', to: r.value } } : { code: 'french-number-format', params };
  },
};
