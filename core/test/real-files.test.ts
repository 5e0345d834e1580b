import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBytes } from '../src/validate';
import type { SchemaDescriptor } from '../src/schema/types';
import { SHARED_DIR } from '../../testdata/index';

const DIR = path.join(SHARED_DIR, 'scdl/subventions/1.1.0');
const schema11 = JSON.parse(fs.readFileSync(path.join(DIR, 'schema.json'), 'utf8')) as SchemaDescriptor;

/** What a careful look at each real file shows (bytes checked by hand with `file` and `cat -A`). */
const EXPECTED: Record<string, { encoding: string; bom: boolean; bomMismatch?: boolean; delimiter: string; lineTerminator: string }> = {
  'DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv': { encoding: 'windows-1252', bom: false, delimiter: ';', lineTerminator: 'mixed' },
  'DEP_Nièvre_CD58_SUBVENTIONS_2016_LISTE.csv': { encoding: 'windows-1252', bom: false, delimiter: ',', lineTerminator: '\r\n' },
  'DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv': { encoding: 'windows-1252', bom: true, bomMismatch: true, delimiter: ';', lineTerminator: '\r\n' },
  'DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv': { encoding: 'windows-1252', bom: false, delimiter: ';', lineTerminator: '\r\n' },
  'SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv': { encoding: 'utf-8', bom: false, delimiter: ';', lineTerminator: 'mixed' },
  'SCDL_DEP_Haute Garonne_datalocale-subvention.csv': { encoding: 'utf-8', bom: false, delimiter: ';', lineTerminator: '\r\n' },
  'exemple_invalide.csv': { encoding: 'utf-8', bom: false, delimiter: ',', lineTerminator: '\n' },
};

describe('real files of ../shared/scdl/subventions/1.1.0', () => {
  it('covers every CSV of the folder', () => {
    expect(fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: encoding ${want.encoding}, delimiter ${JSON.stringify(want.delimiter)}`, async () => {
      const r = await validateBytes(new Uint8Array(fs.readFileSync(path.join(DIR, file))), { schema: schema11, name: file });
      expect(r.source).toMatchObject({ encoding: want.encoding, bom: want.bom, delimiter: want.delimiter, lineTerminator: want.lineTerminator });
      const codes = r.errors.map((e) => e.type);
      expect(codes.includes('non-utf8-encoding')).toBe(want.encoding !== 'utf-8');
      expect(codes.includes('bom-mismatch')).toBe(!!want.bomMismatch);
      expect(codes.includes('delimiter-not-comma')).toBe(want.delimiter !== ',');
      // Decoding must be right: no replacement characters anywhere in the header.
      expect(r.header?.join('') ?? '').not.toContain('\ufffd');
    });
  }
});
