import { buildTemplate, type CollectiviteProfile } from '@scdl/core';
import { writeRecord } from '@scdl/core/fix/csv';
import { utf8Encode } from '@scdl/core/parse/unicode';
import { parseArgs, UsageError } from '../args';
import { EXIT, type CliIO } from '../io';
import { cliRegistry } from './schemas';

const USAGE = `Usage : scdl template NOM[@VERSION] -o FICHIER.csv [options]
  --format csv|json       en-tête et ligne d’exemple (défaut), ou le modèle complet (colonnes, formats, listes)
  --coll-nom TEXTE        nom de la collectivité, repris dans les colonnes qui le répètent (COLL_NOM, nomAttribuant…)
  --coll-siret SIRET      SIRET de la collectivité (COLL_SIRET, idAttribuant…)
  --coll-insee CODE       code INSEE de la collectivité (COLL_INSEE)
`;

/** `scdl template NAME[@VERSION] -o OUT.csv`: a header and a valid example row, ready to fill. */
export async function templateCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(args, ['help'], ['output', 'format', 'coll-nom', 'coll-siret', 'coll-insee', 'lang']);
  if (flags.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const ref = positionals[0];
  if (!ref) throw new UsageError('indiquez le schéma, par exemple scdl/subventions ou scdl/deliberations@2.1.5');
  const format = flags.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format attend csv ou json');
  const registry = await cliRegistry(io);
  let resolved;
  try {
    resolved = await registry.resolveSchema(ref);
  } catch {
    throw new UsageError(`schéma inconnu : ${ref} (la commande « scdl schemas » les liste)`);
  }
  const profile: CollectiviteProfile = {};
  if (typeof flags['coll-nom'] === 'string') profile.nom = flags['coll-nom'];
  if (typeof flags['coll-siret'] === 'string') profile.siret = flags['coll-siret'];
  if (typeof flags['coll-insee'] === 'string') profile.insee = flags['coll-insee'];
  const { entry, descriptor } = resolved;
  const model = await buildTemplate(descriptor, { name: entry.name, version: entry.version, title: entry.title }, profile);
  const text =
    format === 'json'
      ? JSON.stringify(model, null, 2) + '\n'
      : writeRecord(model.columns.map((c) => c.name), ',') + '\r\n' + writeRecord(model.exampleRow, ',') + '\r\n';
  const out = flags.output;
  if (typeof out === 'string') {
    await io.writeFile(out, utf8Encode(text));
    io.stderr(`Modèle ${entry.name} ${entry.version} écrit dans ${out} (${model.columns.length} colonnes, une ligne d’exemple valide).\n`);
  } else io.stdout(text);
  return EXIT.ok;
}
