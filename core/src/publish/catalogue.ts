/**
 * The row of the collectivité's SCDL catalogue (`scdl/catalogue`) describing a published dataset,
 * keyed by the schema's field names. Values are strings, as in the CSV.
 */

import type { UdataDataset } from './types';

export const CATALOGUE_SCHEMA = { name: 'scdl/catalogue', version: '0.1.3' } as const;

export const CATALOGUE_FIELDS = [
  'COLL_NOM', 'COLL_SIRET', 'ID', 'TITRE', 'DESCRIPTION', 'THEME', 'PRODUCTEUR_NOM', 'PRODUCTEUR_SIRET',
  'COUV_SPAT_MAILLE', 'COUV_SPAT_NOM', 'COUV_TEMP_DEBUT', 'COUV_TEMP_FIN', 'DATE_PUBL', 'FREQ_MAJ', 'DATE_MAJ',
  'MOTS_CLES', 'LICENCE', 'NOMBRE_RESSOURCES', 'FORMAT_RESSOURCES', 'URL',
] as const;

export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];
export type CatalogueRow = Record<CatalogueField, string>;

export type SpatialLevel = 'Infracommunale' | 'Communale' | 'Intercommunale' | 'Cantonale' | 'Départementale' | 'Régionale' | 'Autre';

export type UpdateFrequency =
  | 'Inconnue' | 'Ponctuelle' | 'Irrégulière' | 'Continuelle' | 'Toutes les heures'
  | 'Quotidienne ou plusieurs fois par jour' | 'Hebdomadaire ou plusieurs fois par semaine'
  | 'Mensuelle ou plusieurs fois par mois' | 'Bimestrielle' | 'Trimestrielle' | 'Semestrielle' | 'Annuelle'
  | 'Biennale' | 'Triennale' | 'Quinquennale';

export type CatalogueLicence = 'Licence Ouverte-LO' | 'Open Database License-ODBL' | 'Creative Commons-CC' | 'Spécifique ou autre';

export interface CatalogueContext {
  /** Date of this update, `AAAA-MM-JJ` (the host's clock: core has none). */
  today: string;
  /** Defaults to the dataset's organisation name. */
  collectiviteName?: string;
  /** Defaults to the organisation's SIRET on data.gouv.fr (`business_number_id`). */
  collectiviteSiret?: string;
  /** Default: the collectivité. */
  producerName?: string;
  producerSiret?: string;
  theme?: string;
  /** Default: from the dataset's spatial granularity. */
  spatialLevel?: SpatialLevel;
  /** Default: the collectivité's name. */
  spatialName?: string;
  /** `AAAA-MM-JJ`; default: the dataset's temporal coverage. */
  coverageStart?: string;
  coverageEnd?: string;
  /** Default: the dataset's tags. `scdl` and the schema's short name are always added. */
  keywords?: string[];
  frequency?: UpdateFrequency;
  licence?: CatalogueLicence;
}

const GRANULARITY: Record<string, SpatialLevel> = {
  'fr:iris': 'Infracommunale',
  poi: 'Infracommunale',
  'fr:commune': 'Communale',
  'fr:epci': 'Intercommunale',
  'fr:canton': 'Cantonale',
  'fr:departement': 'Départementale',
  'fr:region': 'Régionale',
};

const FREQUENCY: Record<string, UpdateFrequency> = {
  unknown: 'Inconnue',
  punctual: 'Ponctuelle',
  irregular: 'Irrégulière',
  continuous: 'Continuelle',
  hourly: 'Toutes les heures',
  fourTimesADay: 'Quotidienne ou plusieurs fois par jour',
  threeTimesADay: 'Quotidienne ou plusieurs fois par jour',
  semidaily: 'Quotidienne ou plusieurs fois par jour',
  daily: 'Quotidienne ou plusieurs fois par jour',
  fourTimesAWeek: 'Hebdomadaire ou plusieurs fois par semaine',
  threeTimesAWeek: 'Hebdomadaire ou plusieurs fois par semaine',
  semiweekly: 'Hebdomadaire ou plusieurs fois par semaine',
  weekly: 'Hebdomadaire ou plusieurs fois par semaine',
  biweekly: 'Mensuelle ou plusieurs fois par mois',
  threeTimesAMonth: 'Mensuelle ou plusieurs fois par mois',
  semimonthly: 'Mensuelle ou plusieurs fois par mois',
  monthly: 'Mensuelle ou plusieurs fois par mois',
  bimonthly: 'Bimestrielle',
  quarterly: 'Trimestrielle',
  threeTimesAYear: 'Trimestrielle',
  semiannual: 'Semestrielle',
  annual: 'Annuelle',
  biennial: 'Biennale',
  triennial: 'Triennale',
  quinquennial: 'Quinquennale',
};

