import type { ErrorSpec } from '../errors/types';
import { identifierKind } from '../fix/rules/columns';
import { repairIdentifier } from '../fix/rules/identifiers';
import { fixedDigits } from '../fix/rules/pattern';
import { fieldAccepts } from '../fix/rules/accepts';
import type { Field, Schema } from '../schema/types';
import type { Diagnosis, DiagnosticCheck } from './types';

/**
 * `1053` for the INSEE code `01053`, `1000` for the postal code `01000`: the
 * spreadsheet read the code as a number and dropped its leading zero. Fixed
 * (`leading-zero`) only when the schema proves it: the column's pattern wants
 * exactly one more digit and accepts the padded code; a SIRET/SIREN must also
 * become a number that exists (Luhn key).
 */
export const errors = {
  'leading-zero-lost': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

function diagnose(raw: string, field: Field): Diagnosis | null {
  const kind = identifierKind(field);
  if (!kind) return null;
  const r = repairIdentifier(raw, field, kind);
  if (!r || r.float || !r.zero) return null;
  return { code: 'leading-zero-lost', params: { identifier: kind, digits: r.to.length }, fix: { kind: 'leading-zero', to: r.to } };
}

function applies(field: Field, schema: Schema): boolean {
  const k = identifierKind(field, schema);
  return k === 'siret' || k === 'siren' || (k === 'code' && fixedDigits(field) > 0);
}

export const leadingZeroLost: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'leading-zero-lost',
  errors,
  appliesTo: applies,
  refine: (error) => diagnose(error.raw, error.field),
  /** Warns where the schema accepts the short number (a SIRET column without pattern): only paid there. */
  warnsOn: (field, schema) => applies(field, schema) && identifierKind(field) !== 'code' && fieldAccepts(field, identifierKind(field) === 'siret' ? '1000000800010' : '10000008'),
  cell(raw, field) {
    // Only reached when the schema accepted the cell (no pattern on a SIRET column): 13 or 8 digits.
    const n = raw.length;
    if (n !== 13 && n !== 8) return null;
    const d = diagnose(raw, field);
    return d ? { type: d.code, params: d.params ?? {}, fix: d.fix! } : null;
  },
};

