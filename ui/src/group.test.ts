import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateBytes, type Report } from '@scdl/core';
import { fixPreviewFromReport } from './fix-preview';
import { groupByCode, groupByColumn } from './group';
import { badgeStatusOf, schemaRefOf, unusableReason } from './status';
import { SHARED_DIR } from '../../testdata/index';

let invalid: Report;
let valid: Report;
beforeAll(async () => {
  invalid = await validateBytes(new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_invalide_erreurs_cellules.csv`)), { lang: 'fr' });
  valid = await validateBytes(new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_valide.csv`)), { lang: 'fr' });
});

describe('groupByColumn', () => {
  it('has one group per column with problems, in header order, counts from the exact stats', () => {
    const groups = groupByColumn(invalid);
    const columns = groups.filter((g) => g.key !== '').map((g) => g.key);
    const inHeader = columns.filter((c) => invalid.header!.includes(c));
    expect(inHeader).toEqual(invalid.header!.filter((h) => columns.includes(h)));
    // Fields missing from the file come after the file's own columns.
    expect(columns.slice(0, inHeader.length)).toEqual(inHeader);
    for (const g of groups.filter((x) => x.key !== '')) {
      const exact = Object.values(invalid.stats.byField[g.key] ?? {}).reduce((a, b) => a + b, 0);
      expect(g.count).toBe(Math.max(exact, g.rows.length));
      expect(g.errors + g.warnings).toBe(g.count);
    }
    // Every listed error is in exactly one group.
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(invalid.errors.length);
  });

  it('puts file and header problems first', () => {
    const withFileLevel: Report = {
      ...invalid,
      stats: { ...invalid.stats, warnings: invalid.stats.warnings + 1, byType: { ...invalid.stats.byType, 'delimiter-not-comma': 1 } },
      errors: [{ type: 'delimiter-not-comma', severity: 'warning', tags: ['#table'], params: { delimiter: ';' } }, ...invalid.errors],
    };
    const groups = groupByColumn(withFileLevel);
    expect(groups[0]!.key).toBe('');
    expect(groups[0]!.rows[0]!.type).toBe('delimiter-not-comma');
  });
});

describe('groupByCode', () => {
  it('has one group per error code with exact counts, errors first', () => {
    const groups = groupByCode(invalid);
    expect(Object.fromEntries(groups.map((g) => [g.key, g.count]))).toEqual(Object.fromEntries(Object.entries(invalid.stats.byType).filter(([, n]) => n > 0)));
    const firstWarning = groups.findIndex((g) => g.warnings > 0);
    expect(groups.slice(firstWarning).every((g) => g.errors === 0)).toBe(true);
  });

  it('keeps exact counts when the list was truncated', () => {
    const cut: Report = { ...invalid, errors: invalid.errors.slice(0, 3), truncated: true };
    const groups = groupByCode(cut);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(invalid.stats.errors + invalid.stats.warnings);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(3);
  });
});

describe('status', () => {
  it('follows the report, and says error when nothing could be validated', () => {
    expect(badgeStatusOf(invalid)).toBe('invalid');
    expect(['valid', 'warnings']).toContain(badgeStatusOf(valid));
    expect(schemaRefOf(valid)).toMatch(/^scdl\/subventions@/);
    const notCsv: Report = { ...invalid, header: undefined, stats: { ...invalid.stats, byType: { 'source-error': 1 } } } as Report;
    expect(unusableReason(notCsv)).toBe('source-error');
    expect(badgeStatusOf(notCsv)).toBe('error');
  });
});

describe('fixPreviewFromReport', () => {
  it('lists the fixes the report proposes, by kind', () => {
    const p = fixPreviewFromReport(invalid, 'fr');
    const proposed = invalid.errors.filter((e) => e.fix && e.severity === 'error');
    expect(p.total).toBe(proposed.length);
    expect(p.kinds.reduce((n, k) => n + k.count, 0)).toBe(p.total);
    expect(p.remaining).toBe(invalid.stats.errors - p.total);
    for (const c of p.changes) expect(c.to).not.toBe(undefined);
  });
});
