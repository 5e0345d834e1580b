/** Words of the extension itself (badge tooltips, permission requests, popup, options). French first. */
import type { Lang } from '@scdl/core';
import { formatBytes } from '@scdl/ui/i18n';

const fr = {
  extensionName: 'Vérificateur CSV SCDL',
  contextMenu: 'Vérifier ce CSV (SCDL)',
  queued: 'En attente de vérification (schémas SCDL)…',
  checking: (read?: string, total?: string) => `Vérification en cours…${read ? ` ${read}${total ? ` sur ${total}` : ''}` : ''}`,
  tooBig: (size?: string, limit?: string) =>
    size
      ? `Fichier de ${size} : cliquez pour le vérifier avec le schéma SCDL${limit ? ` (vérification automatique jusqu’à ${limit}, réglable dans les options)` : ''}.`
      : 'Cliquez pour vérifier ce fichier CSV avec le schéma SCDL.',
  permission: (host: string) => `Pour vérifier ce fichier, l’extension doit pouvoir lire les fichiers de ${host}. Cliquez pour l’autoriser : le fichier est vérifié dans votre navigateur et n’est envoyé nulle part.`,
  permissionExplanation: (host: string) =>
    `Ce fichier est hébergé sur ${host}. Pour le vérifier, l’extension doit pouvoir le télécharger depuis ce site : le navigateur va vous demander l’autorisation d’accéder aux données de ${host}. Le fichier est lu et vérifié dans votre navigateur ; il n’est envoyé nulle part.`,
  httpStatus: (status: number) => (status === 404 ? 'Fichier introuvable (erreur 404) : le lien est cassé ou le fichier a été retiré.' : `Le serveur a refusé de fournir le fichier (erreur HTTP ${status}).`),
  noSchema: 'Aucun schéma SCDL reconnu dans l’en-tête : cliquez pour choisir le schéma dans le rapport.',
  done: (headline: string, schema?: string) => `${headline}${schema ? ` Schéma : ${schema}.` : ''} Cliquez pour voir le rapport.`,
  clickForReport: 'Cliquez pour voir le rapport.',
  // popup
  popupPage: 'Cette page',
  popupFile: 'Fichier local',
  popupUrl: 'Adresse',
  popupNoLinks: 'Aucun lien CSV trouvé sur cette page.',
  popupCannotRead: 'Cette page ne peut pas être lue par l’extension (page interne du navigateur).',
  popupCheckAll: 'Tout vérifier',
  popupUrlPlaceholder: 'https://…/fichier.csv',
  popupUrlCheck: 'Vérifier',
  popupOpenReport: 'Rapport complet',
  popupAlwaysHere: (host: string) => `Toujours afficher les badges sur ${host}`,
  popupOptions: 'Options',
  invalidUrl: 'Adresse invalide : elle doit commencer par http:// ou https://.',
  // options
  optionsTitle: 'Options du vérificateur SCDL',
  optionsLang: 'Langue',
  optionsAuto: 'Vérifier automatiquement les fichiers jusqu’à',
  optionsAutoHelp: 'Au-delà, un clic sur le badge lance la vérification. 0 : jamais automatiquement.',
  optionsMb: 'Mo',
  optionsDefaultSchema: 'Schéma par défaut',
  optionsDefaultSchemaHelp: 'Utilisé quand le lien ne déclare pas de schéma (data.gouv.fr). Sinon, le schéma est reconnu d’après l’en-tête du fichier.',
  optionsSites: 'Sites',
  optionsSitesHelp: 'Par défaut, les badges apparaissent quand vous cliquez sur l’icône de l’extension. Vous pouvez les afficher d’office sur tous les sites : l’extension lit alors les liens des pages et télécharge les fichiers CSV pour les vérifier dans votre navigateur, sans rien envoyer.',
  optionsAllSites: 'Afficher les badges sur tous les sites',
  optionsGranted: (n: number) => `Badges affichés d’office sur ${n} site(s).`,
  optionsSaved: 'Enregistré.',
  reportTitle: 'Rapport de validation SCDL',
  reportNoUrl: 'Aucun fichier à vérifier : ouvrez ce rapport depuis un badge, le menu contextuel ou la fenêtre de l’extension.',
  reportLocalGone: 'Le fichier local n’est plus disponible : choisissez-le à nouveau.',
};

export type ExtStrings = { [K in keyof typeof fr]: (typeof fr)[K] };

const en: ExtStrings = {
  extensionName: 'SCDL CSV checker',
  contextMenu: 'Check this CSV (SCDL)',
  queued: 'Waiting to be checked (SCDL schemas)…',
  checking: (read, total) => `Checking…${read ? ` ${read}${total ? ` of ${total}` : ''}` : ''}`,
  tooBig: (size, limit) =>
    size ? `${size} file: click to check it against its SCDL schema${limit ? ` (automatic checks up to ${limit}, see the options)` : ''}.` : 'Click to check this CSV file against its SCDL schema.',
  permission: (host) => `To check this file, the extension needs to read files from ${host}. Click to allow it: the file is checked in your browser and sent nowhere.`,
  permissionExplanation: (host) =>
    `This file is hosted on ${host}. To check it, the extension must download it from that site: the browser will ask you to allow access to ${host}. The file is read and checked in your browser; it is sent nowhere.`,
  httpStatus: (status) => (status === 404 ? 'File not found (404 error): the link is broken or the file was removed.' : `The server refused to serve the file (HTTP error ${status}).`),
  noSchema: 'No known SCDL schema matches the header: click to choose the schema in the report.',
  done: (headline, schema) => `${headline}${schema ? ` Schema: ${schema}.` : ''} Click to see the report.`,
  clickForReport: 'Click to see the report.',
  popupPage: 'This page',
  popupFile: 'Local file',
  popupUrl: 'Address',
  popupNoLinks: 'No CSV link found on this page.',
  popupCannotRead: 'The extension cannot read this page (internal browser page).',
  popupCheckAll: 'Check all',
  popupUrlPlaceholder: 'https://…/file.csv',
  popupUrlCheck: 'Check',
  popupOpenReport: 'Full report',
  popupAlwaysHere: (host) => `Always show badges on ${host}`,
  popupOptions: 'Options',
  invalidUrl: 'Invalid address: it must start with http:// or https://.',
  optionsTitle: 'SCDL checker options',
  optionsLang: 'Language',
  optionsAuto: 'Check files automatically up to',
  optionsAutoHelp: 'Above that, a click on the badge starts the check. 0: never automatically.',
  optionsMb: 'MB',
  optionsDefaultSchema: 'Default schema',
  optionsDefaultSchemaHelp: 'Used when the link declares no schema (data.gouv.fr). Otherwise the schema is recognised from the file header.',
  optionsSites: 'Sites',
  optionsSitesHelp: 'By default, badges appear when you click the extension icon. You can show them on every site: the extension then reads the links of pages and downloads CSV files to check them in your browser, sending nothing.',
  optionsAllSites: 'Show badges on all sites',
  optionsGranted: (n) => `Badges shown on ${n} site(s).`,
  optionsSaved: 'Saved.',
  reportTitle: 'SCDL validation report',
  reportNoUrl: 'No file to check: open this report from a badge, the context menu or the extension window.',
  reportLocalGone: 'The local file is no longer available: choose it again.',
};

const tables: Record<Lang, ExtStrings> = { fr, en };

export function tx(lang: Lang | undefined): ExtStrings {
  return tables[lang ?? 'fr'] ?? fr;
}

export const bytesText = formatBytes;
