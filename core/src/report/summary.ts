import { specOf } from '../errors';
import { en } from '../messages/en';
import { fr } from '../messages/fr';
import type { MessageEntry } from '../messages/types';
import type { Lang, Report } from './types';

export interface SummaryLine {
  /** Column concerned, or undefined for file-level issues. */
  fieldName?: string;
  code: string;
  count: number;
  severity: 'error' | 'warning';
  text: string;
}

export interface Summary {
  headline: string;
  /** Errors about the table's shape (header, rows, encoding) vs about values: the badge's split. */
  structureErrors: number;
  contentErrors: number;
  lines: SummaryLine[];
}

const tables: Record<Lang, Record<string, MessageEntry>> = { fr, en };

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} ${n > 1 ? many : one}`;
}

function headline(r: Report, lang: Lang): string {
  const { errors, warnings, rows } = r.stats;
  if (lang === 'fr') {
    const lignes = plural(rows, 'ligne', 'lignes');
    if (r.status === 'valid') return `Fichier valide (${lignes}).`;
    if (r.status === 'warnings') return `Fichier valide, avec ${plural(warnings, 'avertissement', 'avertissements')} (${lignes}).`;
    return `Fichier non valide : ${plural(errors, 'erreur', 'erreurs')}${warnings ? ` et ${plural(warnings, 'avertissement', 'avertissements')}` : ''} (${lignes}).`;
  }
  const lines = `${rows} row${rows === 1 ? '' : 's'}`;
  if (r.status === 'valid') return `Valid file (${lines}).`;
  if (r.status === 'warnings') return `Valid file, with ${warnings} warning${warnings === 1 ? '' : 's'} (${lines}).`;
  return `Invalid file: ${errors} error${errors === 1 ? '' : 's'}${warnings ? ` and ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${lines}).`;
}

/**
 * What an agent reads first: one headline, then what is wrong grouped by column
 * ("dateConvention : 12 dates au format JJ/MM/AAAA"), from the exact counts (never
 * from the possibly truncated list).
 */
export function summarize(r: Report, lang: Lang = 'fr'): Summary {
  const t = tables[lang];
  const lines: SummaryLine[] = [];
  // A code's severity can depend on the run (extra columns are warnings when matched by name).
  const severityOf = (code: string): 'error' | 'warning' => r.errors.find((e) => e.type === code || e.diagnosis === code)?.severity ?? specOf(code).severity;
  const line = (code: string, count: number, fieldName?: string, severity = severityOf(code)): void => {
    const entry = t[code];
    const l: SummaryLine = { code, count, severity, text: entry?.summary ? entry.summary(count) : `${count} × ${(entry?.title ?? code).toLowerCase()}` };
    if (fieldName) l.fieldName = fieldName;
    lines.push(l);
  };
  const inFields = new Map<string, number>();
  for (const [fieldName, codes] of Object.entries(r.stats.byField)) {
    // A diagnosis names the precise problem behind some errors: it speaks for them.
    for (const [d, n] of Object.entries(r.stats.byDiagnosis[fieldName] ?? {})) line(d, n, fieldName, 'error');
    const diagnosed = r.stats.diagnosedByType?.[fieldName] ?? {};
    for (const [code, count] of Object.entries(codes)) {
      inFields.set(code, (inFields.get(code) ?? 0) + count);
      const rest = count - (diagnosed[code] ?? 0);
      if (rest > 0) line(code, rest, fieldName);
    }
  }
  for (const [code, count] of Object.entries(r.stats.byType)) {
    const rest = count - (inFields.get(code) ?? 0);
    if (rest > 0) line(code, rest);
  }
  // Errors before warnings, file-level before columns, biggest first.
  lines.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || (a.fieldName ? 1 : 0) - (b.fieldName ? 1 : 0) || b.count - a.count);
  let structureErrors = 0;
  let contentErrors = 0;
  for (const [code, count] of Object.entries(r.stats.byType)) {
    const s = specOf(code);
    if (s.severity !== 'error') continue;
    if (s.category === 'content') contentErrors += count;
    else structureErrors += count;
  }
  return { headline: headline(r, lang), structureErrors, contentErrors, lines };
}
