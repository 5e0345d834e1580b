import { validateBytes, type Lang, type Report, type SchemaDescriptor, type ValidateOptions } from '@scdl/core';
import { parseArgs, UsageError } from '../args';
import { formatText } from '../format-text';
import { EXIT, type CliIO } from '../io';
import { progressReporter } from '../progress';
import { cliResolver } from './schemas';

const BOOLEANS = ['ignore-header-case', 'exit-zero', 'help', 'no-color'];
const VALUES = ['schema', 'header-match', 'format', 'lang', 'max-errors', 'encoding', 'delimiter', 'header-row'];

export const validateUsage = {
  fr: `Usage : scdl validate FICHIER [options]
  --schema NOM[@VERSION]|CHEMIN|URL  schéma à utiliser (détecté sinon)
  --header-match name|position       colonnes reconnues par nom (défaut) ou par position
  --ignore-header-case               ignorer la casse des en-têtes
  --format text|json                 sortie texte (défaut) ou JSON
  --lang fr|en                       langue des messages (fr par défaut)
  --max-errors N                     erreurs détaillées au plus (1000 par défaut)
  --encoding, --delimiter, --header-row   forcer la lecture
  --exit-zero                        toujours sortir avec le code 0
Codes de sortie : 0 valide (avertissements permis), 1 non valide, 2 fichier illisible ou usage incorrect.
`,
  en: `Usage: scdl validate FILE [options]  (see --lang fr for the French help)
`,
};

/** Reads `--schema`: a catalogue name, a local JSON file, or an URL. */
export async function schemaOption(value: string, io: CliIO): Promise<SchemaDescriptor | string> {
  if (/^https?:\/\//.test(value)) {
    const res = await io.fetch(value);
    if (!res.ok) throw new UsageError(`schéma introuvable à l’adresse ${value} (HTTP ${res.status})`);
    return (await res.json()) as SchemaDescriptor;
  }
  if (value.endsWith('.json') || value.includes('/') && !/^[\w-]+\/[\w.-]+(@[\w.-]+)?$/.test(value)) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(value);
    } catch {
      throw new UsageError(`fichier de schéma introuvable : ${value}`);
    }
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as SchemaDescriptor;
    } catch (e) {
      throw new UsageError(`le schéma ${value} n’est pas du JSON valide (${(e as Error).message})`);
    }
  }
  return value;
}

export function exitCodeOf(r: Report): number {
  if (r.errors.some((e) => e.type === 'source-error' || e.type === 'schema-error')) return EXIT.usage;
  return r.status === 'invalid' ? EXIT.invalid : EXIT.ok;
}

export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(args, BOOLEANS, VALUES);
  const lang = (flags.lang ?? 'fr') as Lang;
  if (lang !== 'fr' && lang !== 'en') throw new UsageError('--lang attend fr ou en');
  if (flags.help) {
    io.stdout(validateUsage.fr);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('indiquez un seul fichier à valider');
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format attend text ou json');
  const headerMatch = flags['header-match'] ?? 'name';
  if (headerMatch !== 'name' && headerMatch !== 'position') throw new UsageError('--header-match attend name ou position');
  const maxErrors = flags['max-errors'] !== undefined ? Number(flags['max-errors']) : 1000;
  if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new UsageError('--max-errors attend un nombre entier');

  let size: number;
  try {
    size = await io.fileSize(file);
  } catch {
    throw new UsageError(`fichier introuvable : ${file}`);
  }
  const options: ValidateOptions = {
    name: file.split(/[\\/]/).pop() ?? file,
    lang,
    headerMatch,
    ignoreHeaderCase: flags['ignore-header-case'] === true,
    maxErrors,
  };
  if (typeof flags.schema === 'string') options.schema = await schemaOption(flags.schema, io);
  if (typeof flags.encoding === 'string') options.encoding = flags.encoding;
  if (typeof flags.delimiter === 'string') options.delimiter = flags.delimiter === '\\t' || flags.delimiter === 'tab' ? '\t' : flags.delimiter;
  if (typeof flags['header-row'] === 'string') options.headerRow = Number(flags['header-row']);
  options.resolver = await cliResolver(io);
  const progress = progressReporter(io, size, lang);
  options.onProgress = progress.update;
  const report = await validateBytes(io.openFile(file), options);
  progress.done();

  if (format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else io.stdout(formatText(report, { lang, color: io.isTTY && !flags['no-color'] && !io.env.NO_COLOR, maxDetails: Math.min(maxErrors, 50) }));
  return flags['exit-zero'] ? EXIT.ok : exitCodeOf(report);
}
