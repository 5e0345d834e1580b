/**
 * Words of the shared components, French first. `en` must have every key of `fr`
 * (a missing entry is a compile error). Messages about errors come from the core.
 */
import type { Lang } from '@scdl/core';
import { encodingLabel } from '@scdl/core/parse/decoder';
import type { BadgeStatus } from './host';

const fr = {
  status: {
    pending: 'À vérifier',
    valid: 'Valide',
    warnings: 'Valide, avec avertissements',
    invalid: 'Non valide',
    error: 'Non vérifiable',
  } satisfies Record<BadgeStatus, string>,
  checking: 'Vérification en cours…',
  progress: (read: string, total?: string) => (total ? `Lecture : ${read} sur ${total}` : `Lecture : ${read}`),
  schema: 'Schéma',
  version: 'Version',
  latest: 'dernière',
  detected: 'détecté d’après l’en-tête',
  declared: 'choisi',
  noSchema: 'aucun',
  autoDetect: 'Détection automatique',
  revalidate: 'Vérifier avec ce schéma',
  encoding: 'Encodage',
  delimiter: 'Séparateur',
  rows: 'Lignes',
  errors: 'Erreurs',
  warnings: 'Avertissements',
  errorCount: (n: number): string => (n > 1 ? 'erreurs' : 'erreur'),
  warningCount: (n: number): string => (n > 1 ? 'avertissements' : 'avertissement'),
  encodingName: encodingLabel,
  byColumn: 'Par colonne',
  byCode: 'Par type d’erreur',
  fileLevel: 'Fichier et en-tête',
  where: 'Où',
  value: 'Valeur',
  problem: 'Problème',
  howToFix: 'Comment corriger',
  noErrors: 'Aucune erreur ni avertissement : le fichier suit le schéma.',
  truncated: (shown: number, total: number) => `Seules les ${shown} premières erreurs sont listées (${total} au total) ; les nombres par colonne et par type, eux, comptent tout.`,
  moreInGroup: (n: number) => `… et ${n} autre(s) dans ce groupe`,
  downloadJson: 'Télécharger le rapport (JSON)',
  fixesNone: 'Aucune correction automatique sûre pour ces erreurs.',
  fixesCount: (n: number) => `${n} cellule(s) peuvent être corrigées sans risque.`,
  fixesRemaining: (n: number) => `${n} erreur(s) resteront à corriger à la main.`,
  fixesPreview: 'Aperçu des corrections',
  fixesApply: 'Télécharger le fichier corrigé',
  fixesShowPreview: 'Voir l’aperçu avant de télécharger',
  fixesMore: (n: number) => `… et ${n} autre(s) modification(s)`,
  before: 'Avant',
  after: 'Après',
  dropHere: 'Déposez un fichier CSV ici',
  or: 'ou',
  chooseFile: 'Choisir un fichier',
  allow: 'Autoriser l’accès',
  retry: 'Réessayer',
  bytes: (n: number) => formatBytes(n, 'fr'),
};

export type Strings = { [K in keyof typeof fr]: (typeof fr)[K] };

const en: Strings = {
  status: {
    pending: 'To check',
    valid: 'Valid',
    warnings: 'Valid, with warnings',
    invalid: 'Invalid',
    error: 'Cannot be checked',
  },
  checking: 'Checking…',
  progress: (read, total) => (total ? `Reading: ${read} of ${total}` : `Reading: ${read}`),
  schema: 'Schema',
  version: 'Version',
  latest: 'latest',
  detected: 'detected from the header',
  declared: 'chosen',
  noSchema: 'none',
  autoDetect: 'Automatic detection',
  revalidate: 'Check with this schema',
  encoding: 'Encoding',
  delimiter: 'Delimiter',
  rows: 'Rows',
  errors: 'Errors',
  warnings: 'Warnings',
  errorCount: (n: number) => (n === 1 ? 'error' : 'errors'),
  warningCount: (n: number) => (n === 1 ? 'warning' : 'warnings'),
  encodingName: encodingLabel,
  byColumn: 'By column',
  byCode: 'By error type',
  fileLevel: 'File and header',
  where: 'Where',
  value: 'Value',
  problem: 'Problem',
  howToFix: 'How to fix',
  noErrors: 'No error and no warning: the file follows the schema.',
  truncated: (shown, total) => `Only the first ${shown} errors are listed (${total} in all); counts by column and by type include everything.`,
  moreInGroup: (n) => `… and ${n} more in this group`,
  downloadJson: 'Download the report (JSON)',
  fixesNone: 'No safe automatic fix for these errors.',
  fixesCount: (n) => `${n} cell(s) can be fixed safely.`,
  fixesRemaining: (n) => `${n} error(s) will remain to fix by hand.`,
  fixesPreview: 'Preview of the fixes',
  fixesApply: 'Download the fixed file',
  fixesShowPreview: 'Preview before downloading',
  fixesMore: (n) => `… and ${n} more change(s)`,
  before: 'Before',
  after: 'After',
  dropHere: 'Drop a CSV file here',
  or: 'or',
  chooseFile: 'Choose a file',
  allow: 'Allow access',
  retry: 'Retry',
  bytes: (n) => formatBytes(n, 'en'),
};

export const strings: Record<Lang, Strings> = { fr, en };

export function t(lang: Lang | undefined): Strings {
  return strings[lang ?? 'fr'] ?? fr;
}

/** `12,3 Mo` / `12.3 MB`. */
export function formatBytes(n: number, lang: Lang): string {
  const units = lang === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  const text = i === 0 ? String(v) : v.toFixed(v < 10 ? 1 : 0);
  return `${lang === 'fr' ? text.replace('.', ',') : text} ${units[i]}`;
}
