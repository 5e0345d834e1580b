import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report, ReportStatus } from '@scdl/core';
import { startUdataTestServer, type UdataTestServer } from '../../../tools/udata-test-server/server.mjs';
import { liveDatasets, sha1, storedBytes, subventionsCsv } from '../../../tools/udata-test-server/testing.mjs';
import { EXIT, type CliIO } from '../io';
import { publishCommand, type PublishDeps, type ValidateBytes } from './publish';

let server: UdataTestServer;
beforeEach(async () => {
  server = await startUdataTestServer();
});
afterEach(() => server.close());

interface TestIO extends CliIO {
  out: string;
  err: string;
}

function testIO(files: Record<string, Uint8Array>, env: Record<string, string | undefined> = { SCDL_API_KEY: server.apiKey }): TestIO {
  const io: TestIO = {
    out: '',
    err: '',
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
    env,
    fetch: globalThis.fetch.bind(globalThis),
    readFile: async (p) => {
      const data = files[p];
      if (!data) throw new Error(`ENOENT ${p}`);
      return data;
    },
    async *openFile(p) {
      yield await io.readFile(p);
    },
    fileSize: async (p) => (await io.readFile(p)).length,
    writeFile: async () => undefined,
    isTTY: false,
    now: () => Date.parse('2025-03-02T10:00:00Z'),
  };
  return io;
}

function fakeValidator(status: ReportStatus, schema: { name: string; version?: string } | null = { name: 'scdl/subventions', version: '2.1.1' }) {
  const calls: Uint8Array[] = [];
  const validate: ValidateBytes = async (input) => {
    calls.push(input as Uint8Array);
    return {
      valid: status !== 'invalid', status,
      schema: schema ? { ...schema, detected: true } : null,
      source: { bytes: (input as Uint8Array).length },
      stats: { rows: 10, fields: 10, errors: status === 'invalid' ? 3 : 0, warnings: 0, byType: {}, byField: {} },
      errors: [], truncated: false,
      // Only status, schema and the error count matter to the command; the rest of Report evolves.
    } as unknown as Report;
  };
  return { validate, calls };
}

const FILE = 'subventions-2024.csv';
const BYTES = subventionsCsv(3000);
const instant: PublishDeps['sleep'] = async () => undefined;

async function run(args: string[], options: { status?: ReportStatus; io?: TestIO; deps?: PublishDeps } = {}) {
  const io = options.io ?? testIO({ [FILE]: BYTES });
  const validator = fakeValidator(options.status ?? 'valid');
  const code = await publishCommand(args, io, { validate: validator.validate, sleep: instant, ...options.deps });
  return { code, io, validator };
}

