import type { Lang } from '../report/types';
import type { FixKind, Patch, Question, Unfixable } from './types';

/** How each fix kind reads in the preview, per language: a title and a sentence about one patch. */
interface KindText {
  title: string;
  text(p: Patch, count: number): string;
}

const frN = (n: number): string => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');
const fq = (s: unknown): string => `« ${String(s)} »`;
const eq = (s: unknown): string => `"${String(s)}"`;
const plural = (n: number, one: string, many: string, num: (n: number) => string): string => `${num(n)} ${n > 1 ? many : one}`;

const DELIM_FR: Record<string, string> = { ';': 'point-virgule « ; »', '\t': 'tabulation', '|': 'barre verticale « | »', ',': 'virgule' };
const DELIM_EN: Record<string, string> = { ';': 'semicolon ";"', '\t': 'tab', '|': 'pipe "|"', ',': 'comma' };

function field(p: Patch): string {
  return 'field' in p ? p.field : '';
}

function labels(p: Patch, q: (s: unknown) => string): string {
  return p.kind === 'rename-label' || p.kind === 'alias-label' ? p.labels.map((l) => `${q(l.from)} → ${q(l.to)}`).join(', ') : '';
}

function decided(p: Patch, lang: Lang): string {
  if (!('decidedBy' in p) || !p.decidedBy) return '';
  const order = p.reading === 'mdy' ? (lang === 'fr' ? 'mois/jour' : 'month/day') : p.reading === 'dmy' ? (lang === 'fr' ? 'jour/mois' : 'day/month') : '';
  const comma = p.reading === 'decimal-comma' ? (lang === 'fr' ? 'virgule décimale' : 'decimal comma') : p.reading === 'thousands-comma' ? (lang === 'fr' ? 'virgule des milliers' : 'thousands comma') : '';
  const what = order || comma;
  if (lang === 'fr') return p.decidedBy === 'answer' ? ` (${what} : votre choix)` : ` (${what} : déduit des autres valeurs de la colonne)`;
  return p.decidedBy === 'answer' ? ` (${what}: your choice)` : ` (${what}: proven by other values of the column)`;
}

const FR: Record<FixKind, KindText> = {
  'trim-spaces': { title: 'Espaces retirés', text: (p, n) => `Colonne ${fq(field(p))} : espaces retirés au début ou à la fin de ${plural(n, 'cellule', 'cellules', frN)}.` },
  'date-format': { title: 'Dates écrites AAAA-MM-JJ', text: (p, n) => `Colonne ${fq(field(p))} : ${plural(n, 'date réécrite', 'dates réécrites', frN)} au format AAAA-MM-JJ${decided(p, 'fr')}.` },
  'number-format': { title: 'Nombres écrits à la manière du SCDL', text: (p, n) => `Colonne ${fq(field(p))} : ${plural(n, 'nombre réécrit', 'nombres réécrits', frN)} avec un point décimal et sans séparateur de milliers (valeur inchangée)${decided(p, 'fr')}.` },
  'identifier-float': { title: '« .0 » retiré des numéros', text: (p, n) => `Colonne ${fq(field(p))} : « .0 » retiré de ${plural(n, 'numéro', 'numéros', frN)}.` },
  'leading-zero': { title: 'Zéro initial remis', text: (p, n) => `Colonne ${fq(field(p))} : zéro initial remis à ${plural(n, 'code', 'codes', frN)}.` },
  'boolean-values': { title: 'Oui/non écrits comme le schéma', text: (p, n) => `Colonne ${fq(field(p))} : ${plural(n, 'valeur réécrite', 'valeurs réécrites', frN)} comme le schéma l’attend.` },
  'enum-value': { title: 'Valeurs de liste écrites comme le schéma', text: (p, n) => `Colonne ${fq(field(p))} : ${plural(n, 'valeur réécrite', 'valeurs réécrites', frN)} exactement comme dans la liste du schéma (majuscules, accents, espaces).` },
  'empty-columns': {
    title: 'Colonnes et cellules vides retirées',
    text: (p) => (p.kind === 'empty-columns' && p.labels.length ? `${plural(p.labels.length, 'colonne sans nom ni valeur retirée', 'colonnes sans nom ni valeur retirées', frN)} à droite du tableau.` : 'Cellules vides en trop retirées en fin de ligne.'),
  },
  'alias-label': { title: 'Anciens noms de colonnes remplacés', text: (p) => `En-têtes renommés selon le schéma : ${labels(p, fq)}.` },
  'rename-label': { title: 'En-têtes corrigés', text: (p) => `En-têtes réécrits exactement comme le schéma : ${labels(p, fq)}.` },
  'add-optional-column': {
    title: 'Colonnes facultatives ajoutées',
    text: (p) => `Colonnes facultatives ajoutées, vides : ${p.kind === 'add-optional-column' ? p.columns.map((c) => fq(c.name)).join(', ') : ''}.`,
  },
  'column-order': { title: 'Colonnes remises dans l’ordre du schéma', text: () => 'Colonnes remises dans l’ordre du schéma ; celles qu’il ne connaît pas sont placées à la fin.' },
  'blank-rows': { title: 'Lignes vides supprimées', text: (_p, n) => `${plural(n, 'ligne vide supprimée', 'lignes vides supprimées', frN)}.` },
  'title-rows': { title: 'Lignes au-dessus de l’en-tête supprimées', text: (_p, n) => `${plural(n, 'ligne au-dessus de l’en-tête supprimée', 'lignes au-dessus de l’en-tête supprimées', frN)} (titre, date…).` },
  bom: { title: 'Marque BOM retirée', text: () => 'Marque d’ordre des octets (BOM) retirée du début du fichier.' },
  encoding: { title: 'Converti en UTF-8', text: (p) => `Fichier converti de ${p.kind === 'encoding' ? p.from : ''} en UTF-8 (les accents sont conservés).` },
  delimiter: { title: 'Séparateur virgule', text: (p) => `Séparateur ${p.kind === 'delimiter' ? DELIM_FR[p.from] ?? fq(p.from) : ''} remplacé par la virgule.` },
};

