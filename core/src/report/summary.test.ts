import { describe, expect, it } from 'vitest';
import { validateBytes } from '../validate';
import { utf8Encode } from '../parse/unicode';
import { summarize } from './summary';
import { renderReport } from './render';
import type { SchemaDescriptor } from '../schema/types';

const schema: SchemaDescriptor = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'dateConvention', type: 'date' },
    { name: 'montant', type: 'number' },
  ],
};

const run = (csv: string) => validateBytes(utf8Encode(csv), { schema });

describe('summarize', () => {
  it('says a clean file is valid, with its row count', async () => {
    const s = summarize(await run('id,dateConvention,montant\n1,2020-01-01,2.5\n2,2020-01-02,3\n'), 'fr');
    expect(s).toMatchObject({ headline: 'Fichier valide (2 lignes).', structureErrors: 0, contentErrors: 0, lines: [] });
  });

  it('groups by column with the diagnosis, from exact counts, errors first', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1},${String(i + 1).padStart(2, '0')}/03/2020,1 000,5`).join('\n');
    const r = await run(`id;dateConvention;montant\n${rows.replace(/,/g, ';').replace(/;5$/gm, ',5')}\n`);
    const s = summarize(r, 'fr');
    expect(s.headline).toMatch(/^Fichier non valide : 24 erreurs et 1 avertissement \(12 lignes\)\.$/);
    expect(s.contentErrors).toBe(24);
    expect(s.structureErrors).toBe(0);
    expect(s.lines.map((l) => [l.fieldName, l.text, l.severity])).toEqual([
      ['dateConvention', '12 dates à écrire AAAA-MM-JJ', 'error'],
      ['montant', '12 nombres au format français (virgule, espaces)', 'error'],
      [undefined, '1 × séparateur autre que la virgule', 'warning'],
    ]);
  });

  it('counts everything even when the list is truncated, and speaks English', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `x${i},2020-01-01,1`).join('\n');
    const r = await validateBytes(utf8Encode(`id,dateConvention,montant\n${rows}\n`), { schema, maxErrors: 5 });
    expect(r.truncated).toBe(true);
    expect(r.errors).toHaveLength(5);
    const s = summarize(r, 'en');
    expect(s.headline).toBe('Invalid file: 50 errors (50 rows).');
    expect(s.lines).toEqual([{ fieldName: 'id', code: 'type-error', count: 50, severity: 'error', text: '50 × wrong format' }]);
  });

  it('separates structure errors (the badge’s first tier) from content errors', async () => {
    const s = summarize(await run('id,dateConvention,montant\n1,2020-01-01,9,x\n,,\na,2020-01-01,1\n'), 'fr');
    expect(s.structureErrors).toBe(2); // extra-cell, blank-row
    expect(s.contentErrors).toBe(1); // type-error
  });
});

describe('renderReport', () => {
  it('renders location, message and hint in the chosen language, without changing the data', async () => {
    const r = await run('id,dateConvention,montant\nabc,2020-01-01,1\n');
    const fr = renderReport(r, 'fr').errors[0]!;
    expect(fr.message).toBe('Ligne 2, colonne « id » (A2) : « abc » n’est pas un nombre entier.');
    expect(fr.hint).toMatch(/nombre entier/);
    const en = renderReport(r, 'en').errors[0]!;
    expect(en.message).toBe('Row 2, column "id" (A2): "abc" is not a whole number.');
    expect(r.errors[0]!.message).toBeUndefined();
  });
});
