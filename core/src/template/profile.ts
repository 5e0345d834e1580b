import { looseLabel } from '../engine/labels';

/** What a collectivité types once and every template repeats. */
export interface CollectiviteProfile {
  nom?: string;
  siret?: string;
  /** Code officiel géographique (5 caractères, e.g. 86194 or 2A004). */
  insee?: string;
}

/**
 * Columns that hold the publishing collectivité's own identity, across SCDL
 * schemas and versions (compared loosely: COLL_NOM, collectiviteNom,
 * menu_coll_nom…). Beneficiaries, establishments and suppliers are NOT here.
 */
const COLUMNS: Record<keyof CollectiviteProfile, string[]> = {
  nom: ['COLL_NOM', 'nomAttribuant', 'collectiviteNom', 'menuCollNom', 'menu_coll_nom', 'platCollNom', 'PRODUCTEUR_NOM'],
  siret: ['COLL_SIRET', 'idAttribuant', 'collectiviteSiret', 'menuCollSiret', 'menu_coll_siret', 'platCollSiret', 'PRODUCTEUR_SIRET', 'BGT_SIRET'],
  insee: ['COLL_INSEE'],
};

const byLoose = new Map<string, keyof CollectiviteProfile>();
for (const [key, names] of Object.entries(COLUMNS) as [keyof CollectiviteProfile, string[]][]) for (const n of names) byLoose.set(looseLabel(n), key);

/** The profile value a column repeats, if it is one of the collectivité's identity columns. */
export function profileKeyOf(fieldName: string): keyof CollectiviteProfile | undefined {
  return byLoose.get(looseLabel(fieldName));
}
