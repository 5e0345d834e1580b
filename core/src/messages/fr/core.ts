import type { ValidationError } from '../../errors/types';
import type { MessageEntry } from '../types';
import { strptimeInWords } from '../strptime';
import { encodingLabel } from '../../parse/decoder';

const q = (s: unknown): string => `« ${String(s)} »`;
const list = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));
const v = (e: ValidationError): string => q(e.value ?? '');

const SOURCE: Record<string, [string, string]> = {
  empty: ['Le fichier est vide.', 'Exportez à nouveau le tableau : le fichier ne contient aucune donnée.'],
  xlsx: ['Ce fichier est un classeur Excel (.xlsx) renommé en .csv, pas un vrai fichier CSV.', 'Ouvrez-le dans Excel puis « Enregistrer sous » > « CSV UTF-8 (délimité par des virgules) ».'],
  ods: ['Ce fichier est un classeur LibreOffice (.ods) renommé en .csv, pas un vrai fichier CSV.', 'Ouvrez-le dans LibreOffice puis « Enregistrer sous » > « Texte CSV », jeu de caractères Unicode (UTF-8), séparateur virgule.'],
  xls: ['Ce fichier est un ancien classeur Excel (.xls), pas un fichier CSV.', 'Ouvrez-le dans Excel puis « Enregistrer sous » > « CSV UTF-8 (délimité par des virgules) ».'],
  zip: ['Ce fichier est une archive ZIP, pas un fichier CSV.', 'Décompressez l’archive et validez le fichier CSV qu’elle contient.'],
  gzip: ['Ce fichier est compressé (gzip), pas un fichier CSV.', 'Décompressez-le puis validez le fichier CSV obtenu.'],
  pdf: ['Ce fichier est un document PDF, pas un fichier CSV.', 'Publiez les données sous forme de tableau CSV, exporté depuis le tableur d’origine.'],
  image: ['Ce fichier est une image, pas un fichier CSV.', 'Vérifiez le lien ou le fichier choisi.'],
  binary: ['Ce fichier n’est pas du texte (contenu binaire) : ce n’est pas un fichier CSV.', 'Vérifiez le fichier choisi ; exportez le tableau en « CSV UTF-8 ».'],
  html: ['Ce lien renvoie une page web (HTML), pas un fichier CSV.', 'La page n’existe peut-être plus ou demande une connexion : ouvrez le lien dans le navigateur pour vérifier.'],
  json: ['Ce fichier contient du JSON, pas un tableau CSV.', 'Utilisez la version CSV du jeu de données.'],
  'unclosed-quote': ['Un guillemet ouvert sur cette ligne n’est jamais refermé : toute la suite du fichier serait lue comme une seule cellule.', 'Fermez le guillemet ; dans une cellule entre guillemets, un guillemet s’écrit en double ("").'],
  'cell-too-large': ['Une cellule dépasse 32 millions de caractères : un guillemet n’est sans doute jamais refermé.', 'Cherchez le guillemet ouvrant sans guillemet fermant autour de cette ligne.'],
  network: ['Le fichier n’a pas pu être téléchargé.', 'Vérifiez la connexion et le lien, puis réessayez.'],
  'http-status': ['Le serveur a refusé de fournir le fichier.', 'Le lien est peut-être cassé ou le fichier retiré : vérifiez-le dans le navigateur.'],
};

const SCHEMA: Record<string, (e: ValidationError) => [string, string]> = {
  unknown: (e) => [`Le schéma ${q(e.params.ref)} est inconnu.`, 'Vérifiez le nom et la version (la commande « scdl schemas » les liste).'],
  load: (e) => [`Le schéma n’a pas pu être chargé : ${String(e.params.problem)}.`, 'Vérifiez le chemin ou l’adresse du schéma.'],
  'not-detected': () => ['Aucun schéma reconnu : l’en-tête ne correspond à aucun schéma SCDL connu.', 'Choisissez le schéma vous-même (option --schema) ou vérifiez la ligne d’en-tête.'],
  invalid: (e) => [`Le schéma lui-même est invalide en ${String(e.params.path)} : ${String(e.params.problem)}.`, 'Corrigez le schéma (ou signalez-le à son producteur) : aucune donnée ne peut être validée avec.'],
};

