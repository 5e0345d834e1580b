import { compileSchema, validateBytes, type Lang, type Report, type SchemaDescriptor } from '@scdl/core';
import type { CatalogEntry } from '@scdl/core/detect/types';
import { detectSchema } from '@scdl/core/detect/index';
import {
  applyAndVerify,
  expandKinds,
  FIX_GROUPS,
  FIX_KINDS,
  planFixes,
  previewPlan,
  questionText,
  readTable,
  readingText,
  unfixableText,
  type CellProblem,
  type FixPlan,
  type PlanOptions,
  type ReadTableOptions,
  type Table,
} from '@scdl/core/fix/index';
import { CATALOG, parseSchemaRef, resolveSchema } from '@scdl/schemas';
import { binaryKind, textKind } from '@scdl/core/parse/content-kind';
import { parseArgs, UsageError } from '../args';
import { EXIT, type CliIO } from '../io';
import { schemaOption } from './validate';

/**
 * `scdl fix FILE -o OUT`: plans the safe fixes, applies them, and writes UTF-8,
 * comma-separated, schema-ordered CSV — after checking its own work: the output,
 * validated again, must be better (see `betterThan`), and every non-empty input
 * cell must be unchanged or changed by a listed patch. Otherwise nothing is written.
 */

const BOOLEANS = ['help', 'dry-run'];
const VALUES = ['output', 'schema', 'only', 'answer', 'date-order', 'lang', 'format', 'encoding', 'delimiter', 'header-row'];

const USAGE = {
  fr: `Usage : scdl fix FICHIER -o SORTIE [options]
  -o, --output SORTIE                fichier corrigé à écrire (UTF-8, virgule, colonnes dans l’ordre du schéma)
  --schema NOM[@VERSION]|CHEMIN|URL  schéma à utiliser (détecté sinon)
  --only TYPE,...                    n’appliquer que ces corrections (${FIX_KINDS.join(', ')} ;
                                     groupes : ${Object.keys(FIX_GROUPS).join(', ')})
  --date-order dmy|mdy               ordre jour/mois des dates ambiguës (03/04/2020), pour toutes les colonnes
  --answer CHAMP=LECTURE,...         réponse aux questions, par colonne (dmy, mdy, decimal-comma, thousands-comma)
  --dry-run                          montrer les corrections sans rien écrire
  --format text|json                 sortie texte (défaut) ou JSON
  --lang fr|en                       langue des messages (fr par défaut)
  --encoding, --delimiter, --header-row   forcer la lecture
Codes de sortie : 0 fichier écrit (ou rien à corriger), 1 correction refusée ou impossible, 2 fichier illisible ou usage incorrect.
`,
  en: `Usage: scdl fix FILE -o OUT [--schema S] [--only KIND,...] [--date-order dmy|mdy] [--answer FIELD=READING,...] [--dry-run] [--format text|json] [--lang fr|en]
`,
};

interface Resolved {
  descriptor: SchemaDescriptor;
  label: string;
  aliases?: Readonly<Record<string, readonly string[]>>;
}

const sameFields = (e: CatalogEntry, d: SchemaDescriptor): boolean => e.fieldNames.length === d.fields.length && e.fieldNames.every((n, i) => d.fields[i]?.name === n);

