import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBytes } from '@scdl/core';
import { readTable, type FixPlan } from '@scdl/core/fix/index';
import type { CliIO } from '../io';
import { betterThan } from '@scdl/core/fix/session';
import { fixCommand } from './fix';
import { SHARED_DIR } from '../../../testdata/index';

const SHARED = path.join(SHARED_DIR, 'scdl/subventions');
const DIR = path.join(SHARED, '1.1.0');
const SCHEMA_110 = path.join(DIR, 'schema.json');
const SCHEMA_LATEST = path.join(SHARED, 'schema.json');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Files read from memory first, then from disk; writes kept in memory. */
function testIO(files: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Uint8Array> = {};
  const read = async (p: string): Promise<Uint8Array> => files[p] ?? new Uint8Array(await fs.promises.readFile(p));
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    fetch: (() => Promise.reject(new Error('offline'))) as unknown as typeof fetch,
    readFile: read,
    async *openFile(p) {
      yield await read(p);
    },
    fileSize: async (p) => (await read(p)).length,
    writeFile: async (p, d) => {
      written[p] = typeof d === 'string' ? enc(d) : d;
    },
    isTTY: false,
    now: () => 0,
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const REAL = fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort();

/**
 * Cell by cell, without trusting the fix machinery: every non-blank input row
 * has an output row, in order; every non-empty input cell is found in it
 * unchanged, or the plan lists its change (same row, old value) and the new value
 * is there. Every header label is kept or renamed by the plan.
 */
function assertNoLostCell(input: Uint8Array, output: Uint8Array, plan: FixPlan, fieldNames: string[]): void {
  const before = readTable(input, { fieldNames });
  const after = readTable(output, { fieldNames });
  const changes = new Map<string, string[]>();
  const renames = new Map<string, string>();
  for (const p of plan.patches) {
    if ('cells' in p) for (const c of p.cells) changes.set(`${c.row}\u0000${c.from}`, [...(changes.get(`${c.row}\u0000${c.from}`) ?? []), c.to]);
    if (p.kind === 'rename-label' || p.kind === 'alias-label') for (const l of p.labels) renames.set(l.from, l.to);
  }
  for (const label of before.header) {
    if (label.trim() === '') continue;
    expect(after.header.includes(label) || after.header.includes(renames.get(label) ?? '\u0000'), `label ${label}`).toBe(true);
  }
  const kept = before.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.some((c) => c !== ''));
  expect(after.rows.length).toBe(kept.length);
  kept.forEach(({ r, i }, j) => {
    const outRow = after.rows[j]!;
    for (const v of r) {
      if (v === '') continue;
      const ok = outRow.includes(v) || (changes.get(`${i}\u0000${v}`) ?? []).some((to) => outRow.includes(to));
      expect(ok, `row ${i + 2}: ${JSON.stringify(v)} not in ${JSON.stringify(outRow)}`).toBe(true);
    }
  });
}

