import type { ValidationError } from '../../errors/types';
import type { MessageEntry } from '../types';
import { ACTES_HEADINGS } from '../../checks/nomenclature-actes-value';

const q = (s: unknown): string => `« ${String(s ?? '')} »`;
const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => q(x)).join(', ') : q(v));
const v = (e: ValidationError): string => q(e.value ?? '');
const num = (n: unknown): string => (typeof n === 'number' ? String(Number(n.toPrecision(12))) : String(n));

const ANNUAIRE = 'annuaire-entreprises.data.gouv.fr';
// What a spreadsheet does to a long number typed in a cell formatted as « Standard ».
const SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+?\d+$/i;
const DECIMAL_TAIL = /[.,]0+$/;

function identifierMessage(e: ValidationError, name: 'SIRET' | 'SIREN', size: number): string {
  const value = String(e.value ?? '');
  switch (e.params.problem) {
    case 'format':
      return SCIENTIFIC.test(value.trim())
        ? `${v(e)} n’est pas un numéro ${name} : le tableur l’a converti en notation scientifique et des chiffres ont été perdus.`
        : `${v(e)} n’est pas un numéro ${name} : il ne doit contenir que des chiffres.`;
    case 'length':
      return DECIMAL_TAIL.test(value.trim())
        ? `${v(e)} n’est pas un numéro ${name} : il a été enregistré comme un nombre décimal (« ,0 » ou « .0 » en trop).`
        : `Le numéro ${name} ${v(e)} compte ${num(e.params.digits)} chiffres au lieu de ${size}.`;
    default:
      return e.params.laPoste
        ? `Le numéro ${name} ${v(e)} n’existe pas : pour un établissement de La Poste, la somme de ses chiffres doit être un multiple de 5.`
        : `Le numéro ${name} ${v(e)} n’existe pas : sa clé de contrôle est fausse (faute de frappe ou chiffre inversé).`;
  }
}

function identifierHint(e: ValidationError, name: 'SIRET' | 'SIREN', size: number): string {
  const value = String(e.value ?? '');
  if (e.params.problem === 'format' && SCIENTIFIC.test(value.trim())) {
    return `Retapez le numéro complet après avoir mis la colonne au format « Texte » dans le tableur ; retrouvez-le sur ${ANNUAIRE}.`;
  }
  if (e.params.problem === 'length' && DECIMAL_TAIL.test(value.trim())) return `Supprimez la partie décimale et mettez la colonne au format « Texte ».`;
  if (e.params.problem === 'length' && e.params.digits === size - 1) {
    return `Un zéro initial a sans doute été supprimé par le tableur : ajoutez-le en tête et mettez la colonne au format « Texte ».`;
  }
  if (e.params.problem === 'checksum') return `Retrouvez le bon numéro sur ${ANNUAIRE} : un chiffre a sans doute été mal recopié.`;
  const what = name === 'SIRET' ? '14 chiffres : les 9 du SIREN puis les 5 du numéro d’établissement' : '9 chiffres';
  return `Un numéro ${name} compte ${what}, sans lettre. Vérifiez-le sur ${ANNUAIRE} et corrigez-le.`;
}