/** The schema to fix against, and the catalogue's other names for its columns when it knows the schema. */
async function resolve(flag: string | undefined, table: Table, io: CliIO): Promise<Resolved> {
  if (flag !== undefined) {
    const given = await schemaOption(flag, io);
    if (typeof given !== 'string') {
      // A schema file the catalogue also holds (same columns): its aliases apply.
      const entry = CATALOG.find((e) => sameFields(e, given));
      const r: Resolved = { descriptor: given, label: flag };
      if (entry?.aliases) r.aliases = entry.aliases;
      return r;
    }
    const ref = parseSchemaRef(given);
    try {
      const { entry, descriptor } = await resolveSchema(ref.name, ref.version);
      const r: Resolved = { descriptor, label: `${entry.name}@${entry.version}` };
      if (entry.aliases) r.aliases = entry.aliases;
      return r;
    } catch {
      throw new UsageError(`schéma inconnu : ${given} (la commande « scdl schemas » les liste)`);
    }
  }
  const found = detectSchema(table.header, table.rows.slice(0, 30), CATALOG);
  if (!found.match) throw new UsageError('aucun schéma reconnu d’après l’en-tête : précisez-le avec --schema');
  const { entry, descriptor } = await resolveSchema(found.match.name, found.match.version);
  const r: Resolved = { descriptor, label: `${entry.name}@${entry.version}` };
  if (entry.aliases) r.aliases = entry.aliases;
  return r;
}

