import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBytes, validateCells } from '../validate';
import { readTable } from '../parse/table';
import { SHARED_DIR } from '../../../testdata/index';

/** DESIGN §2.5: the bytes path and the cells path give the same report for the same data. */
describe('same data, same report, bytes or cells', () => {
  for (const file of ['subventions/exemple_invalide_erreurs_cellules.csv', 'subventions/1.1.0/DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv', 'prenoms/prenoms-nouveaux-nes_exemple-invalide.csv']) {
    it(file, async () => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(SHARED_DIR, 'scdl', file)));
      const fromBytes = await validateBytes(bytes, { maxErrors: 10_000 });
      // A sheet holding the same text: the header row and the rows, as getValues() would give strings.
      const table = readTable(bytes);
      const fromCells = await validateCells({ values: [table.header, ...table.rows] }, { maxErrors: 10_000 });
      const key = (r: typeof fromBytes) =>
        r.errors
          .filter((e) => !['non-utf8-encoding', 'delimiter-not-comma', 'bom-mismatch', 'trailing-empty-columns'].includes(e.type)) // facts about bytes, not cells
          .map((e) => `${e.type}|${e.diagnosis ?? ''}|${e.rowNumber ?? ''}|${e.cell ?? e.fieldName ?? ''}|${e.value ?? ''}`);
      expect(fromCells.schema).toEqual(fromBytes.schema);
      expect(key(fromCells)).toEqual(key(fromBytes));
      expect(key(fromBytes).length).toBeGreaterThan(5);
    });
  }
});
