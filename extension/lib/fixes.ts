/**
 * Safe fixes of a file the extension can read again (a link, a local file): the
 * core plans them on the whole table, the user sees the preview, then the fixed
 * file is audited by the core (every changed cell was planned, the bytes read
 * back as the fixed table), validated again, and downloaded.
 */
import { compileSchema, type CompiledSchema, type Lang, type Report, type SchemaDescriptor } from '@scdl/core';
import {
  applyAndVerify,
  planFixes,
  previewPlan,
  questionText,
  readTable,
  unfixableText,
  type FixPlan,
  type Table,
} from '@scdl/core/fix/index';
import { resolveSchema } from '@scdl/schemas';
import type { DownloadFile, FixPreviewModel, FixService } from '@scdl/ui/host';

/** Fixes read the whole file in memory: above this, none are offered. */
export const MAX_FIX_BYTES = 50 * 1000 * 1000;

interface Prepared {
  table: Table;
  compiled: CompiledSchema;
  descriptor: SchemaDescriptor;
  aliases?: Readonly<Record<string, readonly string[]>>;
  bytes: Uint8Array;
}

const MESSAGES = {
  fr: {
    tooBig: (mb: number) => `Fichier de plus de ${mb} Mo : la correction automatique n’est proposée que pour des fichiers plus petits (utilisez « scdl fix » en ligne de commande).`,
    noSchema: 'Sans schéma connu, aucune correction n’est possible.',
    refused: 'Correction refusée : le fichier corrigé ne se relit pas exactement comme prévu. Rien n’a été téléchargé.',
    worse: (b: number, a: number) => `Correction refusée : le fichier corrigé n’aurait pas moins d’erreurs (${b} avant, ${a} après). Rien n’a été téléchargé.`,
    done: (name: string, b: number, a: number) => `Fichier corrigé téléchargé : ${name} (${b} erreur(s) avant, ${a} après).`,
  },
  en: {
    tooBig: (mb: number) => `File larger than ${mb} MB: automatic fixes are offered for smaller files only (use "scdl fix" on the command line).`,
    noSchema: 'Without a known schema, no fix is possible.',
    refused: 'Fix refused: the fixed file does not read back exactly as planned. Nothing was downloaded.',
    worse: (b: number, a: number) => `Fix refused: the fixed file would not have fewer errors (${b} before, ${a} after). Nothing was downloaded.`,
    done: (name: string, b: number, a: number) => `Fixed file downloaded: ${name} (${b} error(s) before, ${a} after).`,
  },
} satisfies Record<Lang, unknown>;

export interface FixSource {
  /** The file's bytes (fetched again, or read from the local file). */
  bytes(): Promise<Uint8Array>;
  size?: number;
  name: string;
}

function fixedName(name: string): string {
  const base = name.replace(/\.[a-z0-9]+$/i, '') || 'fichier';
  return `${base}.corrige.csv`;
}

export function createFixService(source: FixSource, lang: Lang, download: (f: DownloadFile) => Promise<void>): FixService {
  const m = MESSAGES[lang];
  let prepared: { key: string; value: Promise<Prepared> } | null = null;

  const prepare = (report: Report): Promise<Prepared> => {
    const ref = report.schema!;
    const key = `${ref.name}@${ref.version ?? ''}`;
    if (prepared?.key === key) return prepared.value;
    const value = (async (): Promise<Prepared> => {
      const [bytes, resolved] = await Promise.all([source.bytes(), resolveSchema(ref.name, ref.version)]);
      const c = compileSchema(resolved.descriptor);
      if (!c.ok) throw new Error(m.noSchema);
      const table = readTable(bytes, { fieldNames: c.compiled.fields.map((f) => f.field.name) });
      const p: Prepared = { table, compiled: c.compiled, descriptor: resolved.descriptor, bytes };
      if (resolved.entry.aliases) p.aliases = resolved.entry.aliases;
      return p;
    })();
    prepared = { key, value };
    value.catch(() => (prepared = null));
    return value;
  };

  const plan = (p: Prepared, only?: string[]): FixPlan => planFixes(p.table, p.compiled, { ...(only ? { only } : {}), ...(p.aliases ? { aliases: p.aliases } : {}) });

  return {
    async preview(report): Promise<FixPreviewModel> {
      const empty = (note: string): FixPreviewModel => ({ kinds: [], changes: [], total: 0, remaining: report.stats.errors, notes: [note] });
      const size = report.source.bytes ?? source.size;
      if (size !== undefined && size > MAX_FIX_BYTES) return empty(m.tooBig(MAX_FIX_BYTES / 1e6));
      if (!report.schema) return empty(m.noSchema);
      const p = await prepare(report);
      const fixPlan = plan(p);
      const items = previewPlan(fixPlan, p.table, lang);
      const kinds = new Map<string, { kind: string; count: number; label: string }>();
      for (const it of items) {
        const k = kinds.get(it.kind) ?? { kind: it.kind, count: 0, label: it.title };
        k.count += it.count;
        kinds.set(it.kind, k);
      }
      const changes = items.flatMap((it) => it.examples.map((ex) => ({ kind: it.kind, from: ex.from, to: ex.to, ...(ex.cell ? { cell: ex.cell } : {}), ...(it.field ? { fieldName: it.field } : {}) })));
      const notes = [...fixPlan.unfixable.map((u) => unfixableText(u, lang)), ...fixPlan.questions.map((q) => questionText(q, lang))];
      const total = items.reduce((n, it) => n + it.count, 0);
      return { kinds: [...kinds.values()], changes, total, remaining: 0, notes };
    },

    async apply(report, kinds): Promise<string> {
      if (!report.schema) throw new Error(m.noSchema);
      const p = await prepare(report);
      const fixPlan = plan(p, kinds);
      const verdict = await applyAndVerify(p.table, fixPlan, p.descriptor, report);
      if (!verdict.ok) throw new Error(verdict.reason === 'not-better' ? m.worse(report.stats.errors, verdict.after.stats.errors) : m.refused);
      const { bytes: out, after } = verdict;
      const name = fixedName(source.name);
      await download({ name, type: 'text/csv', data: out });
      return m.done(name, report.stats.errors, after.stats.errors);
    },
  };
}
