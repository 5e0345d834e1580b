import type { ValidationError } from '../../errors/types';
import type { MessageEntry } from '../types';

const q = (s: unknown): string => `« ${String(s ?? '')} »`;
const v = (e: ValidationError): string => q(e.value ?? '');
const n = (count: number): string => count.toLocaleString('fr-FR').replace(/\u202f/g, ' ');
const s = (count: number, one: string, many: string): string => `${n(count)} ${count > 1 ? many : one}`;
const ANNUAIRE = 'annuaire-entreprises.data.gouv.fr';
const AS_TEXT = 'Pour que cela ne se reproduise pas, mettez la colonne au format « Texte » dans le tableur avant d’exporter.';

function what(e: ValidationError): string {
  const id = e.params.identifier;
  return id === 'siret' ? 'numéro SIRET' : id === 'siren' ? 'numéro SIREN' : 'code';
}

// The fixed value itself is shown next to the message by hosts (`fix.to`): the hint only says a fix exists.
const fixed = (e: ValidationError): string => (e.fix ? 'La correction automatique s’en charge.' : '');

const SPACES: Record<string, string> = {
  space: 'un espace',
  nbsp: 'un espace insécable',
  newline: 'un retour à la ligne',
  tab: 'une tabulation',
  invisible: 'un caractère invisible',
};

const THOUSANDS: Record<string, string> = {
  space: 'des espaces entre les milliers',
  nbsp: 'des espaces insécables entre les milliers',
  point: 'des points entre les milliers',
  comma: 'des virgules entre les milliers',
};

function dateMessage(e: ValidationError): string {
  const shape = String(e.params.shape ?? '');
  if (e.params.invalid === 'short-year') return `${v(e)} : l’année n’a que 2 chiffres, le siècle ne peut pas être deviné (attendu AAAA-MM-JJ).`;
  if (e.params.invalid === 'no-such-date') return `${v(e)} n’est pas une date qui existe (jour ou mois impossible).`;
  const c = e.params.candidates;
  if (Array.isArray(c)) {
    return `${v(e)} est une date au format ${shape} au lieu de AAAA-MM-JJ, et rien dans la cellule ne dit si c’est le ${c[0]} (jour/mois) ou le ${c[1]} (mois/jour).`;
  }
  if (e.params.separator !== undefined) {
    const dates = shape ? ` et écrit ses dates au format ${shape}` : '';
    return `${v(e)} : la période sépare ses deux dates par ${q(String(e.params.separator).trim() || 'espace')} au lieu de « / »${dates}.`;
  }
  return `${v(e)} est une date au format ${shape} au lieu de AAAA-MM-JJ.`;
}