function typeText(e: ValidationError): [string, string] {
  const t = String(e.params.fieldType);
  const f = String(e.params.fieldFormat ?? 'default');
  const custom = f.includes('%') ? strptimeInWords(f, 'fr') : null;
  switch (t) {
    case 'date':
      return [custom ? `une date au format ${custom}` : 'une date au format AAAA-MM-JJ', custom ? `Écrivez la date au format ${custom}.` : 'Écrivez la date sous la forme AAAA-MM-JJ, par exemple 2024-03-12.'];
    case 'datetime':
      return ['une date et heure au format AAAA-MM-JJThh:mm:ss', 'Écrivez par exemple 2024-03-12T14:30:00 (fuseau facultatif : Z ou +01:00).'];
    case 'time':
      return ['une heure au format hh:mm:ss', 'Écrivez par exemple 14:30:00.'];
    case 'integer':
      return ['un nombre entier', 'Écrivez un nombre entier sans espace, ni décimale, ni symbole : 1234.'];
    case 'number':
      return ['un nombre', 'Utilisez le point comme séparateur décimal, sans espace ni symbole : 1234.56.'];
    case 'boolean':
      return [`une valeur parmi : ${list(e.params.values ?? ['true', 'false'])}`, `Écrivez exactement l’une des valeurs : ${list(e.params.values ?? ['true', 'false'])}.`];
    case 'year':
      return ['une année sur 4 chiffres', 'Écrivez l’année sur 4 chiffres : 2024.'];
    case 'yearmonth':
      return ['une année et un mois au format AAAA-MM', 'Écrivez par exemple 2024-03.'];
    case 'duration':
      return ['une durée au format ISO 8601', 'Écrivez par exemple P1Y2M3D ou PT2H30M.'];
    case 'geopoint':
      return ['un point géographique', f === 'array' ? 'Écrivez [longitude, latitude], par exemple [2.35, 48.85].' : f === 'object' ? 'Écrivez {"lon": 2.35, "lat": 48.85}.' : 'Écrivez « longitude, latitude », par exemple « 2.35, 48.85 ».'];
    case 'geojson':
      return ['un objet GeoJSON', 'Écrivez un objet GeoJSON valide, par exemple {"type": "Point", "coordinates": [2.35, 48.85]}.'];
    case 'object':
      return ['un objet JSON', 'Écrivez un objet JSON, entre accolades : {"cle": "valeur"}.'];
    case 'array':
      return ['une liste JSON', 'Écrivez une liste JSON entre crochets : ["a", "b"].'];
    case 'list':
      return ['une liste de valeurs', 'Séparez les valeurs par le séparateur prévu par le schéma.'];
    case 'string':
      return [f === 'email' ? 'une adresse électronique' : f === 'uri' ? 'une adresse web (URL)' : f === 'uuid' ? 'un identifiant UUID' : f === 'binary' ? 'du contenu encodé en base64' : 'du texte',
        f === 'email' ? 'Écrivez une adresse complète : nom@exemple.fr.' : f === 'uri' ? 'Écrivez une adresse complète commençant par https://.' : 'Vérifiez le format attendu dans la description du champ.'];
    default:
      return [`une valeur de type ${t}`, 'Vérifiez le format attendu dans la description du champ.'];
  }
}

function constraintText(e: ValidationError): [string, string] {
  const x = e.params.expected;
  switch (e.params.constraint) {
    case 'required':
      return ['Cellule vide alors que ce champ est obligatoire.', 'Renseignez une valeur dans cette cellule.'];
    case 'pattern':
      return [`${v(e)} ne respecte pas le format attendu (motif ${String(x)}).`, 'Vérifiez le format attendu dans la description du champ (nombre de chiffres, lettres, séparateurs).'];
    case 'enum':
      return [`${v(e)} ne fait pas partie des valeurs autorisées.`, `Valeurs possibles : ${list(x)}.`];
    case 'minLength':
      return [`${v(e)} est trop court (${String(x)} caractères au minimum).`, `Complétez la valeur : au moins ${String(x)} caractères.`];
    case 'maxLength':
      return [`Le texte est trop long (${String(x)} caractères au maximum).`, `Raccourcissez le texte à ${String(x)} caractères au plus.`];
    case 'minimum':
      return [`${v(e)} est inférieur au minimum autorisé (${String(x)}).`, `Saisissez une valeur supérieure ou égale à ${String(x)}.`];
    case 'maximum':
      return [`${v(e)} dépasse le maximum autorisé (${String(x)}).`, `Saisissez une valeur inférieure ou égale à ${String(x)}.`];
    case 'exclusiveMinimum':
      return [`${v(e)} doit être strictement supérieur à ${String(x)}.`, `Saisissez une valeur strictement supérieure à ${String(x)}.`];
    case 'exclusiveMaximum':
      return [`${v(e)} doit être strictement inférieur à ${String(x)}.`, `Saisissez une valeur strictement inférieure à ${String(x)}.`];
    case 'jsonSchema':
      return [`${v(e)} ne respecte pas la structure JSON attendue${e.params.problem ? ` : ${String(e.params.problem)}` : ''}.`, 'Vérifiez la structure attendue dans la description du champ.'];
    default:
      return [`${v(e)} ne respecte pas la contrainte ${String(e.params.constraint)}.`, 'Vérifiez la description du champ.'];
  }
}