const LICENCE: Record<string, CatalogueLicence> = {
  lov2: 'Licence Ouverte-LO',
  'fr-lo': 'Licence Ouverte-LO',
  'odc-odbl': 'Open Database License-ODBL',
  'cc-by': 'Creative Commons-CC',
  'cc-by-sa': 'Creative Commons-CC',
  'cc-zero': 'Creative Commons-CC',
};

const ADMINISTRATION = 'Administration, Gouvernement, Finances publiques, Citoyenneté';
const THEME_BY_SCHEMA: Record<string, string> = {
  'scdl/subventions': ADMINISTRATION,
  'scdl/budget': ADMINISTRATION,
  'scdl/deliberations': ADMINISTRATION,
  'scdl/marches-publics': ADMINISTRATION,
  'scdl/catalogue': ADMINISTRATION,
  'scdl/equipements': 'Aménagement du territoire, Urbanisme, Bâtiments, Équipements, Logement',
  'scdl/plats-menus-collectifs': 'Santé, Social',
  'etalab/schema-irve-statique': 'Transports, Mobilités',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null | undefined): string {
  const candidate = (value ?? '').slice(0, 10);
  return DATE.test(candidate) ? candidate : '';
}

/** Lowercase, unaccented, as the schema asks for keywords and formats. */
function plain(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/;/g, ' ').trim();
}

function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export interface CatalogueRowResult {
  row: CatalogueRow;
  /** Required fields left empty for lack of information: ask the user for them. */
  missing: CatalogueField[];
}

export function buildCatalogueRow(dataset: UdataDataset, context: CatalogueContext): CatalogueRowResult {
  const org = dataset.organization;
  const collName = oneLine(context.collectiviteName ?? org?.name);
  const collSiret = (context.collectiviteSiret ?? org?.business_number_id ?? '').replace(/\s/g, '');
  const schemas = [...new Set(dataset.resources.map((r) => r.schema?.name).filter((n): n is string => Boolean(n)))];
  const keywords = [
    ...(context.keywords ?? dataset.tags ?? []),
    'scdl',
    ...schemas.map((name) => name.split('/').pop() ?? name),
  ].map(plain).filter(Boolean);
  const formats = dataset.resources.map((r) => plain(r.format ?? '')).filter(Boolean);
  const theme = context.theme ?? schemas.map((name) => THEME_BY_SCHEMA[name]).find(Boolean) ?? ADMINISTRATION;

  const row: CatalogueRow = {
    COLL_NOM: collName,
    COLL_SIRET: collSiret,
    ID: dataset.id,
    TITRE: oneLine(dataset.title),
    DESCRIPTION: oneLine(dataset.description) || oneLine(dataset.title),
    THEME: oneLine(theme).slice(0, 140),
    PRODUCTEUR_NOM: oneLine(context.producerName ?? collName),
    PRODUCTEUR_SIRET: (context.producerSiret ?? collSiret).replace(/\s/g, ''),
    COUV_SPAT_MAILLE: context.spatialLevel ?? GRANULARITY[dataset.spatial?.granularity ?? ''] ?? 'Autre',
    COUV_SPAT_NOM: oneLine(context.spatialName ?? collName),
    COUV_TEMP_DEBUT: day(context.coverageStart ?? dataset.temporal_coverage?.start),
    COUV_TEMP_FIN: day(context.coverageEnd ?? dataset.temporal_coverage?.end),
    DATE_PUBL: day(dataset.created_at) || day(context.today),
    FREQ_MAJ: context.frequency ?? FREQUENCY[dataset.frequency ?? ''] ?? 'Inconnue',
    DATE_MAJ: day(context.today) || day(dataset.last_modified),
    MOTS_CLES: [...new Set(keywords)].join(';'),
    LICENCE: context.licence ?? LICENCE[dataset.license ?? ''] ?? 'Spécifique ou autre',
    NOMBRE_RESSOURCES: String(dataset.resources.length),
    FORMAT_RESSOURCES: [...new Set(formats)].join(';'),
    URL: dataset.page ?? '',
  };
  const missing = CATALOGUE_FIELDS.filter((field) => row[field] === ''
    || (field.endsWith('_SIRET') && !/^\d{14}$/.test(row[field]))
    || (field === 'NOMBRE_RESSOURCES' && row[field] === '0'));
  return { row, missing };
}
