import { describe, expect, it } from 'vitest';
import { validateBytes, validateCells } from './validate';
import { utf8Encode } from './parse/unicode';
import { encodeSingleByte } from './parse/single-byte';
import type { SchemaDescriptor } from './schema/types';
import type { Report } from './report/types';

const schema: SchemaDescriptor = {
  name: 'test',
  fields: [
    { name: 'nom', type: 'string' },
    { name: 'ville', type: 'string' },
    { name: 'code', type: 'string' },
  ],
};

const run = (text: string | Uint8Array, extra: Parameters<typeof validateBytes>[1] = {}): Promise<Report> =>
  validateBytes(typeof text === 'string' ? utf8Encode(text) : text, { schema, ...extra });

const brief = (r: Report) => r.errors.map((e) => `${e.type}@${e.rowNumber ?? '-'}:${e.cell ?? e.fieldName ?? '-'}`);

describe('validateBytes: reading', () => {
  it('reports a clean file as valid with its dialect', async () => {
    const r = await run('nom,ville,code\nA,Paris,1\nB,Lyon,2\n');
    expect(r.status).toBe('valid');
    expect(r.stats.rows).toBe(2);
    expect(r.source).toMatchObject({ encoding: 'utf-8', bom: false, delimiter: ',', lineTerminator: '\n', headerRow: 1 });
  });

  it('warns about Windows-1252, semicolons and title rows, and still validates the data', async () => {
    const bytes = encodeSingleByte('Subventions 2017;;\n;;\nnom;ville;code\nÉcole;Nîmes;1\r\n;;\r\n', 'windows-1252');
    const r = await run(bytes);
    expect(r.source).toMatchObject({ encoding: 'windows-1252', delimiter: ';', headerRow: 3, lineTerminator: 'mixed' });
    expect(brief(r)).toEqual(expect.arrayContaining(['delimiter-not-comma@-:-', 'title-rows@3:-', 'non-utf8-encoding@-:-', 'blank-row@5:-']));
    expect(r.stats.rows).toBe(2);
    expect(r.status).toBe('invalid');
  });

  it('gives structural errors with cell addresses', async () => {
    const r = await run('nom,ville,code\nA,Paris\nB,Lyon,2,extra\n');
    expect(brief(r)).toEqual(['missing-cell@2:C2', 'extra-cell@3:D3']);
  });

  it('says what a non-CSV file is instead of failing', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8Encode('[Content_Types].xml xl/workbook.xml'), 0, 0, 0]);
    expect((await run(zip)).errors[0]).toMatchObject({ type: 'source-error', params: { reason: 'xlsx' } });
    expect((await run('<!DOCTYPE html><html><body>404</body></html>')).errors[0]).toMatchObject({ type: 'source-error', params: { reason: 'html' } });
    expect((await run(new Uint8Array(0))).errors[0]).toMatchObject({ type: 'source-error', params: { reason: 'empty' } });
    const bin = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    expect((await run(bin)).errors[0]).toMatchObject({ type: 'source-error', params: { reason: 'binary' } });
  });

  it('warns on a header-only file', async () => {
    const r = await run('nom,ville,code\n');
    expect(brief(r)).toEqual(['no-data@1:-']);
    expect(r.status).toBe('warnings');
  });
});

describe('validateBytes: header matching', () => {
  it('by name: finds misordered columns and recovers a case typo as incorrect-label', async () => {
    const r = await run('Ville,nom,code,autre\nParis,A,1,x\n');
    expect(brief(r)).toEqual(['incorrect-label@1:A1', 'extra-label@1:D1', 'misordered-label@1:-']);
    expect(r.errors[0]!.fix).toEqual({ kind: 'rename-label', to: 'ville' });
  });

  it('by name: reports missing columns', async () => {
    const r = await run('nom,code\nA,1\n');
    expect(brief(r)).toEqual(['missing-optional-label@1:ville']);
  });

  it('by position: compares labels in place as frictionless does', async () => {
    const r = await run('ville,nom,code,autre\nParis,A,1,x\n', { headerMatch: 'position' });
    expect(brief(r)).toEqual(['incorrect-label@1:A1', 'incorrect-label@1:B1', 'extra-label@1:D1']);
  });

  it('ignores header case when asked', async () => {
    const r = await run('NOM,Ville,CODE\nA,Paris,1\n', { ignoreHeaderCase: true });
    expect(r.status).toBe('valid');
  });
});

describe('validateCells', () => {
  it('gives the same errors as the bytes path for the same data', async () => {
    const rows = [['nom', 'ville', 'code', 'x'], ['A', 'Paris', '1', ''], ['', '', '', ''], ['B', 'Lyon', '2', 'y']];
    const csv = rows.map((r) => r.join(',')).join('\n') + '\n';
    const a = await run(csv);
    const b = await validateCells({ values: rows }, { schema });
    expect(b.errors.map((e) => [e.type, e.rowNumber, e.cell])).toEqual(a.errors.map((e) => [e.type, e.rowNumber, e.cell]));
  });

  it('uses the sheet’s own rows and columns', async () => {
    const values = [['nom', 'ville', 'code', ''], ['A', 'Paris', '1', ''], ['', '', '', ''], ['B', 'Lyon', '2', 'zz']];
    const r = await validateCells({ values, firstRow: 4, firstColumn: 3 }, { schema });
    expect(brief(r)).toEqual(['blank-row@6:-', 'extra-cell@7:F7']);
  });
});

describe('createByteValidator', () => {
  it('says when it stopped reading so callers can stop downloading', async () => {
    const { createByteValidator } = await import('./validate');
    const v = createByteValidator({ schema });
    await v.write(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(5000)]));
    expect(v.stopped).toBe(true);
    const ok = createByteValidator({ schema });
    await ok.write(utf8Encode('nom,ville,code\n' + 'a,b,c\n'.repeat(1000)));
    expect(ok.stopped).toBe(false);
    expect((await v.end()).errors[0]).toMatchObject({ type: 'source-error', params: { reason: 'zip' } });
  });
});

describe('Validata check errors get the SCDL explanation', () => {
  it('a zero-filled SIRET refused by french-siret-value says why, once', async () => {
    const { summarize } = await import('./report/summary');
    const s: SchemaDescriptor = { fields: [{ name: 'idAttribuant', type: 'string' }], custom_checks: [{ name: 'french-siret-value', params: { column: 'idAttribuant' } }] };
    const r = await validateBytes(utf8Encode('idAttribuant\n21860194600000\n21860194600013\n'), { schema: s, lang: 'fr' });
    expect(r.errors.map((e) => [e.type, e.diagnosis, e.cell])).toEqual([['french-siret-value', 'siret-zero-filled', 'A2']]);
    expect(r.errors[0]!.message).toMatch(/zéros/);
    expect(summarize(r, 'fr').lines.map((l) => l.text)).toEqual(['1 numéro SIRET dont la fin a été remplacée par des zéros']);
  });
});
