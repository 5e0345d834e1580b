/**
 * `scdl publish FILE (--dataset ID | --new-dataset "Titre" [--organization ID]) [--resource ID]
 *  [--api-url URL] [--public] [--force]`: validates the file, then publishes exactly those bytes
 * to data.gouv.fr with the core's publish client. The key comes from SCDL_API_KEY only.
 */

import type { Lang, Report, ValidateOptions } from '@scdl/core';
import {
  createUdataClient, formatPublishError, publish, renderPublishStep, serialiseCsv, CATALOGUE_FIELDS,
  type CatalogueContext, type FetchLike, type PublishError, type PublishProgress, type PublishRequest, type PublishResult,
} from '@scdl/core/publish/index';
import { parseArgs, UsageError } from '../args';
import { EXIT, type CliIO } from '../io';

export type ValidateBytes = (input: Uint8Array | AsyncIterable<Uint8Array>, options?: ValidateOptions) => Promise<Report>;

/** Injected in tests; the defaults are the core's validator and a real timer. */
export interface PublishDeps {
  validate?: ValidateBytes;
  sleep?: (ms: number) => Promise<void>;
  /** For tests: small parts to exercise udata's chunked upload. */
  chunkSize?: number;
}

const BOOLEANS = ['public', 'force', 'help'];
const VALUES = ['dataset', 'new-dataset', 'organization', 'resource', 'api-url', 'schema', 'title', 'description', 'lang', 'format', 'catalogue'];

const USAGE: Record<Lang, string> = {
  fr: `Usage : scdl publish FICHIER (--dataset ID | --new-dataset "Titre" [--organization ID]) [options]
  --dataset ID            publier dans ce jeu de données (identifiant data.gouv.fr)
  --new-dataset "Titre"   créer un jeu de données (privé tant que --public n'est pas donné)
  --organization ID       organisation du nouveau jeu de données
  --resource ID           remplacer le fichier de cette ressource (identifiant et URL permanente conservés)
  --api-url URL           portail (https://www.data.gouv.fr par défaut ; « demo » pour https://demo.data.gouv.fr)
  --public                rendre le jeu de données public une fois la ressource publiée
  --force                 publier même si le fichier n'est pas conforme au schéma
  --schema NOM[@VERSION]  schéma à utiliser (détecté sinon)
  --title, --description  titre et description de la ressource (nom du fichier par défaut)
  --catalogue FICHIER.json  produire la ligne du catalogue SCDL (et mettre à jour la ressource catalogue si indiquée)
  --format text|json      sortie texte (défaut) ou JSON
  --lang fr|en            langue des messages
La clé d'API est lue dans la variable d'environnement SCDL_API_KEY (jeton créé dans votre profil data.gouv.fr).
Codes de sortie : 0 publié, 1 refusé (fichier non conforme, droits, erreur du portail), 2 usage incorrect ou fichier illisible.
`,
  en: `Usage: scdl publish FILE (--dataset ID | --new-dataset "Title" [--organization ID]) [options]
  --dataset ID            publish to this dataset (data.gouv.fr id)
  --new-dataset "Title"   create a dataset (private unless --public)
  --organization ID       organisation of the new dataset
  --resource ID           replace this resource's file (id and permanent URL kept)
  --api-url URL           portal (https://www.data.gouv.fr by default; "demo" for https://demo.data.gouv.fr)
  --public                make the dataset public once the resource is published
  --force                 publish even if the file does not conform to its schema
  --schema NAME[@VERSION] schema to use (detected otherwise)
  --title, --description  resource title and description (file name by default)
  --catalogue FILE.json   produce the SCDL catalogue row (and update the catalogue resource if given)
  --format text|json      text (default) or JSON output
  --lang fr|en            message language
The API key is read from the SCDL_API_KEY environment variable (a token created in your data.gouv.fr profile).
Exit codes: 0 published, 1 refused (non-conforming file, permissions, portal error), 2 bad usage or unreadable file.
`,
};

