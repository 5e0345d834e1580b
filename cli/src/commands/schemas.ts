import type { CatalogEntry } from '@scdl/core/detect/types';
import { compileSchema } from '@scdl/core/schema/compile';
import { CATALOG, formatSchemaRef, loadSchema, parseOverlay, registryWithOverlay, type SchemaOverlay, type SchemaRegistry } from '@scdl/schemas';
import { DEFAULT_CATALOG_URL, refreshSchemas, type RefreshItem, type RejectCode } from '@scdl/schemas/refresh';
import { createResolver } from '@scdl/schemas/resolver';
import type { SchemaResolver } from '@scdl/core/schema/resolve';
import { EXIT, type CliIO } from '../io';

/**
 * `scdl schemas`: lists the schemas the toolkit knows; `--refresh` adds the
 * versions schema.data.gouv.fr published since the toolkit was built, into a
 * cache file the CLI reads on top of the bundled set. A schema that cannot be
 * fetched or does not pass the check is reported and left out: the bundled set
 * is never touched and keeps working offline.
 */

type Lang = 'fr' | 'en';

interface Options {
  json: boolean;
  allVersions: boolean;
  lang: Lang;
  refresh: boolean;
  from?: string;
}

const TEXT = {
  fr: {
    usage:
      'Usage : scdl schemas [--all-versions] [--json] [--lang fr|en]\n' +
      '        scdl schemas --refresh [--from URL|FICHIER] [--json]\n',
    unknownOption: (o: string) => `Option inconnue : ${o}\n`,
    missingValue: (o: string) => `Valeur manquante après ${o}\n`,
    badLang: (l: string) => `Langue non prise en charge : ${l} (fr ou en)\n`,
    columns: ['Schéma', 'Version', 'SCDL', 'Titre'],
    yes: 'oui',
    withdrawn: '(retiré)',
    footer: (n: number, scdl: number, all: boolean) =>
      `${n} ${all ? 'versions' : 'schémas'}, dont ${scdl} du SCDL.` + (all ? '' : ' Toutes les versions : --all-versions.'),
    cachedNote: (date: string) => `* ajouté par scdl schemas --refresh (${date}).`,
    sep: ' : ',
    catalog: (url: string) => `Catalogue : ${url}`,
    unreadable: (detail: string) =>
      `Catalogue illisible (${detail}) : les schémas embarqués restent utilisés.\n`,
    added: (n: number) => `Ajoutés : ${n}`,
    rejected: (n: number) => `Rejetés : ${n} (les schémas embarqués restent utilisés)`,
    kept: (n: number, bundled: number, cached: number) => `Conservés : ${n} (${bundled} embarqués, ${cached} déjà téléchargés)`,
    nothingNew: 'Aucune nouvelle version.',
    cache: (p: string) => `Cache : ${p}`,
    cacheWriteFailed: (p: string, e: string) => `Écriture du cache impossible (${p}) : ${e}\n`,
    reason: {
      unreachable: (d?: string) => `injoignable (${d ?? ''})`,
      http: (d?: string) => `réponse ${d ?? ''}`,
      'not-json': () => 'pas un fichier JSON',
      invalid: (d?: string) => `schéma invalide : ${d ?? ''}`,
    } satisfies Record<RejectCode, (d?: string) => string>,
  },
  en: {
    usage:
      'Usage: scdl schemas [--all-versions] [--json] [--lang fr|en]\n' +
      '       scdl schemas --refresh [--from URL|FILE] [--json]\n',
    unknownOption: (o: string) => `Unknown option: ${o}\n`,
    missingValue: (o: string) => `Missing value after ${o}\n`,
    badLang: (l: string) => `Unsupported language: ${l} (fr or en)\n`,
    columns: ['Schema', 'Version', 'SCDL', 'Title'],
    yes: 'yes',
    withdrawn: '(withdrawn)',
    footer: (n: number, scdl: number, all: boolean) =>
      `${n} ${all ? 'versions' : 'schemas'}, ${scdl} of them SCDL.` + (all ? '' : ' Every version: --all-versions.'),
    cachedNote: (date: string) => `* added by scdl schemas --refresh (${date}).`,
    sep: ': ',
    catalog: (url: string) => `Catalogue: ${url}`,
    unreadable: (detail: string) => `Cannot read the catalogue (${detail}): the bundled schemas are still used.\n`,
    added: (n: number) => `Added: ${n}`,
    rejected: (n: number) => `Rejected: ${n} (the bundled schemas are still used)`,
    kept: (n: number, bundled: number, cached: number) => `Kept: ${n} (${bundled} bundled, ${cached} downloaded before)`,
    nothingNew: 'No new version.',
    cache: (p: string) => `Cache: ${p}`,
    cacheWriteFailed: (p: string, e: string) => `Cannot write the cache (${p}): ${e}\n`,
    reason: {
      unreachable: (d?: string) => `unreachable (${d ?? ''})`,
      http: (d?: string) => `response ${d ?? ''}`,
      'not-json': () => 'not a JSON file',
      invalid: (d?: string) => `invalid schema: ${d ?? ''}`,
    } satisfies Record<RejectCode, (d?: string) => string>,
  },
};

