import type { Field, Schema } from '../../schema/types';
import { fixedDigits } from './pattern';

/**
 * How the diagnostics recognise the columns they care about. Decided once per
 * field when the schema compiles, cached by field so `refine`/`cell` (which only
 * receive the field) find the answer without the schema.
 */

export type IdentifierKind = 'siret' | 'siren' | 'code';

const SIRET_CHECKS = new Set(['french-siret-value', 'siret']);
const SIREN_CHECKS = new Set(['french-siren-value', 'siren']);

const kinds = new WeakMap<Field, IdentifierKind | null>();

function checkedBy(schema: Schema | undefined, field: Field, names: ReadonlySet<string>): boolean {
  return !!schema?.customChecks.some((c) => names.has(c.name) && c.params?.column === field.name);
}

const words = (field: Field): string => `${field.name} ${field.title ?? ''}`;

/**
 * SIRET: a `french-siret-value` check on the column, a 14-digit pattern, `siret`
 * in the name or title, or a description speaking of SIRET on an identifier-named
 * column (`idAttribuant` — "Identifiant ... (SIRET)"). SIREN likewise with 9
 * digits. `code`: any other fixed-length digit code its pattern proves (INSEE,
 * postal code, ...). Only string-like columns: a number column holds amounts.
 */
export function identifierKind(field: Field, schema?: Schema): IdentifierKind | null {
  const known = kinds.get(field);
  if (known !== undefined) return known;
  let kind: IdentifierKind | null = null;
  if (field.type === 'string' || field.type === 'any' || field.type === 'integer') {
    const n = fixedDigits(field);
    const named = words(field);
    const idLike = /^(?:id|num|code|siret|siren|identifiant)/i.test(field.name) || /Id(?:[A-Z]|$)|(?:^|_)ID(?:_|$)/.test(field.name);
    const described = idLike && field.description !== undefined ? field.description : '';
    if (checkedBy(schema, field, SIRET_CHECKS) || n === 14 || /siret/i.test(named) || /\bsiret\b/i.test(described)) kind = 'siret';
    else if (checkedBy(schema, field, SIREN_CHECKS) || n === 9 || /siren/i.test(named) || /\bsiren\b/i.test(described)) kind = 'siren';
    else if (n > 0) kind = 'code';
  }
  kinds.set(field, kind);
  return kind;
}

/** Fields declared as text with no shape of their own: free text the agent typed. */
export function isFreeText(field: Field): boolean {
  const c = field.constraints;
  return field.type === 'string' && (field.format === 'default' || field.format === '') && c.pattern === undefined && c.enum === undefined;
}

// Who received or was named: beneficiaries, holders, winners, applicants, and "nom"/"name" columns.
const PARTY = /b[ée]n[ée]ficiaire|beneficiar|attributaire|titulaire|destinataire|demandeur|laur[ée]at|recipient|raison.?sociale|d[ée]nomination/i;
// `nomBeneficiaire`, `nom`, `NOM_TITULAIRE`, `raisonSocialeNom`; not `nomenclature` nor `economie`.
const NAME_IN_NAME = /^(?:nom|name)(?![a-z])|(?:Nom|Name)(?![a-z])|(?:^|_)(?:NOM|NAME|nom|name)(?:_|$)/;
const NAME_IN_TITLE = /(?:^|[\s'’(])(?:nom|name)(?=$|[\s,.:)])/i;
// Columns meant to hold a contact: personal data there is expected, not a leak.
const CONTACT = /mail|courriel|t[ée]l[ée]phone|(?:^|[^a-z])t[ée]l(?:[^a-z]|$)|phone|portable|mobile|fax|contact|adresse|address|url|site|web|lien|link/i;
const IDENTIFIER = /^(?:id|code|num|siret|siren|rna)/i;

/**
 * Columns meant to hold no personal data, where a person's e-mail or mobile number
 * is a leak: free-text columns naming a party (beneficiary, holder, winner,
 * applicant, or a plain "nom"/"name" column), unless the column is meant for
 * contacts or is an identifier. Subventions to natural persons must not be
 * published (their beneficiaries are organisations), so a personal address in
 * `nomBeneficiaire` is a slip. Kept narrow on purpose: the check runs on every
 * cell of these columns, and a warning on every address column would be noise.
 */
export function isAnonymousColumn(field: Field): boolean {
  if (!isFreeText(field)) return false;
  const named = words(field);
  const party = PARTY.test(named) || NAME_IN_NAME.test(field.name) || NAME_IN_TITLE.test(field.title ?? '');
  return party && !CONTACT.test(named) && !IDENTIFIER.test(field.name);
}