function parseAnswers(answer: string | undefined, dateOrder: string | undefined, plan: FixPlan | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (dateOrder !== undefined) {
    if (dateOrder !== 'dmy' && dateOrder !== 'mdy') throw new UsageError('--date-order attend dmy ou mdy');
    for (const q of plan?.questions ?? []) if (q.readings.includes(dateOrder)) out[q.field] = dateOrder;
  }
  for (const part of (answer ?? '').split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`--answer attend CHAMP=LECTURE (reçu « ${part} »)`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

const q = (s: string, lang: Lang): string => (lang === 'fr' ? `« ${s} »` : `"${s}"`);
/** A value on one line, long ones cut in the middle (trimmed spaces show at the ends). */
const short = (s: string): string => {
  const one = s.replace(/\r?\n/g, ' ⏎ ');
  return one.length > 60 ? `${one.slice(0, 28)}…${one.slice(-28)}` : one;
};
const counts = (r: Report, lang: Lang): string =>
  lang === 'fr'
    ? `${r.stats.errors} erreur${r.stats.errors > 1 ? 's' : ''} et ${r.stats.warnings} avertissement${r.stats.warnings > 1 ? 's' : ''}`
    : `${r.stats.errors} error${r.stats.errors === 1 ? '' : 's'} and ${r.stats.warnings} warning${r.stats.warnings === 1 ? '' : 's'}`;

function problemText(p: CellProblem, lang: Lang): string {
  const where = p.part === 'header' ? (lang === 'fr' ? 'en-tête' : 'header') : p.part === 'preamble' ? (lang === 'fr' ? `ligne de titre ${p.row + 1}` : `title row ${p.row + 1}`) : lang === 'fr' ? `ligne de données ${p.row + 1}` : `data row ${p.row + 1}`;
  const col = lang === 'fr' ? `colonne ${p.column + 1}` : `column ${p.column + 1}`;
  const what =
    p.problem === 'removed'
      ? lang === 'fr' ? `${q(p.from, lang)} disparaîtrait` : `${q(p.from, lang)} would be lost`
      : p.problem === 'written'
        ? lang === 'fr' ? `${q(p.from, lang)} se relit ${q(p.to ?? '', lang)}` : `${q(p.from, lang)} reads back as ${q(p.to ?? '', lang)}`
        : lang === 'fr' ? `${q(p.from, lang)} deviendrait ${q(p.to ?? '', lang)} sans correction prévue` : `${q(p.from, lang)} would become ${q(p.to ?? '', lang)} with no planned fix`;
  return `${where}, ${col} : ${what}`;
}

export async function fixCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(args, BOOLEANS, VALUES);
  const lang = (flags.lang ?? 'fr') as Lang;
  if (lang !== 'fr' && lang !== 'en') throw new UsageError('--lang attend fr ou en');
  if (flags.help) {
    io.stdout(USAGE[lang]);
    return EXIT.ok;
  }
  const fr = lang === 'fr';
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('indiquez un seul fichier à corriger');
  const out = typeof flags.output === 'string' ? flags.output : undefined;
  const dryRun = flags['dry-run'] === true;
  if (!out && !dryRun) throw new UsageError('indiquez le fichier à écrire avec -o SORTIE (ou --dry-run)');
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format attend text ou json');
  let only: string[] | undefined;
  if (typeof flags.only === 'string') {
    only = flags.only.split(',');
    const { unknown } = expandKinds(only);
    if (unknown.length) throw new UsageError(`correction inconnue : ${unknown.join(', ')} (possibles : ${FIX_KINDS.join(', ')}, ${Object.keys(FIX_GROUPS).join(', ')})`);
  }

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    throw new UsageError(`fichier introuvable : ${file}`);
  }
  const read: ReadTableOptions = {};
  if (typeof flags.encoding === 'string') read.encoding = flags.encoding;
  if (typeof flags.delimiter === 'string') read.delimiter = flags.delimiter === 'tab' || flags.delimiter === '\\t' ? '\t' : flags.delimiter;
  if (typeof flags['header-row'] === 'string') read.headerRow = Number(flags['header-row']);
  const name = file.split(/[\\/]/).pop() ?? file;

  // Unreadable input (a workbook renamed .csv, a PDF, an HTML page): nothing to fix.
  const kind = binaryKind(bytes.subarray(0, 4096));
  if (kind !== 'text' || textKind(new TextDecoder().decode(bytes.subarray(0, 1024))) !== 'text') {
    io.stderr(fr ? `scdl fix : ${name} n’est pas un fichier CSV lisible ; « scdl validate ${name} » dit pourquoi.\n` : `scdl fix: ${name} is not a readable CSV file; "scdl validate ${name}" says why.\n`);
    return EXIT.usage;
  }
  const sniff = readTable(bytes, read);
  const schema = await resolve(typeof flags.schema === 'string' ? flags.schema : undefined, sniff, io);
  const compiled = compileSchema(schema.descriptor);
  if (!compiled.ok) throw new UsageError(`schéma inutilisable : ${compiled.problems.map((p) => `${p.path} ${p.problem}`).join(' ; ')}`);

  // Errors are only counted (maxErrors 0): the plan validates the table itself, every cell.
  const reportBefore = await validateBytes(bytes, { ...read, schema: schema.descriptor, maxErrors: 0, name });
  const table = readTable(bytes, { ...read, fieldNames: compiled.compiled.fields.map((f) => f.field.name) });
  const planOptions: PlanOptions = {};
  if (only) planOptions.only = only;
  if (schema.aliases) planOptions.aliases = schema.aliases;
  const firstPlan = planFixes(table, compiled.compiled, planOptions);
  const answers = parseAnswers(typeof flags.answer === 'string' ? flags.answer : undefined, typeof flags['date-order'] === 'string' ? flags['date-order'] : undefined, firstPlan);
  const plan = Object.keys(answers).length ? planFixes(table, compiled.compiled, { ...planOptions, answers }) : firstPlan;

  const lines: string[] = [];
  const sep = fr ? ' : ' : ': ';
  lines.push(`${fr ? 'Fichier' : 'File'}${sep}${name}${out ? ` → ${out}` : ''}`);
  lines.push(`${fr ? 'Schéma' : 'Schema'}${sep}${schema.label}`);

  let refused: string[] = [];
  let fixedBytes: Uint8Array | null = null;
  let reportAfter: Report | null = null;
  if (plan.patches.length) {
    const verdict = await applyAndVerify(table, plan, schema.descriptor, reportBefore, name);
    if (verdict.ok) {
      fixedBytes = verdict.bytes;
      reportAfter = verdict.after;
    } else if (verdict.reason === 'unencodable') {
      refused = [fr ? `le caractère ${q(verdict.char, lang)} ne s’écrit pas en ${verdict.encoding} : ajoutez la correction « encoding »` : `${q(verdict.char, lang)} cannot be written in ${verdict.encoding}: add the "encoding" fix`];
    } else {
      reportAfter = verdict.after;
      refused =
        verdict.reason === 'audit'
          ? verdict.problems.slice(0, 10).map((p) => problemText(p, lang))
          : [fr ? `le fichier corrigé n’aurait pas moins d’erreurs (${counts(reportBefore, lang)} avant, ${counts(verdict.after, lang)} après)` : `the fixed file would not have fewer errors (${counts(reportBefore, lang)} before, ${counts(verdict.after, lang)} after)`];
    }
  }

  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          file: name,
          output: out ?? null,
          schema: schema.label,
          written: !!fixedBytes && refused.length === 0 && !dryRun,
          refused,
          before: reportBefore.stats,
          after: reportAfter?.stats ?? null,
          preview: previewPlan(plan, table, lang),
          questions: plan.questions,
          unfixable: plan.unfixable,
          plan,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const preview = previewPlan(plan, table, lang);
    if (preview.length) {
      lines.push('', fr ? 'Corrections :' : 'Fixes:');
      for (const p of preview) {
        lines.push(`  ✔ ${p.text}`);
        if (p.kind !== 'title-rows') for (const ex of p.examples.slice(0, 2)) if (ex.cell) lines.push(`      ${ex.cell} ${q(short(ex.from), lang)} → ${q(short(ex.to), lang)}`);
      }
    }
    if (plan.unfixable.length) {
      lines.push('', fr ? 'Laissé tel quel (à corriger à la source) :' : 'Left as is (to fix at the source):');
      for (const u of plan.unfixable) lines.push(`  ! ${unfixableText(u, lang)}`);
    }
    if (plan.questions.length) {
      lines.push('', fr ? 'Questions (relancez avec --answer CHAMP=LECTURE ou --date-order) :' : 'Questions (run again with --answer FIELD=READING or --date-order):');
      for (const x of plan.questions) {
        lines.push(`  ? ${questionText(x, lang)}`);
        lines.push(`      ${x.readings.map((r) => `--answer ${x.field}=${r}  (${readingText(r, lang)})`).join(fr ? '\n      ou ' : '\n      or ')}`);
      }
    }
    lines.push('');
    if (plan.patches.length === 0) {
      lines.push(reportBefore.stats.errors + reportBefore.stats.warnings === 0 ? (fr ? 'Le fichier est déjà conforme : rien à corriger, rien n’a été écrit.' : 'The file already conforms: nothing to fix, nothing written.') : fr ? 'Aucune correction sûre à appliquer : rien n’a été écrit.' : 'No safe fix to apply: nothing written.');
    } else if (refused.length) {
      lines.push(fr ? 'Correction refusée, rien n’a été écrit :' : 'Fix refused, nothing written:');
      for (const r of refused) lines.push(`  ✘ ${r}`);
    } else {
      lines.push(`${fr ? 'Résultat' : 'Result'}${sep}${counts(reportBefore, lang)} → ${counts(reportAfter!, lang)}.`);
      const absent = reportBefore.stats.byType['missing-label'] ?? 0;
      if (reportAfter!.stats.errors > reportBefore.stats.errors && absent) {
        const values = absent * reportBefore.stats.rows;
        lines.push(
          fr
            ? `Les colonnes retrouvées sont maintenant vérifiées cellule par cellule, d’où plus d’erreurs détaillées : avant, ${absent} colonne(s) obligatoire(s) absente(s) privaient le fichier de ${values.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} valeurs.`
            : `The columns found again are now checked cell by cell, hence more detailed errors: before, ${absent} missing required column(s) meant ${values} missing values.`,
        );
      }
      lines.push(dryRun ? (fr ? 'Simulation (--dry-run) : rien n’a été écrit.' : 'Dry run: nothing written.') : fr ? `Fichier écrit : ${out}` : `File written: ${out}`);
    }
    io.stdout(lines.join('\n') + '\n');
  }

  if (plan.patches.length === 0) return reportBefore.stats.errors === 0 ? EXIT.ok : EXIT.invalid;
  if (refused.length) return EXIT.invalid;
  if (!dryRun && out && fixedBytes) await io.writeFile(out, fixedBytes);
  return EXIT.ok;
}
