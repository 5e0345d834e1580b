import { UsageError } from './args';
import { EXIT, type CliIO } from './io';
import { validateCommand } from './commands/validate';
import { detectCommand } from './commands/detect';
import { schemasCommand } from './commands/schemas';
import { publishCommand } from './commands/publish';
import { templateCommand } from './commands/template';
import { fixCommand } from './commands/fix';

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { run: Command; fr: string; en: string }> = {
  validate: { run: validateCommand, fr: 'valider un fichier CSV contre un schéma (détecté ou choisi)', en: 'validate a CSV file against a schema (detected or chosen)' },
  detect: { run: detectCommand, fr: 'reconnaître le schéma SCDL (et la version) d’un fichier', en: 'recognise the SCDL schema (and version) of a file' },
  publish: { run: (a, io) => publishCommand(a, io), fr: 'publier un fichier validé sur data.gouv.fr (clé dans SCDL_API_KEY)', en: 'publish a validated file to data.gouv.fr (key in SCDL_API_KEY)' },
  fix: { run: fixCommand, fr: 'corriger sans risque un fichier CSV et l’écrire au format SCDL (UTF-8, virgule, ordre du schéma)', en: 'safely fix a CSV file and write it as SCDL (UTF-8, comma, schema order)' },
  template: { run: templateCommand, fr: 'écrire un modèle CSV (en-tête et ligne d’exemple valide) d’un schéma', en: 'write a CSV template (header and a valid example row) of a schema' },
  schemas: { run: schemasCommand, fr: 'lister les schémas embarqués (--refresh : mettre à jour depuis schema.data.gouv.fr)', en: 'list bundled schemas (--refresh: update from schema.data.gouv.fr)' },
};

function help(io: CliIO): void {
  const lines = ['scdl — valider, corriger et publier les données locales au format SCDL', '', 'Commandes :'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  scdl ${name.padEnd(9)} ${c.fr}`);
  lines.push('', 'Aide d’une commande : scdl COMMANDE --help');
  io.stdout(lines.join('\n') + '\n');
}

/** Runs one `scdl` invocation; returns the exit code (0 ok, 1 invalid/refused, 2 unreadable input or bad usage). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? EXIT.ok : EXIT.usage;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr(`scdl : commande inconnue « ${name} ». Commandes : ${Object.keys(COMMANDS).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`scdl ${name} : ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`scdl ${name} : erreur inattendue : ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
}
