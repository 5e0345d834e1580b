import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '@scdl/schemas/catalog';
import { diagnosticErrors } from '../src/checks/diagnostics';
import { applyPlan, encodeTable, planFixes, readTable } from '../src/fix/index';
import { compileSchema } from '../src/schema/compile';
import type { SchemaDescriptor } from '../src/schema/types';
import { validateBytes } from '../src/validate';
import type { Report } from '../src/report/types';
import { SHARED_DIR } from '../../testdata/index';

/*
 * The SCDL diagnostics on the real files collected with subventions 1.1.0,
 * validated against that version and against the latest. Poitiers and Nièvre
 * use the pre-SCDL column names (COLL_SIRET, SUB_MONTANT…): as they are, no
 * column binds and no cell is looked at, so they are also validated with only
 * their columns renamed by the catalogue's aliases (the `alias-label` fix).
 */

const SHARED = path.join(SHARED_DIR, 'scdl/subventions');
const DIR = path.join(SHARED, '1.1.0');
const SCHEMAS: Record<string, SchemaDescriptor> = {
  '1.1.0': JSON.parse(fs.readFileSync(path.join(DIR, 'schema.json'), 'utf8')),
  latest: JSON.parse(fs.readFileSync(path.join(SHARED, 'schema.json'), 'utf8')),
};
const aliases = CATALOG.find((e) => e.name === 'scdl/subventions')!.aliases!;

/** What each file shows, by `column:diagnosis` (count) — the same under both versions. */
const EXPECTED: Record<string, { aliases?: true; diagnostics: Record<string, number> }> = {
  'DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv': {
    // `40 000,00`; periods written `2018-01-01_2018-03-31`; trailing spaces in `objet`.
    diagnostics: { 'datesPeriodeVersement:non-iso-date': 5, 'montant:french-number-format': 13, 'objet:surrounding-spaces': 2 },
  },
  'DEP_Nièvre_CD58_SUBVENTIONS_2016_LISTE.csv': {
    aliases: true,
    // `17 833` with a no-break space (0xA0); the Département's SIREN 225800010 in COLL_SIRET.
    diagnostics: { 'idAttribuant:siren-instead-of-siret': 97, 'montant:french-number-format': 90 },
  },
  'DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv': {
    // `2017/09/08`, `2017/09/08_2021/09/07`, `26 956,00`, one `Aide en numéraire`.
    diagnostics: { 'dateConvention:non-iso-date': 41, 'datesPeriodeVersement:non-iso-date': 41, 'montant:french-number-format': 41, 'nature:enum-near-match': 1 },
  },
  'DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv': {
    diagnostics: { 'dateConvention:non-iso-date': 11, 'datesPeriodeVersement:non-iso-date': 11, 'montant:french-number-format': 11 },
  },
  'SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv': {
    aliases: true,
    // `21860194600000.0`: float-looking and zero-filled; `NON`; an association named `@CTION SAUVETAGE`.
    diagnostics: { 'idAttribuant:identifier-float': 562, 'idBeneficiaire:identifier-float': 562, 'nomBeneficiaire:formula-like-cell': 1, 'notificationUE:boolean-spelling': 562 },
  },
  'SCDL_DEP_Haute Garonne_datalocale-subvention.csv': {
    // `Aide en numéraire` for `aide en numéraire`; periods `2017-01-01_2017-12-31`.
    diagnostics: { 'datesPeriodeVersement:non-iso-date': 40, 'nature:enum-near-match': 69 },
  },
  'exemple_invalide.csv': {
    diagnostics: { 'montant:french-number-format': 1, 'notificationUE:boolean-spelling': 1 },
  },
};

/** Cells diagnosed, per column and diagnosis (a cell with a pattern error and a SIRET-check error counts once). */
function diagnosticsOf(r: Report): Record<string, number> {
  const out: Record<string, number> = {};
  const cells = new Set<string>();
  for (const e of r.errors) {
    const code = e.diagnosis ?? (Object.hasOwn(diagnosticErrors, e.type) ? e.type : undefined);
    if (code === undefined) continue;
    const cell = `${e.cell ?? `${e.rowNumber}:${e.fieldName}`}|${code}`;
    if (cells.has(cell)) continue;
    cells.add(cell);
    const key = `${e.fieldName}:${code}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

async function validate(file: string, version: string, withAliases: boolean): Promise<Report> {
  const schema = SCHEMAS[version]!;
  let bytes: Uint8Array = new Uint8Array(fs.readFileSync(path.join(DIR, file)));
  if (withAliases) {
    const c = compileSchema(schema);
    if (!c.ok) throw new Error('schema');
    const table = readTable(bytes, { fieldNames: c.compiled.fields.map((f) => f.field.name) });
    bytes = encodeTable(applyPlan(table, planFixes(table, c.compiled, { aliases, only: ['alias-label'] })));
  }
  return validateBytes(bytes, { schema, maxErrors: 100_000 });
}

describe('SCDL diagnostics on the real files of subventions/1.1.0', () => {
  it('covers every CSV of the folder', () => {
    expect(fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const version of Object.keys(SCHEMAS)) {
    for (const [file, want] of Object.entries(EXPECTED)) {
      it(`${file} against ${version}`, async () => {
        if (want.aliases) {
          // As it is, the file's columns are all unknown: nothing to diagnose in its cells.
          expect(diagnosticsOf(await validate(file, version, false))).toEqual({});
        }
        const r = await validate(file, version, !!want.aliases);
        expect(diagnosticsOf(r)).toEqual(want.diagnostics);
      });
    }
  }

  it('Poitiers: the float-looking SIRETs get an exact fix and the zero-filled tail is said', async () => {
    const r = await validate('SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv', '1.1.0', true);
    const e = r.errors.find((x) => x.diagnosis === 'identifier-float' && x.fieldName === 'idAttribuant')!;
    expect(e).toMatchObject({ type: 'constraint-error', value: '21860194600000.0', params: { identifier: 'siret', zeroFilled: true }, fix: { kind: 'identifier-float', to: '21860194600000' } });
  });

  it('Somme: yyyy/mm/dd dates, Lot: decimal commas, Nièvre: no-break space thousands — each with its exact fix', async () => {
    const somme = await validate('DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv', 'latest', false);
    expect(somme.errors.find((x) => x.diagnosis === 'non-iso-date' && x.fieldName === 'dateConvention')).toMatchObject({ type: 'type-error', value: '2017/09/08', fix: { kind: 'date-format', to: '2017-09-08' } });
    const lot = await validate('DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv', 'latest', false);
    expect(lot.errors.find((x) => x.diagnosis === 'french-number-format')).toMatchObject({ value: '40 000,00', fix: { kind: 'number-format', to: '40000.00' } });
    const nievre = await validate('DEP_Nièvre_CD58_SUBVENTIONS_2016_LISTE.csv', 'latest', true);
    expect(nievre.errors.find((x) => x.diagnosis === 'french-number-format')).toMatchObject({ value: '17\u00a0833', params: { thousands: 'nbsp' }, fix: { to: '17833' } });
  });

  it('renders every diagnosis in French and English', async () => {
    for (const file of Object.keys(EXPECTED)) {
      for (const lang of ['fr', 'en'] as const) {
        const r = await validateBytes(new Uint8Array(fs.readFileSync(path.join(DIR, file))), { schema: SCHEMAS.latest!, lang, maxErrors: 100_000 });
        for (const e of r.errors) {
          expect(e.message, `${file} ${e.type}`).toBeTruthy();
          expect(e.message).not.toContain('undefined');
          expect(e.hint).not.toContain('undefined');
        }
      }
    }
  });
});
