// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateBytes, type Report } from '@scdl/core';
import type { Host, Outcome, SchemaOption } from '../host';
import { DEFAULT_SETTINGS } from '../host';
import { fixPreviewFromReport } from '../fix-preview';
import { Badge } from './Badge';
import { FixPreview } from './FixPreview';
import { ReportView } from './ReportView';
import { SchemaPicker } from './SchemaPicker';
import { ValidationPanel } from './ValidationPanel';
import { SHARED_DIR } from '../../../testdata/index';

let invalid: Report;
beforeAll(async () => {
  invalid = await validateBytes(new Uint8Array(readFileSync(`${SHARED_DIR}/scdl/subventions/exemple_invalide_erreurs_cellules.csv`)), { lang: 'fr' });
});
afterEach(cleanup);

const OPTIONS: SchemaOption[] = [
  { name: 'scdl/subventions', version: '2.1.1', title: 'Subventions', latest: true, scdl: true },
  { name: 'scdl/subventions', version: '2.0.2', title: 'Subventions', latest: false, scdl: true },
  { name: 'scdl/deliberations', version: '2.1.3', title: 'Délibérations', latest: true, scdl: true },
  { name: 'etalab/schema-lieux-covoiturage', version: '0.3.0', title: 'Lieux de covoiturage', latest: true, scdl: false },
];

describe('Badge', () => {
  it('carries the status and schema data attributes, French by default', () => {
    const { container } = render(<Badge status="invalid" schema="scdl/subventions@2.1.1" />);
    const el = container.querySelector('[data-scdl-status]')!;
    expect(el.getAttribute('data-scdl-status')).toBe('invalid');
    expect(el.getAttribute('data-scdl-schema')).toBe('scdl/subventions@2.1.1');
    expect(el.textContent).toContain('Non valide');
    render(<Badge status="warnings" lang="en" />);
    expect(screen.getByText(/Valid, with warnings/)).toBeTruthy();
  });
});