export const frCore = {
  'source-error': {
    title: 'Fichier illisible',
    message: (e) => SOURCE[String(e.params.reason)]?.[0] ?? `Le fichier n’a pas pu être lu (${String(e.params.reason)}).`,
    hint: (e) => SOURCE[String(e.params.reason)]?.[1] ?? 'Exportez à nouveau le tableau en « CSV UTF-8 ».',
  },
  'encoding-error': {
    title: 'Caractères illisibles',
    message: (e) => e.params.reason === 'nul'
      ? `Le fichier contient ${String(e.params.count)} caractère(s) nul(s) (octet 0) : ce n’est pas du texte normal, l’export est sans doute abîmé.`
      : `${String(e.params.count)} suite(s) d’octets ne sont pas valides en UTF-8 : le fichier mélange deux encodages (les accents s’afficheront mal).`,
    hint: () => 'Ré-enregistrez le fichier en « CSV UTF-8 » depuis le tableur d’origine, puis vérifiez les accents.',
  },
  'schema-error': {
    title: 'Schéma inutilisable',
    message: (e) => (SCHEMA[String(e.params.reason)] ?? SCHEMA.load!)(e)[0],
    hint: (e) => (SCHEMA[String(e.params.reason)] ?? SCHEMA.load!)(e)[1],
  },
  'check-error': {
    title: 'Contrôle du schéma inutilisable',
    message: (e) => e.params.reason === 'unknown'
      ? `Le contrôle ${q(e.params.check)} demandé par le schéma n’existe pas : il n’a pas été appliqué.`
      : `Le contrôle ${q(e.params.check)} est mal paramétré dans le schéma (${String(e.params.problem)}) : il n’a pas été appliqué.`,
    hint: () => 'Signalez-le au producteur du schéma ; le reste de la validation a bien eu lieu.',
  },
  'blank-label': {
    title: 'Nom de colonne vide',
    message: () => 'L’en-tête de cette colonne est vide.',
    hint: () => 'Donnez-lui le nom du champ attendu, ou supprimez la colonne si elle ne contient rien.',
  },
  'duplicate-label': {
    title: 'Colonne en double',
    message: (e) => `La colonne ${v(e)} apparaît deux fois (déjà en colonne ${String(e.params.firstColumn)}).`,
    hint: () => 'Supprimez la colonne en double ou renommez-la selon le schéma.',
  },
  'extra-label': {
    title: 'Colonne inconnue',
    message: (e) => `La colonne ${v(e)} ne fait pas partie du schéma.`,
    hint: () => 'Supprimez-la, ou renommez-la exactement comme le champ du schéma qu’elle représente.',
  },
  'missing-label': {
    title: 'Colonne obligatoire absente',
    message: (e) => `La colonne ${q(e.fieldName)} est absente.`,
    hint: (e) => `Ajoutez une colonne nommée exactement ${q(e.fieldName)} et remplissez-la.`,
  },
  'missing-optional-label': {
    title: 'Colonne facultative absente',
    message: (e) => `La colonne facultative ${q(e.fieldName)} est absente.`,
    hint: (e) => `Ajoutez la colonne ${q(e.fieldName)}, même vide : le schéma prévoit toutes ses colonnes.`,
  },
  'incorrect-label': {
    title: 'En-tête mal orthographié',
    message: (e) => e.params.alias
      ? `L’en-tête ${v(e)} est un ancien nom (brouillons d’avant le SCDL) de la colonne ${q(e.params.expected)} : la colonne est lue comme telle ici, mais Validata et data.gouv.fr ne la reconnaîtront pas.`
      : `L’en-tête ${v(e)} devrait s’écrire ${q(e.params.expected)}.`,
    hint: (e) => `Renommez l’en-tête exactement ${q(e.params.expected)} : majuscules, accents et espaces comptent.`,
  },
  'misordered-label': {
    title: 'Colonnes dans le désordre',
    message: () => 'Les colonnes ne sont pas dans l’ordre du schéma.',
    hint: (e) => `Ordre attendu : ${list(e.params.expected)}.`,
  },
  'blank-header': {
    title: 'En-tête vide',
    message: () => 'La ligne d’en-tête est vide.',
    hint: () => 'La première ligne doit contenir les noms des colonnes.',
  },
  'blank-row': {
    title: 'Ligne vide',
    message: () => 'Cette ligne est vide.',
    hint: () => 'Supprimez les lignes vides (souvent des lignes « ;;;; » laissées en bas du tableau).',
  },
  'extra-cell': {
    title: 'Cellule en trop',
    message: (e) => `Cette ligne a plus de cellules que l’en-tête (valeur ${v(e)} sans colonne).`,
    hint: () => 'Un séparateur est en trop, ou un texte contenant le séparateur n’est pas entre guillemets.',
  },
  'missing-cell': {
    title: 'Cellule manquante',
    message: (e) => `Cette ligne n’a pas de cellule pour la colonne ${q(e.fieldName ?? e.fieldNumber)}.`,
    hint: () => 'Chaque ligne doit avoir autant de cellules que l’en-tête : un séparateur manque.',
  },
  'type-error': {
    title: 'Format incorrect',
    message: (e) => `${v(e)} n’est pas ${typeText(e)[0]}.`,
    hint: (e) => typeText(e)[1],
  },
  'constraint-error': {
    title: 'Valeur non conforme',
    message: (e) => constraintText(e)[0],
    hint: (e) => constraintText(e)[1],
  },
  'unique-error': {
    title: 'Valeur en double',
    message: (e) => `${v(e)} est déjà utilisé ligne ${String(e.params.firstRow)}, alors que chaque valeur de cette colonne doit être unique.`,
    hint: () => 'Corrigez le doublon : chaque ligne doit avoir une valeur différente dans cette colonne.',
  },
  'primary-key': {
    title: 'Identifiant en double',
    message: (e) => `La combinaison ${list(e.params.fieldNames)} de cette ligne existe déjà ligne ${String(e.params.firstRow)}.`,
    hint: () => 'Chaque ligne doit être identifiée de façon unique : corrigez le doublon.',
  },
  'foreign-key': {
    title: 'Référence introuvable',
    message: (e) => `La valeur ${list(e.params.values)} (${list(e.params.fieldNames)}) ne correspond à aucune ligne (${list(e.params.referenceFields)}).`,
    hint: () => 'Corrigez la référence ou ajoutez la ligne référencée.',
  },
  'non-utf8-encoding': {
    title: 'Encodage à convertir',
    message: (e) => `Le fichier est encodé en ${encodingLabel(e.params.encoding)}, pas en UTF-8 comme le demande le SCDL.`,
    hint: () => 'Dans Excel : « Enregistrer sous » > « CSV UTF-8 (délimité par des virgules) ». La correction automatique peut aussi le convertir.',
  },
  'bom-mismatch': {
    title: 'Encodage incohérent',
    message: (e) => `Le fichier annonce l’UTF-8 (marque BOM) mais son contenu est en ${encodingLabel(e.params.encoding)}.`,
    hint: () => 'Ré-enregistrez le fichier en « CSV UTF-8 » depuis le tableur d’origine.',
  },
  'delimiter-not-comma': {
    title: 'Séparateur autre que la virgule',
    message: (e) => `Les colonnes sont séparées par ${q(e.params.delimiter === '\t' ? 'tabulation' : e.params.delimiter)} au lieu de la virgule.`,
    hint: () => 'Le SCDL demande la virgule : la correction automatique peut convertir le fichier sans rien perdre.',
  },
  'title-rows': {
    title: 'Lignes au-dessus de l’en-tête',
    message: (e) => `${String(e.params.count)} ligne(s) au-dessus de l’en-tête (titre, date, ligne vide…) ont été ignorées.`,
    hint: () => 'Le fichier doit commencer directement par la ligne d’en-tête : supprimez les lignes au-dessus.',
  },
  'trailing-empty-columns': {
    title: 'Colonnes vides en fin de ligne',
    message: (e) => `${String(e.params.count)} colonne(s) sans nom et vides en fin de tableau ont été ignorées.`,
    hint: () => 'Supprimez les colonnes vides à droite du tableau avant l’export.',
  },
  'stray-quote': {
    title: 'Guillemet mal placé',
    message: () => 'Du texte suit un guillemet fermant sur cette ligne.',
    hint: () => 'Entourez toute la cellule de guillemets et doublez les guillemets qu’elle contient ("").',
  },
  'no-data': {
    title: 'Aucune donnée',
    message: () => 'Le fichier ne contient que la ligne d’en-tête.',
    hint: () => 'Ajoutez les données sous l’en-tête avant de publier.',
  },
  'schema-warning': {
    title: 'Anomalie du schéma',
    message: (e) => `Le schéma contient une anomalie ignorée en ${String(e.params.path)} : ${String(e.params.problem)}.`,
    hint: () => 'Rien à corriger dans vos données ; l’anomalie peut être signalée au producteur du schéma.',
  },
} satisfies Record<string, MessageEntry>;
