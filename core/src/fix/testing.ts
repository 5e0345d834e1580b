/**
 * Test helpers for the SCDL diagnostics and the fixes: a hand-built field
 * (normalised as the engine would), the two entry points the engine calls, and a
 * clean table with its schema to damage and fix.
 */
import { normalizeSchema } from '../schema/normalize';
import type { CustomCheckDescriptor, Field, FieldDescriptor, Schema, SchemaDescriptor } from '../schema/types';
import type { Table } from '../parse/table';
import type { CellErrorView, DiagnosticCheck } from '../checks/types';

export function fieldOf(descriptor: Omit<FieldDescriptor, 'name'> & { name?: string }, customChecks: CustomCheckDescriptor[] = []): { field: Field; schema: Schema } {
  const d = { name: 'colonne', ...descriptor } as FieldDescriptor;
  const { schema } = normalizeSchema({ fields: [d], custom_checks: customChecks });
  return { field: schema.fields[0]!, schema };
}

/** What the engine does on a cell it found wrong: refine the error (appliesTo first, as at compile time). */
export function refineWith(check: DiagnosticCheck, f: { field: Field; schema: Schema }, raw: string, type: CellErrorView['type'] = 'type-error', constraint?: string) {
  if (!check.appliesTo(f.field, f.schema)) return 'not-applied' as const;
  const view: CellErrorView = { type, field: f.field, raw };
  if (constraint) view.constraint = constraint;
  return check.refine ? check.refine(view) : null;
}

/** What the engine does on a cell it found valid (warnsOn first, as at compile time). */
export function cellWith(check: DiagnosticCheck, f: { field: Field; schema: Schema }, raw: string) {
  if (!(check.warnsOn ? check.warnsOn(f.field, f.schema) : check.appliesTo(f.field, f.schema))) return 'not-applied' as const;
  return check.cell ? check.cell(raw, f.field) : null;
}


/** A small SCDL-like schema with every kind of column the fixes know. */
export const FIX_SCHEMA: SchemaDescriptor = {
  fields: [
    { name: 'nomAttribuant', type: 'string', constraints: { required: true } },
    { name: 'idAttribuant', type: 'string', constraints: { required: true, pattern: '^\\d{14}$' } },
    { name: 'codeInsee', type: 'string', constraints: { pattern: '^([013-9]\\d|2[AB1-9])\\d{3}$' } },
    { name: 'dateConvention', type: 'date', constraints: { required: true } },
    { name: 'montant', type: 'number', constraints: { required: true } },
    { name: 'effectif', type: 'integer' },
    { name: 'nature', type: 'string', constraints: { enum: ['aide en numéraire', 'aide en nature'] } },
    { name: 'datesPeriodeVersement', type: 'string', constraints: { pattern: '^[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}(\\/[0-9]{4}\\-[0-9]{2}\\-[0-9]{2})?$' } },
    { name: 'notificationUE', type: 'boolean', trueValues: ['oui'], falseValues: ['non'] },
    { name: 'commentaire', type: 'string' },
  ],
  custom_checks: [{ name: 'french-siret-value', params: { column: 'idAttribuant' } }],
};

/** A clean table of FIX_SCHEMA: valid, UTF-8, comma, CRLF. */
export function cleanTable(): Table {
  return {
    preamble: [],
    header: FIX_SCHEMA.fields.map((f) => f.name),
    rows: [
      ['Ville de Poitiers', '21860194600013', '86194', '2020-03-12', '40000.00', '12', 'aide en numéraire', '2020-01-01/2020-12-31', 'oui', 'Soutien au "festival", 2e édition'],
      ['Département du Lot', '22460001500511', '01053', '2020-12-25', '1234.5', '1500', 'aide en nature', '2021-06-30', 'non', ''],
      ['Commune d’Ajaccio', '44259700100035', '2A004', '2021-01-30', '17833', '3', 'aide en numéraire', '2021-02-01/2021-02-28', 'non', 'Ligne 1\nLigne 2'],
      ['Toulouse', '21310555400017', '31555', '2021-11-05', '0.5', '', 'aide en nature', '2021-11-05', 'oui', 'Avance'],
    ],
    format: { encoding: 'utf-8', bom: false, delimiter: ',', quoteChar: '"', lineTerminator: '\r\n' },
  };
}
