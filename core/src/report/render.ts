import type { ValidationError } from '../errors/types';
import { en } from '../messages/en';
import { fr } from '../messages/fr';
import type { MessageEntry } from '../messages/types';
import type { Lang, Report } from './types';

const tables: Record<Lang, Record<string, MessageEntry>> = { fr, en };

/** "Ligne 12, colonne « dateConvention » (D12)" — where the error is, in the agent's words. */
export function locationText(e: ValidationError, lang: Lang): string {
  const fr = lang === 'fr';
  const col = e.fieldName !== undefined ? (fr ? `colonne « ${e.fieldName} »` : `column "${e.fieldName}"`) : e.fieldNumber !== undefined ? (fr ? `colonne ${e.fieldNumber}` : `column ${e.fieldNumber}`) : '';
  const where = e.cell ? ` (${e.cell})` : '';
  const header = e.tags.includes('#header');
  if (header) return [fr ? 'En-tête' : 'Header', col].filter(Boolean).join(', ') + where;
  if (e.rowNumber !== undefined) return [fr ? `Ligne ${e.rowNumber}` : `Row ${e.rowNumber}`, col].filter(Boolean).join(', ') + where;
  if (col) return col.charAt(0).toUpperCase() + col.slice(1) + where;
  return '';
}

function entryOf(e: ValidationError, lang: Lang): MessageEntry | undefined {
  const t = tables[lang];
  return (e.diagnosis !== undefined ? t[e.diagnosis] : undefined) ?? t[e.type];
}

/** Fills `title`, `message` (with its location) and `hint` in one language. */
export function renderError(e: ValidationError, lang: Lang): ValidationError {
  const entry = entryOf(e, lang);
  const where = locationText(e, lang);
  const text = entry ? entry.message(e) : e.type;
  return {
    ...e,
    title: entry?.title ?? e.type,
    message: where ? `${where}${lang === "fr" ? " : " : ": "}${text}` : text,
    hint: entry ? entry.hint(e) : '',
  };
}

/** Messages are rendered when the report is serialised, in the language asked for. */
export function renderReport(report: Report, lang: Lang): Report {
  return { ...report, lang, errors: report.errors.map((e) => renderError(e, lang)) };
}
