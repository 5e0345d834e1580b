import type { ErrorSpec } from '../errors/types';
import { identifierKind } from '../fix/rules/columns';
import { dropZeroDecimals, isZeroFilled } from '../fix/rules/identifiers';
import { trimSpaces } from '../fix/rules/text';
import { fieldAccepts } from '../fix/rules/accepts';
import type { Field, Schema } from '../schema/types';
import type { Diagnosis, DiagnosticCheck } from './types';

/**
 * `45032466000000`: a SIRET (or SIREN) whose last digits became zeros when a
 * spreadsheet or a database stored it as a number with too little precision.
 * The zeros make a number that does not exist. Lossy: no fix, the true number
 * must be looked up.
 */
export const errors = {
  'siret-zero-filled': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

function diagnose(raw: string, field: Field): Diagnosis | null {
  const kind = identifierKind(field);
  if (kind !== 'siret' && kind !== 'siren') return null;
  const t = trimSpaces(raw);
  const digits = dropZeroDecimals(t) ?? t;
  return isZeroFilled(digits, kind) ? { code: 'siret-zero-filled', params: { identifier: kind } } : null;
}

function applies(field: Field, schema: Schema): boolean {
  const k = identifierKind(field, schema);
  return k === 'siret' || k === 'siren';
}

export const siretZeroFilled: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'siret-zero-filled',
  errors,
  appliesTo: applies,
  refine: (error) => diagnose(error.raw, error.field),
  /** Warns on cells the schema accepts (a 14-digit pattern accepts the zeros): only paid on such columns. */
  warnsOn: (field, schema) => applies(field, schema) && fieldAccepts(field, identifierKind(field) === 'siret' ? '45032466000000' : '450324000'),
  cell(raw, field) {
    // Hot path: only numbers ending in three zeros are worth a look.
    const n = raw.length;
    if (n < 9 || raw.charCodeAt(n - 1) !== 48 || raw.charCodeAt(n - 2) !== 48 || raw.charCodeAt(n - 3) !== 48) return null;
    const d = diagnose(raw, field);
    return d ? { type: d.code, params: d.params ?? {} } : null;
  },
};

