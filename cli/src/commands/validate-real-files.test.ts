import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIO } from '../testing';
import { SHARED_DIR } from '../../../testdata/index';

const DIR = path.join(SHARED_DIR, 'scdl/subventions/1.1.0');

/**
 * `scdl validate` on each real file collected when the subventions spec was
 * written: the schema it detects, how it read the file, and the SCDL diagnoses
 * that explain what is wrong (checked by hand against the bytes).
 */
const CASES: Record<string, { version: string; encoding: string; delimiter: string; diagnoses: string[]; warnings?: string[] }> = {
  'DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv': { version: '2.0.2', encoding: 'windows-1252', delimiter: ';', diagnoses: ['french-number-format', 'non-iso-date'], warnings: ['surrounding-spaces', 'delimiter-not-comma', 'non-utf8-encoding'] },
  'DEP_Nièvre_CD58_SUBVENTIONS_2016_LISTE.csv': { version: '2.1.1', encoding: 'windows-1252', delimiter: ',', diagnoses: ['siren-instead-of-siret', 'french-number-format'], warnings: ['non-utf8-encoding'] },
  'DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv': { version: '2.0.2', encoding: 'windows-1252', delimiter: ';', diagnoses: ['non-iso-date', 'french-number-format'], warnings: ['bom-mismatch', 'delimiter-not-comma'] },
  'DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv': { version: '2.0.2', encoding: 'windows-1252', delimiter: ';', diagnoses: ['non-iso-date', 'french-number-format'], warnings: ['delimiter-not-comma'] },
  'SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv': { version: '2.0.2', encoding: 'utf-8', delimiter: ';', diagnoses: ['identifier-float', 'boolean-spelling'], warnings: ['delimiter-not-comma'] },
  'SCDL_DEP_Haute Garonne_datalocale-subvention.csv': { version: '2.0.2', encoding: 'utf-8', delimiter: ';', diagnoses: ['enum-near-match', 'non-iso-date'], warnings: ['delimiter-not-comma', 'misordered-label'] },
  'exemple_invalide.csv': { version: '2.0.2', encoding: 'utf-8', delimiter: ',', diagnoses: ['french-number-format', 'boolean-spelling'] },
};

describe('scdl validate on the real files of subventions 1.1.0', () => {
  it('covers every file of the folder', () => {
    expect(fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [file, want] of Object.entries(CASES)) {
    it(file, async () => {
      const io = memoryIO({ [file]: new Uint8Array(fs.readFileSync(path.join(DIR, file))) });
      const code = await main(['validate', file, '--format', 'json'], io);
      expect(code).toBe(1);
      const r = JSON.parse(io.out.join(''));
      expect(r.schema).toMatchObject({ name: 'scdl/subventions', version: want.version, detected: true });
      expect(r.source).toMatchObject({ encoding: want.encoding, delimiter: want.delimiter, headerRow: 1 });
      const diagnoses = new Set(r.errors.map((e: { diagnosis?: string }) => e.diagnosis).filter(Boolean));
      for (const d of want.diagnoses) expect(diagnoses, d).toContain(d);
      const types = new Set(r.errors.map((e: { type: string }) => e.type));
      for (const w of want.warnings ?? []) expect(types, w).toContain(w);
      // Each message says where and how to fix, in French.
      for (const e of r.errors) {
        expect(e.message).toBeTruthy();
        expect(e.hint).toBeTruthy();
      }
    });
  }

  it('prints the detected schema, the encoding and the separator in the French text report', async () => {
    const file = 'SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv';
    const io = memoryIO({ 'poitiers.csv': new Uint8Array(fs.readFileSync(path.join(DIR, file))) });
    await main(['validate', 'poitiers.csv'], io);
    const text = io.out.join('');
    expect(text).toContain('UTF-8, séparateur point-virgule, en-tête ligne 1');
    expect(text).toMatch(/Schéma : scdl\/subventions 2\.0\.2 — Subventions \(détecté automatiquement, confiance \d+ %\)/);
    expect(text).toMatch(/idAttribuant : \d+ numéros avec « \.0 » en trop/);
  });
});