const EN: Record<FixKind, KindText> = {
  'trim-spaces': { title: 'Spaces removed', text: (p, n) => `Column ${eq(field(p))}: spaces removed at the start or end of ${plural(n, 'cell', 'cells', String)}.` },
  'date-format': { title: 'Dates written YYYY-MM-DD', text: (p, n) => `Column ${eq(field(p))}: ${plural(n, 'date', 'dates', String)} rewritten YYYY-MM-DD${decided(p, 'en')}.` },
  'number-format': { title: 'Numbers written the SCDL way', text: (p, n) => `Column ${eq(field(p))}: ${plural(n, 'number', 'numbers', String)} rewritten with a decimal point and no thousands separator (same value)${decided(p, 'en')}.` },
  'identifier-float': { title: '".0" removed from numbers', text: (p, n) => `Column ${eq(field(p))}: ".0" removed from ${plural(n, 'number', 'numbers', String)}.` },
  'leading-zero': { title: 'Leading zero restored', text: (p, n) => `Column ${eq(field(p))}: leading zero restored on ${plural(n, 'code', 'codes', String)}.` },
  'boolean-values': { title: 'Yes/no written as the schema wants', text: (p, n) => `Column ${eq(field(p))}: ${plural(n, 'value', 'values', String)} rewritten as the schema expects.` },
  'enum-value': { title: 'List values written as in the schema', text: (p, n) => `Column ${eq(field(p))}: ${plural(n, 'value', 'values', String)} rewritten exactly as in the schema's list (case, accents, spaces).` },
  'empty-columns': {
    title: 'Empty columns and cells removed',
    text: (p) => (p.kind === 'empty-columns' && p.labels.length ? `${plural(p.labels.length, 'column', 'columns', String)} with no name nor value removed on the right.` : 'Extra empty cells removed at the end of rows.'),
  },
  'alias-label': { title: 'Old column names replaced', text: (p) => `Headers renamed as in the schema: ${labels(p, eq)}.` },
  'rename-label': { title: 'Headers corrected', text: (p) => `Headers written exactly as in the schema: ${labels(p, eq)}.` },
  'add-optional-column': { title: 'Optional columns added', text: (p) => `Empty optional columns added: ${p.kind === 'add-optional-column' ? p.columns.map((c) => eq(c.name)).join(', ') : ''}.` },
  'column-order': { title: 'Columns in schema order', text: () => 'Columns put in schema order; the ones it does not know go last.' },
  'blank-rows': { title: 'Blank rows removed', text: (_p, n) => `${plural(n, 'blank row', 'blank rows', String)} removed.` },
  'title-rows': { title: 'Rows above the header removed', text: (_p, n) => `${plural(n, 'row', 'rows', String)} above the header removed (title, date…).` },
  bom: { title: 'BOM removed', text: () => 'Byte order mark (BOM) removed from the start of the file.' },
  encoding: { title: 'Converted to UTF-8', text: (p) => `File converted from ${p.kind === 'encoding' ? p.from : ''} to UTF-8 (accents kept).` },
  delimiter: { title: 'Comma separator', text: (p) => `Separator ${p.kind === 'delimiter' ? DELIM_EN[p.from] ?? eq(p.from) : ''} replaced by a comma.` },
};