/** Messages of the SCDL diagnostics (keys = codes in checks/diagnostics.ts). */
export const frDiagnostics = {
  'identifier-scientific-notation': {
    title: 'Numéro abîmé par le tableur',
    message: (e) => `${v(e)} n’est plus un ${what(e)} complet : le tableur l’a écrit en notation scientifique et n’a gardé que ses premiers chiffres.`,
    hint: (e) =>
      `Les chiffres perdus ne peuvent pas être devinés, la correction automatique n’y touche pas. Dans le fichier d’origine (tableur ou logiciel de gestion), mettez la colonne au format « Texte », recopiez les numéros complets${e.params.identifier === 'code' ? '' : ` (${ANNUAIRE} les donne)`}, puis exportez à nouveau en CSV.`,
    summary: (c) => `${s(c, 'numéro écrit', 'numéros écrits')} en notation scientifique (chiffres perdus)`,
  },
  'identifier-float': {
    title: 'Numéro enregistré comme un nombre décimal',
    message: (e) =>
      `${v(e)} : le ${what(e)} a été enregistré comme un nombre décimal (« .0 » en trop)${e.params.leadingZero ? ' et a perdu son zéro initial' : ''}.` +
      (e.params.zeroFilled ? ' De plus, ses derniers chiffres ont été remplacés par des zéros : ce numéro n’existe pas.' : ''),
    hint: (e) =>
      [fixed(e), e.params.zeroFilled ? `Il faudra ensuite retrouver le vrai numéro dans le fichier d’origine ou sur ${ANNUAIRE} : ses derniers chiffres sont perdus.` : '', AS_TEXT].filter(Boolean).join(' '),
    summary: (c) => `${s(c, 'numéro', 'numéros')} avec « .0 » en trop`,
  },
  'siret-zero-filled': {
    title: 'Numéro SIRET tronqué',
    message: (e) => `Le ${what(e)} ${v(e)} se termine par des zéros qui ont remplacé ses vrais derniers chiffres : ce numéro n’existe pas.`,
    hint: () =>
      `Le numéro a été arrondi par un tableur ou un logiciel d’export : ses derniers chiffres sont perdus, la correction automatique ne peut pas les retrouver. Reprenez le numéro complet dans le fichier d’origine ou sur ${ANNUAIRE}. ${AS_TEXT}`,
    summary: (c) => `${s(c, 'numéro SIRET dont la fin a été remplacée', 'numéros SIRET dont la fin a été remplacée')} par des zéros`,
  },
  'siren-instead-of-siret': {
    title: 'SIREN au lieu du SIRET',
    message: (e) => `${v(e)} est un numéro SIREN (9 chiffres : l’organisme) alors que la colonne attend un SIRET (14 chiffres : l’un de ses établissements).`,
    hint: () => `Ajoutez à la suite les 5 chiffres du numéro d’établissement (NIC) : le SIRET du siège ou de l’établissement concerné se trouve sur ${ANNUAIRE}.`,
    summary: (c) => `${s(c, 'SIREN à compléter', 'SIREN à compléter')} en SIRET`,
  },
  'leading-zero-lost': {
    title: 'Zéro initial perdu',
    message: (e) => `${v(e)} a perdu son zéro initial : ce ${what(e)} compte ${String(e.params.digits)} chiffres${e.fix ? ` et s’écrit ${q(e.fix.to)}` : ''}.`,
    hint: (e) => [fixed(e), AS_TEXT].filter(Boolean).join(' '),
    summary: (c) => `${s(c, 'code', 'codes')} sans leur zéro initial`,
  },
  'non-iso-date': {
    title: 'Date au mauvais format',
    message: dateMessage,
    hint: (e) => {
      if (e.fix) return `${fixed(e)} Le SCDL écrit les dates AAAA-MM-JJ, par exemple 2024-03-12.`;
      if (Array.isArray(e.params.candidates)) {
        return 'Si toute la colonne est au format français (JJ/MM/AAAA), la correction automatique peut convertir ses dates : elle le fait seule quand d’autres dates de la colonne prouvent l’ordre, sinon elle vous demande de le confirmer.';
      }
      return 'Écrivez la date sous la forme AAAA-MM-JJ, par exemple 2024-03-12.';
    },
    summary: (c) => `${s(c, 'date à écrire', 'dates à écrire')} AAAA-MM-JJ`,
  },
  'french-number-format': {
    title: 'Nombre au format français',
    message: (e) => {
      const c = e.params.candidates;
      if (Array.isArray(c)) return `${v(e)} : la virgule peut séparer les décimales (${c[0]}) ou les milliers (${c[1]}).`;
      const parts: string[] = [];
      if (e.params.decimalComma) parts.push('une virgule avant les décimales');
      const t = THOUSANDS[String(e.params.thousands)];
      if (t) parts.push(t);
      if (parts.length === 0) parts.push('une partie décimale');
      return `${v(e)} est écrit avec ${parts.join(' et ')} : le SCDL attend un point avant les décimales et aucun séparateur de milliers.`;
    },
    hint: (e) => {
      if (e.fix) return `${fixed(e)} La valeur ne change pas, seule l’écriture change.`;
      if (Array.isArray(e.params.candidates)) return 'La correction automatique tranche d’après les autres nombres de la colonne, ou vous demande.';
      return 'Écrivez le nombre sans espace, avec un point avant les décimales : 40000.50.';
    },
    summary: (c) => `${s(c, 'nombre', 'nombres')} au format français (virgule, espaces)`,
  },
  'boolean-spelling': {
    title: 'Oui/non mal écrit',
    message: (e) => `${v(e)} : le schéma attend exactement ${Array.isArray(e.params.expected) ? e.params.expected.map(q).join(' ou ') : q(e.params.expected)}, en minuscules.`,
    hint: (e) => fixed(e) || 'Écrivez exactement l’une des valeurs attendues.',
    summary: (c) => `${s(c, 'valeur', 'valeurs')} oui/non à réécrire`,
  },
  'enum-near-match': {
    title: 'Valeur de liste mal écrite',
    message: (e) => `${v(e)} s’écrit ${q(e.params.allowed)} dans la liste des valeurs autorisées (majuscules, accents ou espaces diffèrent).`,
    hint: (e) => fixed(e) || 'Écrivez la valeur exactement comme dans la liste du schéma.',
    summary: (c) => `${s(c, 'valeur de liste', 'valeurs de liste')} à écrire exactement comme le schéma`,
  },
  'surrounding-spaces': {
    title: 'Espaces en trop',
    message: (e) => {
      const kinds = Array.isArray(e.params.spaces) ? e.params.spaces.map((k) => SPACES[String(k)] ?? String(k)) : [SPACES.space!];
      return `${v(e)} commence ou finit par ${kinds.join(' ou ')}.`;
    },
    hint: (e) =>
      `${e.fix ? 'La correction automatique les retire. ' : ''}Dans le tableur, la fonction SUPPRESPACE (Excel) ou « Données > Nettoyer les données > Supprimer les espaces » (Sheets) le fait aussi ; les espaces insécables viennent souvent d’un copier-coller.`,
    summary: (c) => `${s(c, 'cellule', 'cellules')} avec des espaces au début ou à la fin`,
  },
  'formula-like-cell': {
    title: 'Cellule prise pour une formule',
    message: (e) => `${v(e)} commence par ${q(e.params.first)} : un tableur qui ouvre le fichier la lira comme une formule (au mieux une erreur #NOM?, au pire une commande exécutée).`,
    hint: () =>
      'Vérifiez que ce texte est voulu. S’il s’agit d’un tiret de liste, retirez-le ; sinon faites commencer le texte autrement. La correction automatique n’y touche pas.',
    summary: (c) => `${s(c, 'cellule qui ressemble', 'cellules qui ressemblent')} à une formule`,
  },
  'personal-data': {
    title: 'Donnée personnelle probable',
    message: (e) =>
      e.params.kind === 'mobile'
        ? 'Cette cellule semble contenir le numéro de téléphone portable d’une personne, dans une colonne qui ne doit pas en contenir.'
        : 'Cette cellule semble contenir l’adresse électronique d’une personne, dans une colonne qui ne doit pas en contenir.',
    hint: () =>
      'Ne publiez pas de données personnelles (RGPD) : retirez l’adresse ou le numéro, ou remplacez-les par le contact générique de l’organisme. Vérifiez aussi qu’il ne s’agit pas d’un particulier, dont le nom ne doit pas être publié.',
    summary: (c) => `${s(c, 'donnée personnelle probable', 'données personnelles probables')}`,
  },
} satisfies Record<string, MessageEntry>;
