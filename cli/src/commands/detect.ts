import type { Lang } from '@scdl/core';
import { describeDetection } from '@scdl/core/detect/messages';
import { detectSchema } from '@scdl/core/detect/detect';
import { sniffTable } from '@scdl/core/parse/sniff-table';
import { encodingLabel } from '@scdl/core/parse/decoder';
import { parseArgs, UsageError } from '../args';
import { EXIT, type CliIO } from '../io';
import { cliRegistry } from './schemas';


/** `scdl detect FILE`: which schema and version the file follows, with the runner-up. Exit 1 when none. */
export async function detectCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(args, ['json', 'help'], ['lang']);
  const lang = (flags.lang ?? 'fr') as Lang;
  if (flags.help) {
    io.stdout('Usage : scdl detect FICHIER [--json] [--lang fr|en]\n');
    return EXIT.ok;
  }
  const file = positionals[0];
  if (!file) throw new UsageError('indiquez le fichier');
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    throw new UsageError(`fichier introuvable : ${file}`);
  }
  const table = sniffTable(bytes);
  const registry = await cliRegistry(io);
  const result = detectSchema(table.header, table.rows, registry.entries);
  if (flags.json) {
    io.stdout(JSON.stringify({ file, encoding: table.encoding, delimiter: table.delimiter, headerRow: table.headerRow, header: table.header, ...result }, null, 2) + '\n');
  } else {
    const fr = lang === 'fr';
    if (table.kind !== 'text') io.stdout(fr ? `${file} : ce n’est pas un tableau CSV (${table.kind}).\n` : `${file}: not a CSV table (${table.kind}).\n`);
    else {
      io.stdout(`${file} — ${encodingLabel(table.encoding)}, ${fr ? 'séparateur' : 'separator'} « ${table.delimiter === '\t' ? 'tab' : table.delimiter} », ${fr ? 'en-tête ligne' : 'header on row'} ${table.headerRow}\n`);
      io.stdout(describeDetection(result, lang) + '\n');
    }
  }
  return result.match ? EXIT.ok : EXIT.invalid;
}