describe('ReportView', () => {
  it('lists every error with data-error-type, by column then by code, with French messages and hints', () => {
    const { container } = render(<ReportView report={invalid} lang="fr" />);
    const rows = () => [...container.querySelectorAll('tr[data-error-type]')];
    expect(rows()).toHaveLength(invalid.errors.length);
    expect(new Set(rows().map((r) => r.getAttribute('data-error-type')))).toEqual(new Set(invalid.errors.map((e) => e.type)));
    const cellError = invalid.errors.find((e) => e.cell && e.severity === 'error')!;
    const row = container.querySelector(`tr[data-cell="${cellError.cell}"][data-error-type="${cellError.type}"]`)!;
    expect(row.querySelector('.scdl-where')!.textContent).toContain(`Ligne ${cellError.rowNumber}`);
    expect(row.querySelector('.scdl-hint')!.textContent!.length).toBeGreaterThan(10);
    fireEvent.click(screen.getByTestId('view-code'));
    expect(container.querySelector('.scdl-report')!.getAttribute('data-view')).toBe('code');
    expect(rows()).toHaveLength(invalid.errors.length);
    expect(container.querySelectorAll('.scdl-group')).toHaveLength(Object.keys(invalid.stats.byType).length);
  });

  it('renders in English on demand and says when there is nothing wrong', () => {
    const { container } = render(<ReportView report={invalid} lang="en" />);
    expect(container.querySelector('.scdl-where')!.textContent).toMatch(/Row|Header|Column/);
    cleanup();
    const clean: Report = { ...invalid, valid: true, status: 'valid', errors: [], stats: { ...invalid.stats, errors: 0, warnings: 0, byType: {}, byField: {}, byDiagnosis: {} } };
    render(<ReportView report={clean} lang="fr" />);
    expect(screen.getByTestId('no-errors').textContent).toContain('suit le schéma');
  });

  it('shows cell values as text, never as HTML', () => {
    const evil: Report = { ...invalid, errors: [{ ...invalid.errors.find((e) => e.value !== undefined)!, value: '<img src=x onerror=alert(1)>' }] };
    const { container } = render(<ReportView report={evil} lang="fr" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('SchemaPicker', () => {
  it('offers SCDL schemas first, versions latest first, and submits name@version', () => {
    const onSubmit = vi.fn();
    const { container } = render(<SchemaPicker options={OPTIONS} value="scdl/subventions@2.1.1" lang="fr" onSubmit={onSubmit} />);
    const names = [...container.querySelectorAll('select[name="schema"] option')].map((o) => (o as HTMLOptionElement).value);
    expect(names).toEqual(['', 'scdl/deliberations', 'scdl/subventions', 'etalab/schema-lieux-covoiturage']);
    const versions = container.querySelector('select[name="version"]') as HTMLSelectElement;
    expect([...versions.options].map((o) => o.value)).toEqual(['2.1.1', '2.0.2']);
    fireEvent.change(versions, { target: { value: '2.0.2' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(onSubmit).toHaveBeenLastCalledWith('scdl/subventions@2.0.2');
    fireEvent.change(container.querySelector('select[name="schema"]')!, { target: { value: '' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(onSubmit).toHaveBeenLastCalledWith(null);
  });
});

describe('FixPreview', () => {
  it('previews changes by kind and applies the chosen kinds', () => {
    const model = {
      kinds: [
        { kind: 'date-format', count: 2, label: 'Date au format JJ/MM/AAAA' },
        { kind: 'decimal-comma', count: 1, label: 'Virgule décimale' },
      ],
      changes: [
        { kind: 'date-format', cell: 'C2', from: '12/03/2020', to: '2020-03-12' },
        { kind: 'date-format', cell: 'C3', from: '01/01/2021', to: '2021-01-01' },
        { kind: 'decimal-comma', cell: 'I2', from: '12,5', to: '12.5' },
      ],
      total: 3,
      remaining: 4,
    };
    const onApply = vi.fn();
    const { container } = render(<FixPreview model={model} lang="fr" onApply={onApply} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
    fireEvent.click(container.querySelector('input[data-fix-kind="decimal-comma"]')!);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(container.textContent).toContain('2 cellule(s)');
    fireEvent.click(screen.getByTestId('fix-apply'));
    expect(onApply).toHaveBeenCalledWith(['date-format']);
  });
});

describe('ValidationPanel', () => {
  function fakeHost(outcomes: Outcome[], over: Partial<Host> = {}): Host {
    let i = 0;
    return {
      documentName: 'subventions.csv',
      settings: { load: async () => DEFAULT_SETTINGS, save: async () => DEFAULT_SETTINGS },
      catalog: { list: async () => OPTIONS },
      validate: vi.fn(async (req) => {
        req?.onProgress?.({ bytes: 10, total: 20 });
        return outcomes[Math.min(i++, outcomes.length - 1)]!;
      }),
      download: vi.fn(async () => undefined),
      ...over,
    };
  }

  it('validates, then shows summary, picker and errors; re-validates with the picked schema', async () => {
    const host = fakeHost([{ kind: 'report', report: invalid }]);
    const { container } = render(<ValidationPanel host={host} lang="fr" />);
    await waitFor(() => expect(screen.getByTestId('report')).toBeTruthy());
    expect(container.querySelector('.scdl-summary [data-scdl-status]')!.getAttribute('data-scdl-status')).toBe('invalid');
    expect(container.querySelectorAll('tr[data-error-type]').length).toBe(invalid.errors.length);
    await waitFor(() => expect(screen.getByTestId('schema-picker')).toBeTruthy());
    fireEvent.change(container.querySelector('select[name="version"]')!, { target: { value: '2.0.2' } });
    fireEvent.submit(screen.getByTestId('schema-picker'));
    await waitFor(() => expect(host.validate).toHaveBeenLastCalledWith(expect.objectContaining({ schema: 'scdl/subventions@2.0.2' })));
  });

  it('downloads the JSON report', async () => {
    const host = fakeHost([{ kind: 'report', report: invalid }]);
    render(<ValidationPanel host={host} lang="fr" />);
    fireEvent.click(await screen.findByTestId('download-json'));
    const file = vi.mocked(host.download).mock.calls[0]![0];
    expect(file.name).toBe('subventions.rapport-scdl.json');
    expect(JSON.parse(file.data as string).stats.errors).toBe(invalid.stats.errors);
  });

  it('explains a missing permission and retries once granted', async () => {
    const requestPermission = vi.fn(async () => true);
    const host = fakeHost(
      [
        { kind: 'needs-permission', origin: 'https://static.data.gouv.fr/*', explanation: 'Ce fichier est hébergé sur static.data.gouv.fr…' },
        { kind: 'report', report: invalid },
      ],
      { requestPermission },
    );
    render(<ValidationPanel host={host} lang="fr" />);
    expect((await screen.findByTestId('permission')).textContent).toContain('static.data.gouv.fr');
    fireEvent.click(screen.getByTestId('allow'));
    await waitFor(() => expect(screen.getByTestId('report')).toBeTruthy());
    expect(requestPermission).toHaveBeenCalledWith('https://static.data.gouv.fr/*');
  });

  it('previews safe fixes before applying them', async () => {
    const apply = vi.fn(async () => 'Fichier corrigé téléchargé.');
    const preview = fixPreviewFromReport(invalid, 'fr');
    const host = fakeHost([{ kind: 'report', report: invalid }], { fixes: { preview: async () => preview, apply } });
    render(<ValidationPanel host={host} lang="fr" />);
    if (preview.total === 0) return;
    fireEvent.click(await screen.findByTestId('fix-show'));
    expect(screen.getByTestId('fix-preview')).toBeTruthy();
    fireEvent.click(screen.getByTestId('fix-apply'));
    await waitFor(() => expect(apply).toHaveBeenCalled());
    expect(await screen.findByText('Fichier corrigé téléchargé.')).toBeTruthy();
  });
});