const TEXT = {
  fr: {
    sep: ' : ',
    validating: (f: string) => `Validation de ${f}…`,
    status: { valid: 'conforme', warnings: 'conforme, avec avertissements', invalid: 'non conforme' },
    validated: (status: string, schema: string, errors: number) => `Validation : ${status}${errors ? ` (${errors} erreur(s))` : ''} — schéma ${schema}`,
    unknownSchema: 'non détecté',
    forcing: 'Attention : publication forcée d’un fichier non conforme (--force).',
    invalidHint: (f: string) => `Voir le détail : scdl validate ${f}`,
    retry: (delay: number, what: string) => `  nouvel essai dans ${Math.round(delay / 100) / 10} s (${what})`,
    published: 'Publié sur data.gouv.fr.',
    datasetCreated: 'jeu de données créé',
    datasetRecovered: 'jeu de données du même titre déjà créé par une publication précédente, réutilisé',
    datasetExisting: 'jeu de données existant',
    dataset: (title: string, how: string, priv: boolean) => `Jeu de données : ${title} (${how}, ${priv ? 'privé' : 'public'})`,
    resourceState: (r: PublishResult['resource']) => (r.unchanged ? 'fichier identique déjà en ligne, métadonnées mises à jour'
      : r.replaced ? 'fichier remplacé' : r.recovered ? 'ressource retrouvée après une réponse perdue' : 'ressource ajoutée'),
    resource: 'Ressource',
    page: 'Page de la ressource',
    permanent: 'URL permanente',
    sha1: 'Empreinte SHA-1 vérifiée',
    stillPrivate: 'Le jeu de données est privé : relancez avec --public pour le publier.',
    catalogueUpdated: 'Catalogue de la collectivité mis à jour.',
    catalogueRow: 'Ligne du catalogue SCDL à ajouter :',
    catalogueMissing: (fields: string) => `Catalogue : à compléter (${fields}).`,
    catalogueFailed: 'Le catalogue n’a pas été mis à jour :',
    unreadable: (f: string) => `fichier illisible : ${f}`,
    noKey: 'aucune clé d’API : définissez la variable d’environnement SCDL_API_KEY (jeton créé dans votre profil data.gouv.fr)',
    oneTarget: 'indiquez --dataset ID ou --new-dataset "Titre" (l’un ou l’autre)',
    oneFile: 'indiquez un seul fichier à publier',
    orgWithNew: '--organization ne s’emploie qu’avec --new-dataset',
    resourceWithDataset: '--resource ne s’emploie qu’avec --dataset',
    badCatalogue: (f: string, why: string) => `fichier --catalogue illisible (${f}) : ${why}`,
  },
  en: {
    sep: ': ',
    validating: (f: string) => `Validating ${f}…`,
    status: { valid: 'valid', warnings: 'valid, with warnings', invalid: 'invalid' },
    validated: (status: string, schema: string, errors: number) => `Validation: ${status}${errors ? ` (${errors} error(s))` : ''} — schema ${schema}`,
    unknownSchema: 'not detected',
    forcing: 'Warning: publishing a non-conforming file (--force).',
    invalidHint: (f: string) => `Details: scdl validate ${f}`,
    retry: (delay: number, what: string) => `  retrying in ${Math.round(delay / 100) / 10} s (${what})`,
    published: 'Published on data.gouv.fr.',
    datasetCreated: 'dataset created',
    datasetRecovered: 'dataset with this title already created by an earlier publication, reused',
    datasetExisting: 'existing dataset',
    dataset: (title: string, how: string, priv: boolean) => `Dataset: ${title} (${how}, ${priv ? 'private' : 'public'})`,
    resourceState: (r: PublishResult['resource']) => (r.unchanged ? 'same file already online, metadata updated'
      : r.replaced ? 'file replaced' : r.recovered ? 'resource found after a lost answer' : 'resource added'),
    resource: 'Resource',
    page: 'Resource page',
    permanent: 'Permanent URL',
    sha1: 'SHA-1 checked',
    stillPrivate: 'The dataset is private: run again with --public to publish it.',
    catalogueUpdated: "The organisation's catalogue was updated.",
    catalogueRow: 'SCDL catalogue row to add:',
    catalogueMissing: (fields: string) => `Catalogue: to complete (${fields}).`,
    catalogueFailed: 'The catalogue was not updated:',
    unreadable: (f: string) => `unreadable file: ${f}`,
    noKey: 'no API key: set the SCDL_API_KEY environment variable (a token created in your data.gouv.fr profile)',
    oneTarget: 'give either --dataset ID or --new-dataset "Title"',
    oneFile: 'give exactly one file to publish',
    orgWithNew: '--organization only goes with --new-dataset',
    resourceWithDataset: '--resource only goes with --dataset',
    badCatalogue: (f: string, why: string) => `unreadable --catalogue file (${f}): ${why}`,
  },
};

