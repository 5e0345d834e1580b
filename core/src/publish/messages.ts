/**
 * Publish errors rendered for people: what happened, then what to do. French first, English too.
 * One entry per code and language: a missing entry is a compile error.
 */

import type { Lang } from '../report/types';
import type { PublishError, PublishErrorCode, PublishStep, PublishSubject } from './types';

export interface RenderedPublishError {
  message: string;
  /** The "what to do" sentence. */
  action: string;
  /** Field errors, server wording, ids to quote to support. */
  details: string[];
}

type Text = { message: string; action: string };
type Entry = (e: PublishError) => Text;

const SUBJECT: Record<Lang, Record<PublishSubject, string>> = {
  fr: {
    dataset: 'le jeu de données',
    resource: 'la ressource',
    organization: "l'organisation",
    account: 'le compte',
    file: 'le fichier',
    catalogue: 'le catalogue',
  },
  en: {
    dataset: 'the dataset',
    resource: 'the resource',
    organization: 'the organisation',
    account: 'the account',
    file: 'the file',
    catalogue: 'the catalogue',
  },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const tries = (e: PublishError, lang: Lang) => (e.attempts && e.attempts > 1
  ? (lang === 'fr' ? `, même après ${e.attempts} essais` : `, even after ${e.attempts} attempts`)
  : '');

const FR: Record<PublishErrorCode, Entry> = {
  'refused-invalid': () => ({
    message: "Le fichier n'est pas conforme au schéma : il n'est pas publié.",
    action: 'Corrigez les erreurs signalées dans le rapport puis relancez la publication, ou confirmez explicitement que vous voulez publier un fichier non conforme.',
  }),
  'missing-schema': () => ({
    message: "Le schéma du fichier n'est pas connu : la ressource ne pourrait pas le déclarer.",
    action: 'Choisissez le schéma SCDL du fichier, validez-le, puis publiez.',
  }),
  'report-mismatch': (e) => ({
    message: `Le rapport de validation ne correspond pas au fichier à publier (${e.expected ?? '?'} octets validés, ${e.actual ?? '?'} octets à envoyer).`,
    action: 'Validez à nouveau le fichier tel qu’il sera publié (après les corrections choisies), puis publiez.',
  }),
  'empty-file': () => ({
    message: 'Le fichier est vide.',
    action: 'Choisissez le fichier à publier.',
  }),
  'insecure-url': (e) => ({
    message: `L'adresse « ${e.detail ?? ''} » n'est pas sûre : seules les adresses en https:// sont acceptées.`,
    action: 'Utilisez https://www.data.gouv.fr, ou https://demo.data.gouv.fr pour faire un essai.',
  }),
  'missing-key': () => ({
    message: "Aucune clé d'API data.gouv.fr n'est fournie.",
    action: "Créez un jeton d'API dans votre profil sur data.gouv.fr, puis renseignez-le dans l'outil (variable SCDL_API_KEY en ligne de commande).",
  }),
  'bad-option': (e) => ({
    message: `Paramètre de publication invalide : ${e.detail ?? '?'}.`,
    action: 'Vérifiez les paramètres de publication puis relancez.',
  }),
  unauthorized: (e) => ({
    message: {
      invalid: "data.gouv.fr ne reconnaît pas la clé d'API.",
      revoked: "La clé d'API a été révoquée.",
      expired: "La clé d'API a expiré.",
      inactive: 'Le compte data.gouv.fr lié à cette clé est désactivé.',
      missing: "data.gouv.fr demande une clé d'API valide pour cette opération.",
    }[e.tokenProblem ?? 'invalid'],
    action: "Créez un nouveau jeton d'API dans votre profil sur data.gouv.fr et remplacez l'ancien ; une clé de demo.data.gouv.fr ne vaut pas pour www.data.gouv.fr, et inversement.",
  }),
  forbidden: (e) => (e.subject === 'organization'
    ? {
      message: `Vous n'êtes pas membre de l'organisation ${e.organizationId ?? ''} : vous ne pouvez pas y créer de jeu de données.`,
      action: "Demandez à un administrateur de l'organisation sur data.gouv.fr de vous y ajouter, ou choisissez une organisation dont vous êtes membre.",
    }
    : {
      message: `Vous n'avez pas le droit de modifier ${SUBJECT.fr[e.subject ?? 'dataset']} : il appartient à une organisation dont vous n'êtes pas membre.`,
      action: "Demandez à un administrateur de l'organisation sur data.gouv.fr de vous ajouter comme membre, ou publiez dans un jeu de données de votre organisation.",
    }),
  'not-found': (e) => ({
    message: `${capitalise(SUBJECT.fr[e.subject ?? 'dataset'])} est introuvable sur data.gouv.fr (un jeu de données privé l'est aussi pour qui n'est pas membre de son organisation).`,
    action: "Vérifiez l'identifiant, la plateforme (www ou demo) et que votre compte est membre de l'organisation.",
  }),
  gone: () => ({
    message: 'Ce jeu de données a été supprimé sur data.gouv.fr.',
    action: 'Restaurez-le depuis data.gouv.fr avant la fin de la journée, ou publiez dans un nouveau jeu de données.',
  }),
  'too-large': () => ({
    message: 'Le fichier est trop volumineux pour data.gouv.fr.',
    action: "data.gouv.fr accepte jusqu'à 420 Mo par fichier : découpez-le (par exemple par année) ou compressez-le.",
  }),
  'unsupported-type': () => ({
    message: 'data.gouv.fr refuse le type de ce fichier.',
    action: "Vérifiez que vous envoyez bien le fichier CSV validé et non une page web enregistrée.",
  }),
  'bad-request': (e) => ({
    message: e.fieldErrors?.length
      ? 'data.gouv.fr a refusé certaines informations :'
      : 'data.gouv.fr a refusé la demande.',
    action: 'Corrigez les informations indiquées puis relancez la publication.',
  }),
  locked: (e) => ({
    message: `data.gouv.fr est temporairement en lecture seule par mesure de sécurité${tries(e, 'fr')}.`,
    action: 'Réessayez plus tard ; relancer ne créera pas de doublon. Si cela dure, contactez le support de data.gouv.fr.',
  }),
  server: (e) => ({
    message: `data.gouv.fr rencontre une erreur${e.status ? ` (${e.status})` : ''}${tries(e, 'fr')}.`,
    action: "Réessayez dans quelques minutes : relancer ne créera pas de doublon. Si l'erreur persiste, contactez le support de data.gouv.fr en citant l'identifiant d'erreur.",
  }),
  redirect: (e) => ({
    message: `L'adresse du portail renvoie vers une autre adresse${e.status ? ` (${e.status})` : ''} ; la clé d'API n'y a pas été envoyée.`,
    action: "Vérifiez l'adresse du portail : https://www.data.gouv.fr, sans chemin supplémentaire.",
  }),
  'unexpected-response': (e) => ({
    message: `Le portail a répondu de façon inattendue${e.status ? ` (${e.status})` : ''}.`,
    action: "Vérifiez l'adresse du portail puis réessayez ; si cela persiste, signalez-le.",
  }),
  network: (e) => ({
    message: `Impossible de joindre data.gouv.fr : connexion absente ou interrompue${tries(e, 'fr')}.`,
    action: 'Vérifiez la connexion à Internet (ou le proxy de la collectivité) puis relancez : la publication reprendra sans créer de doublon.',
  }),
  'checksum-mismatch': (e) => ({
    message: `Le fichier enregistré par data.gouv.fr diffère du fichier validé (empreinte SHA-1 différente)${e.resourceId ? '' : ' ; la ressource incorrecte a été retirée'}.`,
    action: "Relancez la publication ; si l'écart persiste, un équipement réseau modifie sans doute le fichier : contactez votre service informatique.",
  }),
  'schema-not-saved': (e) => ({
    message: `data.gouv.fr n'a pas enregistré le schéma ${e.expected ?? ''} sur la ressource.`,
    action: 'Déclarez le schéma dans la page de modification de la ressource sur data.gouv.fr, ou relancez la publication.',
  }),
  'catalogue-conflict': () => ({
    message: "Le catalogue a été modifié par quelqu'un d'autre pendant sa mise à jour ; il n'a pas été écrasé.",
    action: 'Relancez la mise à jour du catalogue.',
  }),
  'catalogue-unreadable': () => ({
    message: "Le fichier du catalogue n'a pas pu être lu (encodage autre que UTF-8 ou colonne ID absente) ; il n'a pas été modifié.",
    action: 'Enregistrez le catalogue en UTF-8 au format scdl/catalogue, ou ajoutez-y la ligne à la main.',
  }),
};

const EN: Record<PublishErrorCode, Entry> = {
  'refused-invalid': () => ({
    message: 'The file does not conform to its schema: it was not published.',
    action: 'Fix the errors listed in the report and publish again, or explicitly confirm that you want to publish a non-conforming file.',
  }),
  'missing-schema': () => ({
    message: "The file's schema is unknown: the resource could not declare it.",
    action: "Choose the file's SCDL schema, validate it, then publish.",
  }),
  'report-mismatch': (e) => ({
    message: `The validation report does not describe the file being published (${e.expected ?? '?'} bytes validated, ${e.actual ?? '?'} bytes to send).`,
    action: 'Validate the file again as it will be published (after the chosen fixes), then publish.',
  }),
  'empty-file': () => ({
    message: 'The file is empty.',
    action: 'Choose the file to publish.',
  }),
  'insecure-url': (e) => ({
    message: `The address "${e.detail ?? ''}" is not secure: only https:// addresses are accepted.`,
    action: 'Use https://www.data.gouv.fr, or https://demo.data.gouv.fr for a trial.',
  }),
  'missing-key': () => ({
    message: 'No data.gouv.fr API key was provided.',
    action: 'Create an API token in your data.gouv.fr profile and enter it in the tool (SCDL_API_KEY on the command line).',
  }),
  'bad-option': (e) => ({
    message: `Invalid publishing setting: ${e.detail ?? '?'}.`,
    action: 'Check the publishing settings and try again.',
  }),
  unauthorized: (e) => ({
    message: {
      invalid: 'data.gouv.fr does not recognise the API key.',
      revoked: 'The API key has been revoked.',
      expired: 'The API key has expired.',
      inactive: 'The data.gouv.fr account behind this key is deactivated.',
      missing: 'data.gouv.fr requires a valid API key for this operation.',
    }[e.tokenProblem ?? 'invalid'],
    action: 'Create a new API token in your data.gouv.fr profile and replace the old one; a demo.data.gouv.fr key does not work on www.data.gouv.fr, nor the other way round.',
  }),
  forbidden: (e) => (e.subject === 'organization'
    ? {
      message: `You are not a member of organisation ${e.organizationId ?? ''}: you cannot create datasets in it.`,
      action: 'Ask an administrator of the organisation on data.gouv.fr to add you, or choose an organisation you belong to.',
    }
    : {
      message: `You may not edit ${SUBJECT.en[e.subject ?? 'dataset']}: it belongs to an organisation you are not a member of.`,
      action: 'Ask an administrator of the organisation on data.gouv.fr to add you as a member, or publish to a dataset of your organisation.',
    }),
  'not-found': (e) => ({
    message: `${capitalise(SUBJECT.en[e.subject ?? 'dataset'])} was not found on data.gouv.fr (a private dataset is also hidden from non-members).`,
    action: 'Check the identifier, the platform (www or demo) and that your account is a member of the organisation.',
  }),
  gone: () => ({
    message: 'This dataset has been deleted on data.gouv.fr.',
    action: 'Restore it on data.gouv.fr before the end of the day, or publish to a new dataset.',
  }),
  'too-large': () => ({
    message: 'The file is too large for data.gouv.fr.',
    action: 'data.gouv.fr accepts files up to 420 MB: split it (e.g. by year) or compress it.',
  }),
  'unsupported-type': () => ({
    message: 'data.gouv.fr rejects this type of file.',
    action: 'Make sure you are sending the validated CSV file, not a saved web page.',
  }),
  'bad-request': (e) => ({
    message: e.fieldErrors?.length ? 'data.gouv.fr rejected some information:' : 'data.gouv.fr rejected the request.',
    action: 'Correct the information listed and publish again.',
  }),
  locked: (e) => ({
    message: `data.gouv.fr is temporarily read-only for security reasons${tries(e, 'en')}.`,
    action: 'Try again later; retrying will not create duplicates. If it lasts, contact data.gouv.fr support.',
  }),
  server: (e) => ({
    message: `data.gouv.fr ran into an error${e.status ? ` (${e.status})` : ''}${tries(e, 'en')}.`,
    action: 'Try again in a few minutes: retrying will not create duplicates. If it persists, contact data.gouv.fr support quoting the error id.',
  }),
  redirect: (e) => ({
    message: `The portal address redirects elsewhere${e.status ? ` (${e.status})` : ''}; the API key was not sent there.`,
    action: 'Check the portal address: https://www.data.gouv.fr, with no extra path.',
  }),
  'unexpected-response': (e) => ({
    message: `The portal gave an unexpected answer${e.status ? ` (${e.status})` : ''}.`,
    action: 'Check the portal address and try again; report it if it persists.',
  }),
  network: (e) => ({
    message: `Could not reach data.gouv.fr: no connection or connection lost${tries(e, 'en')}.`,
    action: "Check the Internet connection (or your organisation's proxy) and publish again: it will resume without duplicates.",
  }),
  'checksum-mismatch': (e) => ({
    message: `The file stored by data.gouv.fr differs from the validated file (different SHA-1)${e.resourceId ? '' : '; the wrong resource was removed'}.`,
    action: 'Publish again; if it persists, a network device is probably altering the file: contact your IT department.',
  }),
  'schema-not-saved': (e) => ({
    message: `data.gouv.fr did not save schema ${e.expected ?? ''} on the resource.`,
    action: "Declare the schema on the resource's edit page on data.gouv.fr, or publish again.",
  }),
  'catalogue-conflict': () => ({
    message: 'Someone else changed the catalogue while it was being updated; it was not overwritten.',
    action: 'Run the catalogue update again.',
  }),
  'catalogue-unreadable': () => ({
    message: 'The catalogue file could not be read (not UTF-8, or no ID column); it was left unchanged.',
    action: 'Save the catalogue as UTF-8 in the scdl/catalogue format, or add the row by hand.',
  }),
};

const ENTRIES: Record<Lang, Record<PublishErrorCode, Entry>> = { fr: FR, en: EN };

const FIELD_LABELS: Record<Lang, Record<string, string>> = {
  fr: {
    title: 'titre', description: 'description', organization: 'organisation', license: 'licence',
    frequency: 'fréquence', 'schema.name': 'schéma (nom)', 'schema.version': 'schéma (version)', schema: 'schéma',
    'Content-Type': 'type de contenu', _: 'demande',
  },
  en: {
    title: 'title', description: 'description', organization: 'organisation', license: 'licence',
    frequency: 'frequency', 'schema.name': 'schema (name)', 'schema.version': 'schema (version)', schema: 'schema',
    'Content-Type': 'content type', _: 'request',
  },
};

const DETAIL: Record<Lang, {
  server: (m: string) => string;
  sentry: (id: string) => string;
  dataset: (id: string) => string;
  resource: (id: string) => string;
  upload: (done: number, total: number) => string;
  step: (s: string) => string;
}> = {
  fr: {
    server: (m) => `Réponse de data.gouv.fr : « ${m} »`,
    sentry: (id) => `Identifiant d'erreur à transmettre au support : ${id}`,
    dataset: (id) => `Jeu de données concerné : ${id}`,
    resource: (id) => `Ressource concernée : ${id}`,
    upload: (done, total) => `Envoi interrompu après ${done} partie(s) sur ${total} : il peut reprendre à la partie ${done + 1}.`,
    step: (s) => `Étape : ${s}`,
  },
  en: {
    server: (m) => `data.gouv.fr said: "${m}"`,
    sentry: (id) => `Error id to quote to support: ${id}`,
    dataset: (id) => `Dataset: ${id}`,
    resource: (id) => `Resource: ${id}`,
    upload: (done, total) => `Upload stopped after ${done} of ${total} part(s): it can resume at part ${done + 1}.`,
    step: (s) => `Step: ${s}`,
  },
};

const STEPS: Record<Lang, Record<PublishStep, string>> = {
  fr: {
    check: 'vérification du fichier',
    account: 'connexion au compte data.gouv.fr',
    dataset: 'jeu de données',
    upload: 'envoi du fichier',
    verify: "contrôle de l'empreinte du fichier",
    metadata: 'titre, type et schéma de la ressource',
    visibility: 'publication du jeu de données',
    catalogue: 'catalogue de la collectivité',
    done: 'terminé',
  },
  en: {
    check: 'checking the file',
    account: 'signing in to data.gouv.fr',
    dataset: 'dataset',
    upload: 'uploading the file',
    verify: "checking the file's fingerprint",
    metadata: "resource title, type and schema",
    visibility: 'making the dataset public',
    catalogue: "the organisation's catalogue",
    done: 'done',
  },
};

export function renderPublishStep(step: PublishStep, lang: Lang = 'fr'): string {
  return STEPS[lang][step];
}

export function renderPublishError(error: PublishError, lang: Lang = 'fr'): RenderedPublishError {
  const { message, action } = ENTRIES[lang][error.code](error);
  const details: string[] = [];
  const separator = lang === 'fr' ? ' : ' : ': ';
  for (const field of error.fieldErrors ?? []) {
    details.push(`${FIELD_LABELS[lang][field.field] ?? field.field}${separator}${field.messages.join(' ; ')}`);
  }
  const d = DETAIL[lang];
  if (error.serverMessage && !error.fieldErrors?.length) details.push(d.server(error.serverMessage));
  if (error.upload && error.upload.partsDone < error.upload.totalParts) details.push(d.upload(error.upload.partsDone, error.upload.totalParts));
  if (error.datasetId) details.push(d.dataset(error.datasetId));
  if (error.resourceId) details.push(d.resource(error.resourceId));
  if (error.step && error.step !== 'check') details.push(d.step(STEPS[lang][error.step]));
  if (error.sentryId) details.push(d.sentry(error.sentryId));
  return { message, action, details };
}

/** Message, details and action as plain text lines. */
export function formatPublishError(error: PublishError, lang: Lang = 'fr'): string {
  const rendered = renderPublishError(error, lang);
  return [rendered.message, ...rendered.details.map((line) => `  - ${line}`), rendered.action].join('\n');
}