export const fixTexts: Record<Lang, Record<FixKind, KindText>> = { fr: FR, en: EN };

const READING: Record<string, [string, string]> = {
  dmy: ['jour/mois (JJ/MM/AAAA, l’usage français)', 'day/month (DD/MM/YYYY, the French usage)'],
  mdy: ['mois/jour (MM/JJ/AAAA, l’usage américain)', 'month/day (MM/DD/YYYY, the US usage)'],
  'decimal-comma': ['virgule décimale (1,5 = un et demi)', 'decimal comma (1,5 = one and a half)'],
  'thousands-comma': ['virgule des milliers (1,234 = mille deux cent trente-quatre)', 'thousands comma (1,234 = one thousand two hundred thirty-four)'],
};

export function readingText(reading: string, lang: Lang): string {
  return READING[reading]?.[lang === 'fr' ? 0 : 1] ?? reading;
}

/** The question, in words: which reading does this column use? */
export function questionText(q: Question, lang: Lang): string {
  const ex = q.examples.slice(0, 3).map((e) => (lang === 'fr' ? fq(e.value) : eq(e.value))).join(', ');
  const options = q.readings.map((r) => readingText(r, lang)).join(lang === 'fr' ? ' ou ' : ' or ');
  if (lang === 'fr') {
    const why = q.conflict ? 'd’autres valeurs de la colonne se contredisent' : 'aucune valeur de la colonne ne permet de trancher';
    return `Colonne ${fq(q.field)} : ${plural(q.count, 'valeur se lit', 'valeurs se lisent', frN)} de deux façons (${ex}) et ${why}. S’agit-il de ${options} ?`;
  }
  const why = q.conflict ? 'other values of the column contradict each other' : 'no value of the column tells';
  return `Column ${eq(q.field)}: ${plural(q.count, 'value reads', 'values read', String)} two ways (${ex}) and ${why}. Is it ${options}?`;
}

const UNFIXABLE: Record<string, [string, string]> = {
  'identifier-scientific-notation': ['numéros en notation scientifique : chiffres perdus, à reprendre dans le fichier d’origine (colonne au format « Texte »)', 'numbers in scientific notation: digits lost, take them again from the original file (column formatted as "Text")'],
  'siret-zero-filled': ['SIRET dont la fin a été remplacée par des zéros : à reprendre dans le fichier d’origine ou sur annuaire-entreprises.data.gouv.fr', 'SIRETs whose end was replaced by zeros: take them again from the original file or annuaire-entreprises.data.gouv.fr'],
  'siren-instead-of-siret': ['SIREN à compléter en SIRET (5 chiffres du NIC)', 'SIRENs to complete into SIRETs (5 NIC digits)'],
  'non-iso-date': ['dates impossibles ou à l’année sur 2 chiffres', 'impossible dates or 2-digit years'],
  'french-number-format': ['nombres décimaux dans une colonne de nombres entiers', 'decimal numbers in an integer column'],
  'formula-like-cell': ['cellules qui ressemblent à une formule (à vérifier)', 'cells that look like a formula (to check)'],
  'personal-data': ['données personnelles probables (à retirer avant publication)', 'probable personal data (to remove before publishing)'],
};

/** What is left alone, and why, in words. */
export function unfixableText(u: Unfixable, lang: Lang): string {
  const what = UNFIXABLE[u.reason]?.[lang === 'fr' ? 0 : 1] ?? u.reason;
  return lang === 'fr' ? `Colonne ${fq(u.field)} : ${frN(u.count)} × ${what}.` : `Column ${eq(u.field)}: ${u.count} × ${what}.`;
}