/** Errors that mean "fix the command line", not "the portal refused". */
const USAGE_CODES = new Set<PublishError['code']>(['missing-key', 'insecure-url', 'bad-option']);

/** node's fetch as the core's FetchLike; `redirect: 'manual'` keeps the key from following a redirect. */
export function fetchLikeOf(fetchImpl: typeof fetch): FetchLike {
  return (url, init) => fetchImpl(url, {
    method: init.method,
    headers: init.headers,
    ...(init.body !== undefined ? { body: init.body as unknown as BodyInit } : {}),
    redirect: init.redirect,
  });
}

interface CatalogueFile extends Omit<CatalogueContext, 'today'> {
  resource?: { datasetId: string; resourceId: string };
}

async function readCatalogueOption(path: string, io: CliIO, t: (typeof TEXT)[Lang]): Promise<PublishRequest['catalogue']> {
  let parsed: CatalogueFile;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await io.readFile(path))) as CatalogueFile;
  } catch (e) {
    throw new UsageError(t.badCatalogue(path, e instanceof Error ? e.message : String(e)));
  }
  if (typeof parsed !== 'object' || parsed === null) throw new UsageError(t.badCatalogue(path, 'JSON object expected'));
  const { resource, ...context } = parsed;
  const today = new Date(io.now()).toISOString().slice(0, 10);
  return { context: { ...context, today }, ...(resource ? { resource } : {}) };
}