type Texts = (typeof TEXT)[Lang];

function parseArgs(args: readonly string[]): { ok: true; options: Options } | { ok: false; message: (t: Texts) => string } {
  const options: Options = { json: false, allVersions: false, lang: 'fr', refresh: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--json':
        options.json = true;
        break;
      case '--all-versions':
        options.allVersions = true;
        break;
      case '--refresh':
        options.refresh = true;
        break;
      case '--from': {
        const v = value();
        if (!v) return { ok: false, message: (t) => t.missingValue(flag) };
        options.from = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'fr' && v !== 'en') return { ok: false, message: (t) => (v ? t.badLang(v) : t.missingValue(flag)) };
        options.lang = v;
        break;
      }
      default:
        return { ok: false, message: (t) => t.unknownOption(arg) + t.usage };
    }
  }
  return { ok: true, options };
}

/** Where refreshed schemas are cached: `$SCDL_SCHEMAS_CACHE`, else the platform's user cache folder. */
export function schemaCacheDir(env: CliIO['env']): string {
  if (env.SCDL_SCHEMAS_CACHE) return env.SCDL_SCHEMAS_CACHE;
  const base = env.XDG_CACHE_HOME || env.LOCALAPPDATA || `${env.HOME || env.USERPROFILE || '.'}/.cache`;
  return `${base}/scdl-toolkit/schemas`;
}

export function overlayPath(env: CliIO['env']): string {
  return `${schemaCacheDir(env)}/overlay.json`;
}

/** The cached overlay, or null when there is none or it is damaged (the bundled set then suffices). */
export async function readOverlay(io: CliIO): Promise<SchemaOverlay | null> {
  try {
    return parseOverlay(new TextDecoder().decode(await io.readFile(overlayPath(io.env))));
  } catch {
    return null;
  }
}

/** The schemas the CLI works with: bundled plus refreshed. `validate` and `detect` use it too. */
export async function cliRegistry(io: CliIO): Promise<SchemaRegistry> {
  return registryWithOverlay(await readOverlay(io));
}

/** The core's SchemaResolver over bundled plus refreshed schemas, for `validate` and `detect`. */
export async function cliResolver(io: CliIO): Promise<SchemaResolver> {
  return createResolver(await cliRegistry(io));
}

/** Why a downloaded schema cannot be used (empty: accepted): the core's own compiler decides. */
export function checkDescriptor(descriptor: unknown): string[] {
  if (!descriptor || typeof descriptor !== 'object' || Array.isArray(descriptor)) return ['not a Table Schema object'];
  const fields = (descriptor as { fields?: unknown }).fields;
  if (!Array.isArray(fields) || fields.length === 0) return ['no fields'];
  try {
    const c = compileSchema(descriptor);
    return c.ok ? [] : c.problems.map((i) => `${i.path}: ${i.problem}`);
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
}

const bundledRefs = new Set(CATALOG.map(formatSchemaRef));

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd()).join('\n');
}

