/**
 * What detection knows about a schema: the catalogue entry the schemas package
 * generates. It lives in the core so the core never imports the schemas package
 * for types, and so hosts can detect with the catalogue alone (no schema loaded).
 */

export type SchemaStatus = 'active' | 'withdrawn';

/**
 * The value rules of one field, kept only where versions with the same header
 * disagree (a pattern tightened, a minimum raised): values are then the only way
 * to tell those versions apart.
 */
export interface FieldHint {
  name: string;
  type?: string;
  format?: string;
  required?: boolean;
  pattern?: string;
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  trueValues?: readonly string[];
  falseValues?: readonly string[];
}

export interface CatalogEntry {
  /** `owner/name` as on schema.data.gouv.fr, e.g. `scdl/subventions`. */
  name: string;
  /** The catalogue's version name (the `version` inside files is unreliable). */
  version: string;
  title: string;
  /** Latest version of its schema in the catalogue this entry belongs to. */
  latest: boolean;
  labels: readonly string[];
  /** In the `scdl/` namespace or labelled "Socle Commun des Données Locales". */
  scdl: boolean;
  status: SchemaStatus;
  /** File path relative to the bundled data folder: `<owner>/<name>/<version>/<file>`. */
  path: string;
  /** Where schema.data.gouv.fr publishes the file (absent for withdrawn schemas). */
  url?: string;
  fieldCount: number;
  /** Column names in schema order. */
  fieldNames: readonly string[];
  /** Other header names seen in real files for a field (pre-SCDL names), by field name. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  hints?: readonly FieldHint[];
}

/** How a header cell was matched to a schema field. */
export type MatchKind = 'exact' | 'normalized' | 'alias' | 'fuzzy';

export interface ColumnMatch {
  /** 0-based position of the column in the header. */
  index: number;
  header: string;
  field: string;
  kind: MatchKind;
}

export interface DetectionCandidate {
  name: string;
  version: string;
  title: string;
  status: SchemaStatus;
  /** 0..1: how well the header fits this schema version. */
  confidence: number;
}

export interface DetectionMatch extends DetectionCandidate {
  /**
   * Other versions of the same schema that fit the header exactly as well: the
   * match is the latest of them unless sample values told them apart. Empty when
   * the header itself tells the version.
   */
  tiedVersions: string[];
  /** Header columns matched to fields of the matched version. */
  columns: ColumnMatch[];
}

/**
 * Why there is no match: `no-header` (nothing to compare), `no-match` (best fit
 * under the threshold: "aucun schéma reconnu"), `ambiguous` (two schemas fit
 * almost equally well: we do not guess).
 */
export type NoMatchReason = 'no-header' | 'no-match' | 'ambiguous';

export interface DetectionResult {
  match: DetectionMatch | null;
  /** Best candidate of another schema than the match (or than the best fit when no match). */
  runnerUp: DetectionCandidate | null;
  /** Best version of each schema, best first (a few). */
  candidates: DetectionCandidate[];
  reason?: NoMatchReason;
}

export interface DetectOptions {
  /** Minimum confidence for a match (default 0.5). */
  threshold?: number;
  /** A match needs this lead over another schema (default 0.05). */
  margin?: number;
  /** How many candidates to return (default 5). */
  limit?: number;
}
