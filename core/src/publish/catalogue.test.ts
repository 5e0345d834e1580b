import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdataTestServer, type UdataTestServer } from '../../../tools/udata-test-server/server.mjs';
import { recordingFetch, recordingSleep, seededRandom, sha1, storedBytes, subventionsCsv } from '../../../tools/udata-test-server/testing.mjs';
import { CATALOGUE_FIELDS, buildCatalogueRow, type CatalogueContext, type CatalogueRow } from './catalogue';
import { parseCsv, serialiseCsv, upsertCatalogueRow } from './catalogue-csv';
import { createUdataClient } from './client';
import { publish, type PublishRequest } from './publish';
import type { FetchLike, UdataDataset } from './types';

interface SchemaField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

// A copy of the latest scdl/catalogue schema (0.1.3), so the test does not depend on the network.
const schema = JSON.parse(readFileSync(new URL('./fixtures/scdl-catalogue-0.1.3.schema.json', import.meta.url), 'utf8')) as { version: string; fields: SchemaField[] };

/** What a catalogue validator will check, reduced to the schema's own constraints. */
function violations(row: CatalogueRow): string[] {
  const problems: string[] = [];
  for (const field of schema.fields) {
    const value = (row as Record<string, string | undefined>)[field.name];
    const c = field.constraints ?? {};
    if (value === undefined) { problems.push(`${field.name}: absent`); continue; }
    if (c.required && value === '') problems.push(`${field.name}: empty`);
    if (value === '') continue;
    if (c.enum && !c.enum.includes(value)) problems.push(`${field.name}: ${value} not in enum`);
    if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) problems.push(`${field.name}: pattern`);
    if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${field.name}: date`);
    if (field.type === 'integer' && (!/^\d+$/.test(value) || Number(value) < (c.minimum ?? -Infinity))) problems.push(`${field.name}: integer`);
    if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) problems.push(`${field.name}: uri`);
  }
  return problems;
}

const published: UdataDataset = {
  id: '64f0a0b0c0d0e0f000000101',
  slug: 'subventions-2024',
  title: 'Subventions 2024',
  description: 'Subventions versées\npar la commune en 2024.',
  private: false,
  license: 'lov2',
  frequency: 'annual',
  tags: ['Subventions', 'Associations'],
  created_at: '2025-01-15T10:00:00+00:00',
  last_modified: '2025-03-01T09:00:00+00:00',
  temporal_coverage: { start: '2024-01-01', end: '2024-12-31' },
  spatial: { granularity: 'fr:commune', zones: [] },
  organization: { id: 'org', name: 'Commune de Testville', business_number_id: '21860194600013' },
  resources: [
    { id: 'r1', title: 'subventions.csv', format: 'csv', schema: { name: 'scdl/subventions', version: '2.1.1' } },
    { id: 'r2', title: 'notice.pdf', format: 'PDF' },
  ],
  page: 'https://www.data.gouv.fr/datasets/subventions-2024/',
};

describe('buildCatalogueRow', () => {
  it('has every field of the latest catalogue schema, with values its constraints accept', () => {
    const { row, missing } = buildCatalogueRow(published, { today: '2025-03-02' });
    expect(schema.version).toBe('0.1.3');
    expect(Object.keys(row).sort()).toEqual(schema.fields.map((f) => f.name).sort());
    expect([...CATALOGUE_FIELDS].sort()).toEqual(schema.fields.map((f) => f.name).sort());
    expect(schema.fields.every((f) => f.constraints?.required)).toBe(true);
    expect(missing).toEqual([]);
    expect(violations(row)).toEqual([]);
  });

  it('derives plausible values from the dataset and the organisation', () => {
    const { row } = buildCatalogueRow(published, { today: '2025-03-02' });
    expect(row).toMatchObject({
      COLL_NOM: 'Commune de Testville',
      COLL_SIRET: '21860194600013',
      PRODUCTEUR_SIRET: '21860194600013',
      ID: published.id,
      TITRE: 'Subventions 2024',
      DESCRIPTION: 'Subventions versées par la commune en 2024.',
      COUV_SPAT_MAILLE: 'Communale',
      COUV_TEMP_DEBUT: '2024-01-01',
      COUV_TEMP_FIN: '2024-12-31',
      DATE_PUBL: '2025-01-15',
      DATE_MAJ: '2025-03-02',
      FREQ_MAJ: 'Annuelle',
      LICENCE: 'Licence Ouverte-LO',
      MOTS_CLES: 'subventions;associations;scdl',
      NOMBRE_RESSOURCES: '2',
      FORMAT_RESSOURCES: 'csv;pdf',
      URL: published.page,
    });
  });

  it('lets the host override, and lists what it could not fill', () => {
    const bare: UdataDataset = { id: 'x', slug: 'x', title: 'X', resources: [{ id: 'r', title: 'a.csv', format: 'csv' }], page: 'https://www.data.gouv.fr/datasets/x/' };
    const { row, missing } = buildCatalogueRow(bare, { today: '2025-03-02' });
    expect(missing).toEqual(expect.arrayContaining(['COLL_NOM', 'COLL_SIRET', 'PRODUCTEUR_SIRET', 'COUV_TEMP_DEBUT', 'COUV_TEMP_FIN']));
    expect(row.FREQ_MAJ).toBe('Inconnue');
    expect(row.LICENCE).toBe('Spécifique ou autre');
    const context: CatalogueContext = {
      today: '2025-03-02', collectiviteName: 'Testville', collectiviteSiret: '21860194600013', coverageStart: '2024-01-01',
      coverageEnd: '2024-12-31', spatialLevel: 'Intercommunale', theme: 'Culture', licence: 'Open Database License-ODBL',
    };
    const filled = buildCatalogueRow(bare, context);
    expect(filled.missing).toEqual([]);
    expect(violations(filled.row)).toEqual([]);
    expect(filled.row).toMatchObject({ COUV_SPAT_MAILLE: 'Intercommunale', THEME: 'Culture', LICENCE: 'Open Database License-ODBL' });
  });
});

describe('catalogue CSV', () => {
  it('replaces the row with the same ID, keeps its first publication date, columns, delimiter and line ending', () => {
    const { row } = buildCatalogueRow(published, { today: '2025-03-02' });
    const original = [
      `${CATALOGUE_FIELDS.join(';')};NOTE`,
      `${CATALOGUE_FIELDS.map((f) => (f === 'ID' ? published.id : f === 'DATE_PUBL' ? '2019-05-01' : 'ancien')).join(';')};à garder`,
      `${CATALOGUE_FIELDS.map((f) => (f === 'ID' ? 'autre' : 'x; "y"')).map((v) => (v.includes(';') ? `"${v.replace(/"/g, '""')}"` : v)).join(';')};`,
      '',
    ].join('\n');
    const { table, replaced } = upsertCatalogueRow(parseCsv(original), row);
    expect(replaced).toBe(true);
    const text = serialiseCsv(table);
    const back = parseCsv(text);
    expect(back.delimiter).toBe(';');
    expect(text.includes('\r\n')).toBe(false);
    expect(back.header.at(-1)).toBe('NOTE');
    expect(back.rows).toHaveLength(2);
    const updated = back.rows[0] as string[];
    expect(updated[back.header.indexOf('TITRE')]).toBe('Subventions 2024');
    expect(updated[back.header.indexOf('DATE_PUBL')]).toBe('2019-05-01');
    expect(updated[back.header.indexOf('NOTE')]).toBe('à garder');
    expect((back.rows[1] as string[])[0]).toBe('x; "y"');
  });

  it('appends a new row and adds missing catalogue columns', () => {
    const { row } = buildCatalogueRow(published, { today: '2025-03-02' });
    const { table, replaced } = upsertCatalogueRow(parseCsv('\uFEFFCOLL_NOM,ID,TITRE\r\nTestville,old,Ancien\r\n'), row);
    expect(replaced).toBe(false);
    expect(table.delimiter).toBe(',');
    expect(table.newline).toBe('\r\n');
    expect(table.header).toEqual(expect.arrayContaining([...CATALOGUE_FIELDS]));
    expect(table.rows).toHaveLength(2);
  });
});

describe('catalogue resource update (opt-in) against the test server', () => {
  let server: UdataTestServer;
  beforeEach(async () => {
    server = await startUdataTestServer();
  });
  afterEach(() => server.close());

  async function catalogueResource(csv: string): Promise<{ datasetId: string; resourceId: string }> {
    const headers = { 'X-API-KEY': server.apiKey };
    const ds = await (await fetch(`${server.url}/api/1/datasets/`, {
      method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Catalogue des données', description: 'Catalogue', organization: server.ids.organization }),
    })).json() as { id: string };
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'catalogue.csv');
    const resource = await (await fetch(`${server.url}/api/1/datasets/${ds.id}/upload/`, { method: 'POST', headers, body: form })).json() as { id: string };
    await fetch(`${server.url}/api/1/datasets/${ds.id}/resources/${resource.id}/`, {
      method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Catalogue de Testville', schema: { name: 'scdl/catalogue', version: '0.1.2' } }),
    });
    return { datasetId: ds.id, resourceId: resource.id };
  }

  function client() {
    const created = createUdataClient({ baseUrl: server.url, apiKey: server.apiKey, fetch: recordingFetch().fetch as FetchLike, sleep: recordingSleep().sleep, random: seededRandom() });
    if (!created.ok) throw new Error(created.error.code);
    return created.value;
  }

  const context: CatalogueContext = { today: '2025-03-02', coverageStart: '2024-01-01', coverageEnd: '2024-12-31', spatialLevel: 'Communale' };

  function request(catalogue: PublishRequest['catalogue']): PublishRequest {
    const bytes = subventionsCsv(800);
    return {
      bytes, fileName: 'subventions.csv', report: { status: 'valid', schema: { name: 'scdl/subventions', version: '2.1.1' } },
      target: { newDataset: { title: 'Subventions 2024', organizationId: server.ids.organization } }, makePublic: true, catalogue,
    };
  }

  it('writes the row into the catalogue file, keeps the resource id, title and schema, and does not duplicate it next time', async () => {
    const target = await catalogueResource(`${CATALOGUE_FIELDS.join(',')}\r\n${CATALOGUE_FIELDS.map((f) => (f === 'ID' ? 'existant' : 'v')).join(',')}\r\n`);
    const result = await publish(client(), request({ context, resource: target }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.catalogue).toMatchObject({ updated: true, replacedRow: false, missing: [] });
    expect(violations(result.value.catalogue?.row as CatalogueRow)).toEqual([]);

    const catalogue = server.state.datasets.find((d) => d.id === target.datasetId);
    const resource = catalogue?.resources.find((r) => r.id === target.resourceId);
    expect(catalogue?.resources).toHaveLength(1);
    expect(resource?.title).toBe('Catalogue de Testville');
    expect(resource?.schema).toMatchObject({ name: 'scdl/catalogue', version: '0.1.2' });
    const stored = storedBytes(server, resource) as Buffer;
    expect(resource?.checksum?.value).toBe(sha1(stored));
    const table = parseCsv(stored.toString('utf8'));
    expect(table.rows.map((r) => r[table.header.indexOf('ID')])).toEqual(['existant', result.value.dataset.id]);
    const url = table.rows[1]?.[table.header.indexOf('URL')];
    expect(url).toBe(result.value.dataset.page);

    const again = await publish(client(), request({ context, resource: target }));
    expect(again.ok && again.value.catalogue).toMatchObject({ updated: true, replacedRow: true });
    const after = parseCsv((storedBytes(server, catalogue?.resources[0]) as Buffer).toString('utf8'));
    expect(after.rows).toHaveLength(2);
  });

  it('a catalogue it cannot read is left alone, and the publication still succeeds', async () => {
    const target = await catalogueResource('COLL_NOM;TITRE\r\nTestville;Rien\r\n');
    const before = sha1(storedBytes(server, server.state.datasets[0]?.resources[0]) as Buffer);
    const result = await publish(client(), request({ context, resource: target }));
    expect(result.ok && result.value.catalogue).toMatchObject({ updated: false, error: { code: 'catalogue-unreadable' } });
    expect(sha1(storedBytes(server, server.state.datasets[0]?.resources[0]) as Buffer)).toBe(before);
  });

  it('without a catalogue resource, only produces the row', async () => {
    const result = await publish(client(), request({ context }));
    expect(result.ok && result.value.catalogue?.updated).toBe(false);
    expect(result.ok && result.value.catalogue?.row.ID).toBe(result.ok ? result.value.dataset.id : '');
    expect(result.ok && result.value.catalogue?.row.COLL_SIRET).toBe('21860194600013');
  });
});
