import type { CatalogEntry } from '@scdl/core/detect/types';
import { compareVersions } from '@scdl/core/detect/version';
import { parseSchemaRef } from './ref';

export interface ListOptions {
  /** Every version, not only the latest of each schema. */
  allVersions?: boolean;
  /** Include withdrawn schemas (scdl/adresses). */
  withdrawn?: boolean;
  /** Only `scdl/*` and SCDL-labelled schemas. */
  scdlOnly?: boolean;
}

/** Catalogue queries, without any schema file: what hosts need for a picker or for detection. */
export interface CatalogView {
  readonly entries: readonly CatalogEntry[];
  listSchemas(options?: ListOptions): CatalogEntry[];
  /** An entry from `name`, `name@version`, `name@2.1` (highest 2.1.x) or a name without owner when unique. */
  findSchema(ref: string, version?: string): CatalogEntry | undefined;
}

const lower = (s: string): string => s.toLowerCase();
const shortName = (name: string): string => lower(name.slice(name.indexOf('/') + 1));

function resolveName(entries: readonly CatalogEntry[], wanted: string): string | undefined {
  const w = lower(wanted);
  const names = [...new Set(entries.map((e) => e.name))];
  const exact = names.find((n) => lower(n) === w);
  if (exact) return exact;
  // `subventions` or `irve-statique` for `scdl/subventions`, `etalab/schema-irve-statique`.
  const short = names.filter((n) => shortName(n) === w || shortName(n) === `schema-${w}`);
  return short.length === 1 ? short[0] : undefined;
}

function pickVersion(versions: readonly CatalogEntry[], wanted: string | undefined): CatalogEntry | undefined {
  const newestFirst = [...versions].sort((a, b) => compareVersions(b.version, a.version));
  if (wanted === undefined) return newestFirst.find((e) => e.latest) ?? newestFirst[0];
  // `2.1` means the newest 2.1.x, not 2.1.0; `2.1.0` and `v2.1.0` are exact.
  return (
    newestFirst.find((e) => e.version === wanted) ??
    newestFirst.find((e) => e.version.startsWith(`${wanted}.`)) ??
    newestFirst.find((e) => compareVersions(e.version, wanted) === 0)
  );
}

export function createCatalogView(entries: readonly CatalogEntry[]): CatalogView {
  return {
    entries,
    listSchemas(options = {}) {
      return entries.filter(
        (e) =>
          (options.allVersions || e.latest) &&
          (options.withdrawn || e.status !== 'withdrawn') &&
          (!options.scdlOnly || e.scdl),
      );
    },
    findSchema(ref, version) {
      const parts = parseSchemaRef(ref);
      const name = resolveName(entries, parts.name);
      if (!name) return undefined;
      const v = version === undefined ? parts.version : parseSchemaRef(`x@${version}`).version;
      return pickVersion(
        entries.filter((e) => e.name === name),
        v,
      );
    },
  };
}