export async function publishCommand(args: string[], io: CliIO, deps: PublishDeps = {}): Promise<number> {
  try {
    const { positionals, flags } = parseArgs(args, BOOLEANS, VALUES);
    if (flags.lang !== undefined && flags.lang !== 'fr' && flags.lang !== 'en') throw new UsageError('--lang attend fr ou en');
    return await run(positionals, flags, io, deps, (flags.lang ?? 'fr') as Lang);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`scdl publish : ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

function text(flag: string | true | undefined): string | undefined {
  return typeof flag === 'string' ? flag : undefined;
}

async function run(positionals: string[], flags: Record<string, string | true>, io: CliIO, deps: PublishDeps, lang: Lang): Promise<number> {
  const t = TEXT[lang];
  if (flags.help) {
    io.stdout(USAGE[lang]);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(t.oneFile);
  const datasetId = text(flags.dataset);
  const newTitle = text(flags['new-dataset']);
  if ((datasetId === undefined) === (newTitle === undefined)) throw new UsageError(t.oneTarget);
  if (flags.organization !== undefined && newTitle === undefined) throw new UsageError(t.orgWithNew);
  if (flags.resource !== undefined && datasetId === undefined) throw new UsageError(t.resourceWithDataset);
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format attend text ou json');

  const apiKey = io.env.SCDL_API_KEY?.trim();
  if (!apiKey) throw new UsageError(t.noKey);
  const created = createUdataClient({
    baseUrl: text(flags['api-url']),
    apiKey,
    fetch: fetchLikeOf(io.fetch),
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    ...(deps.chunkSize ? { chunkSize: deps.chunkSize } : {}),
    onProgress: progressPrinter(io, lang),
    onRetry: (error, _attempt, delay) => io.stderr(`${t.retry(delay, error.status ? `HTTP ${error.status}` : error.code)}\n`),
  });
  if (!created.ok) return fail(io, created.error, lang);

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    throw new UsageError(t.unreadable(file));
  }
  const catalogue = typeof flags.catalogue === 'string' ? await readCatalogueOption(flags.catalogue, io, t) : undefined;

  const name = file.split(/[\\/]/).pop() ?? file;
  io.stderr(`${t.validating(name)}\n`);
  const validate = deps.validate ?? (await import('@scdl/core')).validateBytes;
  const report = await validate(bytes, { name, lang, ...(typeof flags.schema === 'string' ? { schema: flags.schema } : {}) });
  const schemaText = report.schema ? `${report.schema.name}${report.schema.version ? ` ${report.schema.version}` : ''}` : t.unknownSchema;
  io.stderr(`${t.validated(t.status[report.status], schemaText, report.stats.errors)}\n`);
  if (report.status === 'invalid' && flags.force === true) io.stderr(`${t.forcing}\n`);

  const result = await publish(created.value, {
    bytes,
    fileName: name,
    report: { status: report.status, schema: report.schema, source: { bytes: bytes.length } },
    force: flags.force === true,
    target: datasetId !== undefined
      ? { datasetId }
      : { newDataset: { title: newTitle as string, ...(typeof flags.organization === 'string' ? { organizationId: flags.organization } : {}) } },
    ...(typeof flags.resource === 'string' ? { resourceId: flags.resource } : {}),
    resource: { ...(typeof flags.title === 'string' ? { title: flags.title } : {}), ...(typeof flags.description === 'string' ? { description: flags.description } : {}) },
    makePublic: flags.public === true,
    ...(catalogue ? { catalogue } : {}),
  });
  if (!result.ok) {
    const code = fail(io, result.error, lang);
    if (result.error.code === 'refused-invalid') io.stderr(`${t.invalidHint(file)}\n`);
    return code;
  }
  if (format === 'json') io.stdout(`${JSON.stringify(result.value, null, 2)}\n`);
  else io.stdout(summary(result.value, lang));
  return EXIT.ok;
}

function fail(io: CliIO, error: PublishError, lang: Lang): number {
  io.stderr(`scdl publish : ${formatPublishError(error, lang)}\n`);
  return USAGE_CODES.has(error.code) ? EXIT.usage : EXIT.invalid;
}

function progressPrinter(io: CliIO, lang: Lang): (progress: PublishProgress) => void {
  let lastStep = '';
  return (progress) => {
    if (progress.step === 'upload') {
      if (lastStep !== 'upload') {
        lastStep = 'upload';
        io.stderr(`- ${renderPublishStep('upload', lang)}\n`);
      }
      // Part-by-part progress only on a terminal, and only for chunked uploads.
      if (!io.isTTY || !progress.totalParts) return;
      const percent = Math.round((progress.sentBytes / Math.max(1, progress.totalBytes)) * 100);
      io.stderr(`\r  ${renderPublishStep('upload', lang)}${TEXT[lang].sep}${percent} % (${progress.part ?? 0}/${progress.totalParts})${percent === 100 ? '\n' : ''}`);
      return;
    }
    if (progress.step === 'done' || progress.step === lastStep) return;
    lastStep = progress.step;
    io.stderr(`- ${renderPublishStep(progress.step, lang)}\n`);
  };
}

function summary(result: PublishResult, lang: Lang): string {
  const t = TEXT[lang];
  const how = result.dataset.created ? t.datasetCreated : result.dataset.recovered ? t.datasetRecovered : t.datasetExisting;
  const lines = [
    t.published,
    t.dataset(result.dataset.title, how, result.dataset.private),
    `${t.resource}${t.sep}${result.resource.title} (${t.resourceState(result.resource)})`,
    `${t.page}${t.sep}${result.resource.page}`,
    `${t.permanent}${t.sep}${result.resource.permanentUrl}`,
    `${t.sha1}${t.sep}${result.sha1}`,
  ];
  if (result.dataset.private) lines.push(t.stillPrivate);
  const catalogue = result.catalogue;
  if (catalogue) {
    if (catalogue.updated) lines.push(t.catalogueUpdated);
    else {
      if (catalogue.error) lines.push(t.catalogueFailed, formatPublishError(catalogue.error, lang));
      lines.push(t.catalogueRow, serialiseCsv({
        header: [...CATALOGUE_FIELDS], rows: [CATALOGUE_FIELDS.map((f) => catalogue.row[f])], delimiter: ',', newline: '\n',
      }).trimEnd());
    }
    if (catalogue.missing.length) lines.push(t.catalogueMissing(catalogue.missing.join(', ')));
  }
  return `${lines.join('\n')}\n`;
}