describe('scdl publish', () => {
  it('publishes to a new private dataset and prints the resource page and permanent URL', async () => {
    const { code, io, validator } = await run([FILE, '--new-dataset', 'Subventions 2024', '--organization', server.ids.organization, '--api-url', server.url]);
    expect(code).toBe(EXIT.ok);
    expect(validator.calls[0]).toBe(BYTES);
    const [dataset, ...others] = liveDatasets(server);
    expect(others).toHaveLength(0);
    expect(dataset?.private).toBe(true);
    const resource = dataset?.resources[0];
    expect(sha1(storedBytes(server, resource) as Buffer)).toBe(sha1(BYTES));
    expect(resource?.schema).toMatchObject({ name: 'scdl/subventions', version: '2.1.1' });
    expect(io.out).toContain(`Page de la ressource : ${server.url}/datasets/${dataset?.slug}/?resource_id=${resource?.id}`);
    expect(io.out).toContain(`URL permanente : ${server.url}/api/1/datasets/r/${resource?.id}`);
    expect(io.out).toContain('privé');
    expect(io.out).toContain('--public');
    expect(io.err).toContain('Validation : conforme');
    expect(io.out + io.err).not.toContain(server.apiKey);
  });

  it('--public makes the dataset public; --lang en speaks English', async () => {
    const { code, io } = await run([FILE, '--new-dataset', 'Subventions', '--public', '--lang', 'en', '--api-url', server.url]);
    expect(code).toBe(EXIT.ok);
    expect(liveDatasets(server)[0]?.private).toBe(false);
    expect(io.out).toContain('Published on data.gouv.fr.');
    expect(io.out).toMatch(/Permanent URL: http:\/\/127\.0\.0\.1:\d+\/api\/1\/datasets\/r\//);
  });

  it('replaces a resource of an existing dataset with --dataset and --resource', async () => {
    const first = await run([FILE, '--new-dataset', 'Subventions', '--api-url', server.url, '--format', 'json']);
    const published = JSON.parse(first.io.out) as { dataset: { id: string }; resource: { id: string } };
    const next = subventionsCsv(4000, 2);
    const { code } = await run([FILE, '--dataset', published.dataset.id, '--resource', published.resource.id, '--api-url', server.url], { io: testIO({ [FILE]: next }) });
    expect(code).toBe(EXIT.ok);
    const [dataset] = liveDatasets(server);
    expect(dataset?.resources).toHaveLength(1);
    expect(dataset?.resources[0]?.id).toBe(published.resource.id);
    expect(sha1(storedBytes(server, dataset?.resources[0]) as Buffer)).toBe(sha1(next));
  });

  it('refuses an invalid file (exit 1, nothing sent) unless --force', async () => {
    const refused = await run([FILE, '--new-dataset', 'Subventions', '--api-url', server.url], { status: 'invalid' });
    expect(refused.code).toBe(EXIT.invalid);
    expect(refused.io.err).toContain("n'est pas conforme");
    expect(refused.io.err).toContain(`scdl validate ${FILE}`);
    expect(server.state.requests).toHaveLength(0);

    const forced = await run([FILE, '--new-dataset', 'Subventions', '--force', '--api-url', server.url], { status: 'invalid' });
    expect(forced.code).toBe(EXIT.ok);
    expect(forced.io.err).toContain('publication forcée');
    expect(liveDatasets(server)[0]?.resources[0]?.schema?.name).toBe('scdl/subventions');
  });

  it('survives a lost answer and a connection reset mid-upload without duplicates (chunked)', async () => {
    server.inject({ action: 'dataset-create', type: 'drop-response' });
    server.inject({ action: 'upload-new', type: 'reset', part: 1 });
    server.inject({ action: 'resource-update', type: 'status', status: 503 });
    const { code, io } = await run([FILE, '--new-dataset', 'Subventions', '--api-url', server.url], { deps: { chunkSize: 1024 } });
    expect(code).toBe(EXIT.ok);
    expect(liveDatasets(server)).toHaveLength(1);
    const [dataset] = liveDatasets(server);
    expect(dataset?.resources).toHaveLength(1);
    expect(dataset?.private).toBe(true);
    expect(sha1(storedBytes(server, dataset?.resources[0]) as Buffer)).toBe(sha1(BYTES));
    const parts = Math.ceil(BYTES.length / 1024);
    expect(parts).toBeGreaterThan(2);
    expect(server.state.requests.filter((r) => r.action === 'upload-new').map((r) => r.part))
      .toEqual([0, 1, ...[...Array(parts).keys()].slice(1), 'combine']);
    expect(io.err).toContain('nouvel essai dans');
    expect(io.out).toContain('déjà créé par une publication précédente');
    expect(io.err).toContain('- envoi du fichier');
  });

  it('explains a revoked key (exit 1)', async () => {
    const io = testIO({ [FILE]: BYTES }, { SCDL_API_KEY: server.keys.revoked });
    const { code } = await run([FILE, '--new-dataset', 'X', '--api-url', server.url], { io });
    expect(code).toBe(EXIT.invalid);
    expect(io.err).toContain("La clé d'API a été révoquée.");
    expect(io.err).not.toContain(server.keys.revoked);
  });

  it('explains a forbidden organisation (exit 1) and creates nothing', async () => {
    const { code, io } = await run([FILE, '--new-dataset', 'X', '--organization', server.ids.otherOrganization, '--api-url', server.url]);
    expect(code).toBe(EXIT.invalid);
    expect(io.err).toContain("Vous n'êtes pas membre de l'organisation");
    expect(server.state.datasets).toHaveLength(0);
  });

  it.each([
    [['--new-dataset', 'X'], 'no SCDL_API_KEY', { SCDL_API_KEY: undefined }, 'SCDL_API_KEY'],
    [['--new-dataset', 'X', '--api-key', 'k'], 'a key on the command line is not accepted', undefined, 'option inconnue : --api-key'],
    [['--new-dataset', 'X', '--dataset', 'y'], 'two targets', undefined, '--dataset ID ou --new-dataset'],
    [[], 'no target', undefined, '--dataset ID ou --new-dataset'],
    [['--new-dataset', 'X', '--resource', 'r'], '--resource without --dataset', undefined, '--resource'],
    [['--dataset', 'd', '--organization', 'o'], '--organization without --new-dataset', undefined, '--organization'],
    [['--new-dataset', 'X', '--api-url', 'http://data.example.org'], 'plain HTTP', undefined, "n'est pas sûre"],
  ])('usage errors exit 2: %j (%s)', async (extra, _label, env, message) => {
    const io = testIO({ [FILE]: BYTES }, env ?? { SCDL_API_KEY: server.apiKey });
    const apiUrl = extra.includes('--api-url') ? [] : ['--api-url', server.url];
    const { code } = await run([FILE, ...extra, ...apiUrl], { io });
    expect(code).toBe(EXIT.usage);
    expect(io.err).toContain(message);
    expect(server.state.requests).toHaveLength(0);
  });

  it('an unreadable file exits 2', async () => {
    const { code, io } = await run(['absent.csv', '--new-dataset', 'X', '--api-url', server.url]);
    expect(code).toBe(EXIT.usage);
    expect(io.err).toContain('fichier illisible : absent.csv');
  });

  it('--catalogue prints the catalogue row to add', async () => {
    const config = new TextEncoder().encode(JSON.stringify({ coverageStart: '2024-01-01', coverageEnd: '2024-12-31', spatialLevel: 'Communale' }));
    const io = testIO({ [FILE]: BYTES, 'catalogue.json': config });
    const { code } = await run([FILE, '--new-dataset', 'Subventions 2024', '--organization', server.ids.organization, '--catalogue', 'catalogue.json', '--api-url', server.url], { io });
    expect(code).toBe(EXIT.ok);
    expect(io.out).toContain('Ligne du catalogue SCDL à ajouter :');
    expect(io.out).toContain('COLL_NOM,COLL_SIRET,ID,TITRE');
    expect(io.out).toContain(`Commune de Testville,21860194600013,${liveDatasets(server)[0]?.id},Subventions 2024`);
    expect(io.out).toContain('2025-03-02');
  });

  it('--help prints the usage', async () => {
    const { code, io } = await run(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(io.out).toContain('scdl publish FICHIER');
  });
});

describe('scdl publish with the real validator', () => {
  const header = 'nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide';
  const row = 'Commune de Testville,21860194600013,2024-03-15,DEL-2024-12,Association Été Jeunesse,,W861000123,Fête de quartier,1500.50,aide en numéraire,unique,2024-04-01,,non,1,';
  const csv = new TextEncoder().encode(`${header}\n${row}\n`);

  it('validates the bytes it publishes and acts on the report it got', async () => {
    const io = testIO({ [FILE]: csv });
    const code = await publishCommand([FILE, '--new-dataset', 'Subventions', '--schema', 'scdl/subventions@2.1.1', '--api-url', server.url], io, { sleep: instant });
    const { validateBytes } = await import('@scdl/core');
    const report = await validateBytes(csv, { name: FILE, schema: 'scdl/subventions@2.1.1' });
    if (report.status === 'invalid') {
      expect(code).toBe(EXIT.invalid);
      expect(server.state.requests).toHaveLength(0);
    } else {
      expect(code).toBe(EXIT.ok);
      const resource = liveDatasets(server)[0]?.resources[0];
      expect(sha1(storedBytes(server, resource) as Buffer)).toBe(sha1(csv));
      expect(resource?.schema?.name).toBe('scdl/subventions');
    }
  });
});