function byDisplayOrder(a: CatalogEntry, b: CatalogEntry): number {
  return Number(b.scdl) - Number(a.scdl) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

async function list(io: CliIO, o: Options): Promise<number> {
  const t = TEXT[o.lang];
  const overlay = await readOverlay(io);
  const entries = registryWithOverlay(overlay)
    .listSchemas({ allVersions: o.allVersions, withdrawn: true })
    .sort(byDisplayOrder);
  const source = (e: CatalogEntry): 'bundled' | 'cache' => (bundledRefs.has(formatSchemaRef(e)) ? 'bundled' : 'cache');
  if (o.json) {
    const out = entries.map((e) => ({
      name: e.name,
      version: e.version,
      title: e.title,
      latest: e.latest,
      status: e.status,
      scdl: e.scdl,
      labels: e.labels,
      fieldCount: e.fieldCount,
      ...(e.url ? { url: e.url } : {}),
      source: source(e),
    }));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = entries.map((e) => [
    e.name,
    source(e) === 'cache' ? `${e.version}*` : e.version,
    e.scdl ? t.yes : '',
    e.status === 'withdrawn' ? `${e.title} ${t.withdrawn}` : e.title,
  ]);
  const lines = [table([t.columns, ...rows]), '', t.footer(entries.length, entries.filter((e) => e.scdl).length, o.allVersions)];
  if (entries.some((e) => source(e) === 'cache') && overlay) lines.push(t.cachedNote(overlay.refreshedAt.slice(0, 10)));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

async function refresh(io: CliIO, o: Options): Promise<number> {
  const t = TEXT[o.lang];
  const from = o.from ?? DEFAULT_CATALOG_URL;
  let catalogText: string | undefined;
  if (!isUrl(from)) {
    try {
      catalogText = new TextDecoder().decode(await io.readFile(from));
    } catch (e) {
      io.stderr(t.unreadable(`${from} : ${e instanceof Error ? e.message : String(e)}`));
      return EXIT.usage;
    }
  }
  const result = await refreshSchemas({
    fetch: (url) => io.fetch(url),
    catalogUrl: from,
    ...(catalogText !== undefined ? { catalogText } : {}),
    bundled: CATALOG,
    loadBundled: (e) => loadSchema(e.name, e.version),
    previous: await readOverlay(io),
    check: checkDescriptor,
    now: () => new Date(io.now()).toISOString(),
  });
  if (!result.ok) {
    io.stderr(t.unreadable(t.reason[result.code](result.detail)));
    return EXIT.usage;
  }
  const path = overlayPath(io.env);
  if (result.changed) {
    try {
      await io.writeFile(path, `${JSON.stringify(result.overlay)}\n`);
    } catch (e) {
      io.stderr(t.cacheWriteFailed(path, e instanceof Error ? e.message : String(e)));
      return EXIT.usage;
    }
  }
  const of = (status: RefreshItem['status']): RefreshItem[] => result.items.filter((i) => i.status === status);
  if (o.json) {
    io.stdout(`${JSON.stringify({ source: from, cache: path, changed: result.changed, items: result.items }, null, 2)}\n`);
    return EXIT.ok;
  }
  const [added, rejected, kept] = [of('added'), of('rejected'), of('kept')];
  const lines = [t.catalog(from)];
  if (added.length === 0) lines.push(t.nothingNew);
  else lines.push(t.added(added.length), ...added.map((i) => `  + ${formatSchemaRef(i)}`));
  if (rejected.length > 0) {
    lines.push(
      t.rejected(rejected.length),
      ...rejected.map((i) => `  - ${formatSchemaRef(i)}${t.sep}${i.reason ? t.reason[i.reason.code](i.reason.detail) : ''}`),
    );
  }
  const cached = kept.filter((i) => i.origin === 'cache').length;
  lines.push(t.kept(kept.length, kept.length - cached, cached));
  if (result.changed || cached > 0) lines.push(t.cache(path));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** The language asked for, even when other arguments are wrong (so is the error message). */
function langOf(args: readonly string[]): Lang {
  const i = args.indexOf('--lang');
  return args.includes('--lang=en') || (i >= 0 && args[i + 1] === 'en') ? 'en' : 'fr';
}

export async function schemasCommand(args: string[], io: CliIO): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(TEXT[langOf(args)].usage);
    return EXIT.ok;
  }
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    io.stderr(parsed.message(TEXT[langOf(args)]));
    return EXIT.usage;
  }
  return parsed.options.refresh ? refresh(io, parsed.options) : list(io, parsed.options);
}