describe('scdl fix on the real files of subventions/1.1.0', () => {
  for (const [label, schemaPath] of [['1.1.0', SCHEMA_110], ['latest', SCHEMA_LATEST]] as const) {
    for (const file of REAL) {
      it(`${file} (${label}): fewer errors, no lost cell, UTF-8 comma schema-ordered CSV`, async () => {
        const t = testIO();
        const src = path.join(DIR, file);
        const code = await fixCommand([src, '-o', 'out.csv', '--schema', schemaPath, '--format', 'json'], t.io);
        const result = JSON.parse(t.out()) as { refused: string[]; plan: FixPlan; written: boolean };
        expect(result.refused).toEqual([]);
        expect(code).toBe(0);
        const out = t.written['out.csv']!;
        expect(out).toBeDefined();

        const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
        const input = new Uint8Array(fs.readFileSync(src));
        const before = await validateBytes(input, { schema, maxErrors: 0 });
        const after = await validateBytes(out, { schema, maxErrors: 0 });
        expect(betterThan(after, before)).toBe(true);
        // Files whose columns were all there: strictly fewer errors, plainly counted.
        if (!result.plan.patches.some((p) => p.kind === 'alias-label')) expect(after.stats.errors).toBeLessThan(before.stats.errors);

        expect([...out.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
        const written = readTable(out);
        expect(written.format).toMatchObject({ encoding: 'utf-8', bom: false, delimiter: ',' });
        const names = (schema.fields as { name: string }[]).map((f) => f.name);
        const present = written.header.filter((h) => names.includes(h));
        expect(present).toEqual(names.filter((n) => present.includes(n)));
        assertNoLostCell(input, out, result.plan, names);
      });
    }
  }
});

describe('scdl fix, the command', () => {
  const HEADER = 'nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention';
  const row = (date: string, amount = '1000'): string => `Ville,21860194600013,${date},D1,Asso,44259700100035,Objet,${amount},aide en numéraire,unique,2020-01-01,,non,1`;

  it('explains its fixes in French and writes the file', async () => {
    const t = testIO({ 'in.csv': enc(`${HEADER.replace(/,/g, ';')}\r\n${row('25/12/2020', '1 000,50').replace(/,/g, ';').replace('1 000;50', '1 000,50')}\r\n`) });
    const code = await fixCommand(['in.csv', '-o', 'out.csv', '--schema', SCHEMA_110], t.io);
    expect(code).toBe(0);
    expect(t.out()).toContain('✔ Colonne « dateConvention » : 1 date réécrite au format AAAA-MM-JJ.');
    expect(t.out()).toContain('C2 « 25/12/2020 » → « 2020-12-25 »');
    expect(t.out()).toContain('Séparateur point-virgule « ; » remplacé par la virgule.');
    expect(t.out()).toMatch(/Résultat : 2 erreurs et 1 avertissement → 0 erreur et 0 avertissement\./);
    expect(new TextDecoder().decode(t.written['out.csv'])).toBe(`${HEADER}\r\n${row('2020-12-25', '1000.50')}\r\n`);
  });

  it('asks when dates cannot tell day from month, and fixes them once told', async () => {
    const file = enc(`${HEADER}\r\n${row('03/04/2020')}\r\n${row('05/06/2020')}\r\n`);
    const asked = testIO({ 'in.csv': file });
    expect(await fixCommand(['in.csv', '-o', 'out.csv', '--schema', SCHEMA_110], asked.io)).toBe(1);
    expect(asked.out()).toContain('? Colonne « dateConvention » : 2 valeurs se lisent de deux façons');
    expect(asked.out()).toContain('--answer dateConvention=dmy');
    expect(asked.out()).toContain('Aucune correction sûre à appliquer');
    expect(asked.written['out.csv']).toBeUndefined();
    const told = testIO({ 'in.csv': file });
    expect(await fixCommand(['in.csv', '-o', 'out.csv', '--schema', SCHEMA_110, '--date-order', 'dmy'], told.io)).toBe(0);
    expect(new TextDecoder().decode(told.written['out.csv'])).toContain(',2020-04-03,');
  });

  it('leaves lossy damage alone and says how to recover it', async () => {
    const t = testIO({ 'in.csv': enc(`${HEADER}\r\n${row('2020-01-01').replace('21860194600013', '"2,19E+13"')}\r\n`) });
    expect(await fixCommand(['in.csv', '-o', 'out.csv', '--schema', SCHEMA_110], t.io)).toBe(1);
    expect(t.out()).toContain('Laissé tel quel');
    expect(t.out()).toContain('notation scientifique');
    expect(t.written['out.csv']).toBeUndefined();
  });

  it('writes nothing for a file that already conforms, and nothing on --dry-run', async () => {
    const clean = testIO({ 'in.csv': enc(`${HEADER}\r\n${row('2020-01-01')}\r\n`) });
    expect(await fixCommand(['in.csv', '-o', 'out.csv', '--schema', SCHEMA_110], clean.io)).toBe(0);
    expect(clean.out()).toContain('déjà conforme');
    expect(clean.written).toEqual({});
    const dry = testIO({ 'in.csv': enc(`${HEADER}\r\n${row('25/12/2020')}\r\n`) });
    expect(await fixCommand(['in.csv', '--dry-run', '--schema', SCHEMA_110], dry.io)).toBe(0);
    expect(dry.out()).toContain('rien n’a été écrit');
    expect(dry.written).toEqual({});
  });

  it('only applies the kinds asked for, keeping the file’s own format otherwise', async () => {
    const t = testIO({ 'in.csv': enc(`${HEADER.replace(/,/g, ';')}\r\n${row('25/12/2020').replace(/,/g, ';')}\r\n`) });
    expect(await fixCommand(['in.csv', '-o', 'out.csv', '--schema', SCHEMA_110, '--only', 'date-format'], t.io)).toBe(0);
    expect(new TextDecoder().decode(t.written['out.csv'])).toBe(`${HEADER.replace(/,/g, ';')}\r\n${row('2020-12-25').replace(/,/g, ';')}\r\n`);
  });

  it('speaks English with --lang en', async () => {
    const t = testIO({ 'in.csv': enc(`${HEADER}\r\n${row('25/12/2020')}\r\n`) });
    await fixCommand(['in.csv', '-o', 'out.csv', '--schema', SCHEMA_110, '--lang', 'en'], t.io);
    expect(t.out()).toContain('Column "dateConvention": 1 date rewritten YYYY-MM-DD.');
    expect(t.out()).toContain('File written: out.csv');
  });

  it('refuses bad usage and unreadable input', async () => {
    const t = testIO({ 'in.csv': enc(`${HEADER}\r\n`), 'book.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) });
    await expect(fixCommand(['in.csv', '--schema', SCHEMA_110], t.io)).rejects.toThrow(/-o SORTIE/);
    await expect(fixCommand(['in.csv', '-o', 'x.csv', '--only', 'magic'], t.io)).rejects.toThrow(/correction inconnue : magic/);
    await expect(fixCommand(['absent.csv', '-o', 'x.csv'], t.io)).rejects.toThrow(/introuvable/);
    expect(await fixCommand(['book.csv', '-o', 'x.csv', '--schema', SCHEMA_110], t.io)).toBe(2);
    expect(t.err()).toContain('n’est pas un fichier CSV lisible');
  });

  it('says why a file renamed from its old column names shows more detailed errors (Poitiers)', async () => {
    const t = testIO();
    const file = path.join(DIR, REAL.find((f) => f.includes('Poitiers'))!);
    expect(await fixCommand([file, '-o', 'out.csv', '--schema', SCHEMA_110], t.io)).toBe(0);
    expect(t.out()).toContain('« COLL_SIRET » → « idAttribuant »');
    expect(t.out()).toContain('C2 « 21860194600000.0 » → « 21860194600000 »');
    expect(t.out()).toContain('! Colonne « idAttribuant » : 562 × SIRET dont la fin a été remplacée par des zéros');
    expect(t.out()).toContain('avant, 12 colonne(s) obligatoire(s) absente(s) privaient le fichier de 6 744 valeurs.');
  });

  it('finds the schema itself when none is given', async () => {
    const t = testIO({ 'in.csv': enc(`${HEADER}\r\n${row('25/12/2020')}\r\n`) });
    expect(await fixCommand(['in.csv', '-o', 'out.csv'], t.io)).toBe(0);
    expect(t.out()).toMatch(/Schéma : scdl\/subventions@/);
  });
});