const OPERATORS: Record<string, [string, string]> = {
  '>': ['supérieure à', 'postérieure à'],
  '>=': ['supérieure ou égale à', 'identique ou postérieure à'],
  '==': ['égale à', 'identique à'],
  '<=': ['inférieure ou égale à', 'identique ou antérieure à'],
  '<': ['inférieure à', 'antérieure à'],
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function operatorText(e: ValidationError): string {
  const words = OPERATORS[String(e.params.op)] ?? [String(e.params.op), String(e.params.op)];
  const dates = ISO_DATE.test(String(e.value ?? '')) && ISO_DATE.test(String(e.params.value2 ?? ''));
  return dates ? words[1] : words[0];
}

const OSM_HELP =
  'Jours en abréviations anglaises (Mo, Tu, We, Th, Fr, Sa, Su), heures sur le modèle 08:30-12:00, virgule entre deux plages, point-virgule entre deux règles : par exemple « Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00 ». Aide : https://wiki.openstreetmap.org/wiki/FR:Key:opening_hours';

/** Messages of the Validata custom checks (keys = codes in checks/custom.ts). */
export const frChecks = {
  'french-siret-value': {
    title: 'Numéro SIRET invalide',
    message: (e) => identifierMessage(e, 'SIRET', 14),
    hint: (e) => identifierHint(e, 'SIRET', 14),
  },
  'french-siren-value': {
    title: 'Numéro SIREN invalide',
    message: (e) => identifierMessage(e, 'SIREN', 9),
    hint: (e) => identifierHint(e, 'SIREN', 9),
  },
  'french-gps-coordinates': {
    title: 'Coordonnées GPS hors de France',
    message: (e) => e.params.swapped
      ? `Les coordonnées ${v(e)} semblent inversées : dans cet ordre le point tombe hors de France, dans l’ordre inverse il tombe en France.`
      : `Les coordonnées ${v(e)} (longitude ${num(e.params.lon)}, latitude ${num(e.params.lat)}) ne tombent ni en métropole ni dans un département d’outre-mer.`,
    hint: (e) => e.params.swapped
      ? `Échangez les deux nombres : la longitude (${num(e.params.lat)}) d’abord, puis la latitude (${num(e.params.lon)}).`
      : 'Vérifiez le point sur une carte. Il faut des degrés décimaux GPS (WGS 84), longitude puis latitude, avec un point décimal ; des coordonnées en mètres (Lambert 93) ne conviennent pas.',
  },
  'phone-number-value': {
    title: 'Numéro de téléphone invalide',
    message: (e) => e.params.problem === 'unreadable'
      ? `${v(e)} ne se lit pas comme un numéro de téléphone.`
      : `Le numéro ${v(e)} n’existe pas dans le plan de numérotation.`,
    hint: (e) => e.params.suggestion
      ? `Pour un numéro d’outre-mer, écrivez-le au format international : ${q(e.params.suggestion)}.`
      : 'Un seul numéro par cellule : 10 chiffres (01 99 00 27 37) ou format international avec l’indicatif du pays (+33 1 99 00 27 37). Les numéros courts (115, 3949) sont acceptés.',
  },
  'opening-hours-value': {
    title: 'Horaires d’ouverture mal écrits',
    message: (e) => {
      const where = e.params.near ? ` (problème vers ${q(e.params.near)})` : '';
      return e.params.problem === 'repaired'
        ? `Les horaires ${v(e)} ne respectent pas strictement le format OpenStreetMap${where}.`
        : `Les horaires ${v(e)} ne respectent pas le format OpenStreetMap${where}.`;
    },
    hint: () => OSM_HELP,
  },
  'year-interval-value': {
    title: 'Année ou période invalide',
    message: (e) => {
      switch (e.params.problem) {
        case 'same-years':
          return `La période ${v(e)} commence et finit la même année.`;
        case 'reversed':
          return `Dans la période ${v(e)}, la seconde année est antérieure à la première.`;
        default:
          return e.params.allowYearOnly
            ? `${v(e)} n’est ni une année (AAAA) ni une période (AAAA/AAAA).`
            : `${v(e)} n’est pas une période au format AAAA/AAAA.`;
      }
    },
    hint: (e) => {
      switch (e.params.problem) {
        case 'same-years':
          return e.params.allowYearOnly
            ? `Écrivez simplement l’année : ${num(e.params.year1)}.`
            : `La seconde année doit suivre la première, par exemple ${num(e.params.year1)}/${num(Number(e.params.year1) + 1)}.`;
        case 'reversed':
          return `Remettez les années dans l’ordre : ${num(e.params.year2)}/${num(e.params.year1)}.`;
        default:
          return e.params.allowYearOnly
            ? 'Écrivez une année sur 4 chiffres (2024) ou une période avec une barre oblique, sans espace (2023/2024).'
            : 'Écrivez deux années sur 4 chiffres séparées par une barre oblique, sans espace : 2023/2024.';
      }
    },
  },
  'sum-columns-value': {
    title: 'Total incohérent',
    message: (e) => `${v(e)} n’est pas la somme des colonnes ${list(e.params.columns)}, qui vaut ${num(e.params.sum)}.`,
    hint: (e) => `Corrigez le total ou l’une des valeurs : ${q(e.fieldName)} doit être égal à ${Array.isArray(e.params.columns) ? e.params.columns.join(' + ') : ''}.`,
  },
  'compare-columns-value': {
    title: 'Valeurs incohérentes entre deux colonnes',
    message: (e) => e.params.problem === 'not-comparable'
      ? `${v(e)} ne peut pas être comparée à la valeur de la colonne ${q(e.params.column2)} (${q(e.params.value2)}) : elles ne sont pas de même nature.`
      : `${v(e)} devrait être ${operatorText(e)} la valeur de la colonne ${q(e.params.column2)} (${q(e.params.value2)}).`,
    hint: (e) => e.params.problem === 'not-comparable'
      ? `Vérifiez que ${q(e.fieldName)} et ${q(e.params.column2)} contiennent des valeurs du même genre (deux nombres, deux dates), écrites de la même façon.`
      : `Vérifiez les deux cellules de la ligne : ${q(e.fieldName)} doit être ${operatorText(e)} ${q(e.params.column2)}. L’une des deux valeurs est sans doute erronée.`,
  },
  'cohesive-columns-value': {
    title: 'Colonnes à remplir ensemble',
    message: (e) => e.params.problem === 'missing-columns'
      ? `Les colonnes ${list(e.params.columns)} vont ensemble, mais ${list(e.params.missing)} manque dans le fichier.`
      : `Les colonnes ${list(e.params.columns)} doivent être toutes remplies ou toutes vides. Ici, remplies : ${list(e.params.filled)} ; vides ou illisibles : ${list(e.params.empty)}.`,
    hint: (e) => e.params.problem === 'missing-columns'
      ? `Ajoutez ${list(e.params.missing)} au fichier, ou retirez tout le groupe de colonnes si l’information n’existe pas.`
      : `Complétez ${list(e.params.empty)}, ou videz ${list(e.params.filled)} si l’information n’existe pas.`,
  },
  'nomenclature-actes-value': {
    title: 'Matière de l’acte mal écrite',
    message: (e) => {
      switch (e.params.problem) {
        case 'missing-slash':
          return `${v(e)} ne suit pas la nomenclature ACTES : la barre oblique « / » entre la matière et la sous-matière manque.`;
        case 'space-around-slash':
          return `${v(e)} : la barre oblique « / » ne doit être ni précédée ni suivie d’une espace.`;
        default:
          return `La matière ${q(String(e.params.heading ?? '').trim())} ne fait pas partie de la nomenclature ACTES.`;
      }
    },
    hint: (e) => e.params.problem === 'space-around-slash'
      ? `Écrivez ${q(String(e.value ?? '').replace(/\s*\/\s*/, '/'))}.`
      : `Commencez par l’une des matières ACTES, puis « / » et la sous-matière, par exemple « Finances locales/Subventions ». Matières : ${list(ACTES_HEADINGS)}.`,
  },
  'one-of-required': {
    title: 'Une des deux colonnes doit être remplie',
    message: (e) => e.params.problem === 'both-missing'
      ? `Les colonnes ${q(e.params.column1)} et ${q(e.params.column2)} sont toutes deux absentes du fichier ; il faut au moins l’une des deux.`
      : `Les colonnes ${q(e.params.column1)} et ${q(e.params.column2)} sont toutes deux vides : au moins l’une doit être remplie.`,
    hint: (e) => e.params.problem === 'both-missing'
      ? `Ajoutez la colonne ${q(e.params.column1)} ou ${q(e.params.column2)} et remplissez-la sur chaque ligne.`
      : `Renseignez ${q(e.params.column1)} ou ${q(e.params.column2)} (ou les deux) sur cette ligne.`,
  },
} satisfies Record<string, MessageEntry>;
