import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { validateBytes } from '@scdl/core';
import type { DownloadFile } from '@scdl/ui/host';
import { createFixService, MAX_FIX_BYTES } from './fixes';
import { SHARED_DIR } from '../../testdata/index';

const INVALID = new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_invalide_erreurs_cellules.csv`));
const CP1252 = new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/1.1.0/DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv`));

describe('createFixService (core fix plan → preview → audited download)', () => {
  it('previews the planned fixes by kind, then downloads a fixed file with fewer errors', async () => {
    const report = await validateBytes(INVALID, { lang: 'fr', name: 'subventions.csv' });
    const downloads: DownloadFile[] = [];
    const bytes = vi.fn(async () => INVALID);
    const fixes = createFixService({ name: 'subventions.csv', bytes }, 'fr', async (f) => void downloads.push(f));
    const preview = await fixes.preview(report);
    expect(preview.total).toBeGreaterThan(0);
    expect(preview.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['number-format', 'boolean-values']));
    expect(preview.changes.some((c) => c.kind === 'number-format' && c.from === '100000,1' && c.to === '100000.1')).toBe(true);
    const message = await fixes.apply(report, preview.kinds.map((k) => k.kind));
    expect(bytes).toHaveBeenCalledTimes(1);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('subventions.corrige.csv');
    const after = await validateBytes(downloads[0]!.data as Uint8Array, { schema: `${report.schema!.name}@${report.schema!.version}` });
    expect(after.stats.errors).toBeLessThan(report.stats.errors);
    expect(message).toContain(`${report.stats.errors} erreur(s) avant, ${after.stats.errors} après`);
  });

  it('applies only the chosen kinds, and rewrites a Windows-1252 ; file as the core plans', async () => {
    const report = await validateBytes(CP1252, { lang: 'fr' });
    const downloads: DownloadFile[] = [];
    const fixes = createFixService({ name: 'somme.csv', bytes: async () => CP1252 }, 'fr', async (f) => void downloads.push(f));
    const preview = await fixes.preview(report);
    expect(preview.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['encoding', 'delimiter']));
    await fixes.apply(report, ['encoding', 'delimiter']);
    const out = downloads[0]!.data as Uint8Array;
    const again = await validateBytes(out, {});
    expect(again.source).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(again.stats.rows).toBe(report.stats.rows);
  });

  it('offers nothing for files too big to hold in memory, or without a schema', async () => {
    const report = await validateBytes(INVALID, { lang: 'fr' });
    const bytes = vi.fn(async () => INVALID);
    const fixes = createFixService({ name: 'x.csv', bytes }, 'fr', async () => undefined);
    const big = await fixes.preview({ ...report, source: { ...report.source, bytes: MAX_FIX_BYTES + 1 } });
    expect(big.total).toBe(0);
    expect(big.notes?.[0]).toContain('scdl fix');
    expect((await fixes.preview({ ...report, schema: null })).total).toBe(0);
    expect(bytes).not.toHaveBeenCalled();
  });
});
