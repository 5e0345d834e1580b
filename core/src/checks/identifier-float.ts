import type { ErrorSpec } from '../errors/types';
import { identifierKind } from '../fix/rules/columns';
import { isZeroFilled, repairIdentifier } from '../fix/rules/identifiers';
import { fieldAccepts } from '../fix/rules/accepts';
import type { Field } from '../schema/types';
import type { Diagnosis, DiagnosticCheck } from './types';

/**
 * `21860194600000.0` in a SIRET, SIREN or code column: the code went through a
 * spreadsheet as a number and came back with a decimal tail. Removing `.0` is
 * exact (fix `identifier-float`), and a leading zero the pattern proves is put
 * back at the same time. When the digits themselves end in zeros that make no
 * valid SIRET, the message says so: the fix cleans the notation, not the number.
 */
export const errors = {
  'identifier-float': { category: 'content', severity: 'warning', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

function diagnose(raw: string, field: Field): Diagnosis | null {
  const kind = identifierKind(field);
  if (!kind) return null;
  const r = repairIdentifier(raw, field, kind);
  if (!r || !r.float) return null;
  return {
    code: 'identifier-float',
    params: { identifier: kind, zeroFilled: isZeroFilled(r.to, kind), leadingZero: r.zero },
    fix: { kind: 'identifier-float', to: r.to },
  };
}

export const identifierFloat: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'identifier-float',
  errors,
  appliesTo: (field, schema) => identifierKind(field, schema) !== null,
  refine: (error) => diagnose(error.raw, error.field),
  /** Warns where the schema accepts such a cell (no pattern): looking at every cell is only paid there. */
  warnsOn: (field, schema) => identifierKind(field, schema) !== null && fieldAccepts(field, '21860194600013.0'),
  cell(raw, field) {
    // Hot path: a clean code has no point or comma.
    if (raw.indexOf('.') === -1 && raw.indexOf(',') === -1) return null;
    const d = diagnose(raw, field);
    return d ? { type: d.code, params: d.params ?? {}, fix: d.fix! } : null;
  },
};

