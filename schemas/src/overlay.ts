import type { CatalogEntry } from '@scdl/core/detect/types';
import { compareVersions } from '@scdl/core/detect/version';
import type { SchemaDescriptor } from '@scdl/core/schema/types';
import { formatSchemaRef } from './ref';
import { createRegistry, type DescriptorSource, type SchemaRegistry } from './registry';

/**
 * What `scdl schemas --refresh` adds on top of the bundled set, stored as one JSON
 * file in the user's cache. It can add versions and update catalogue metadata
 * (latest flags, detection hints), never replace a bundled schema: bundled
 * descriptors always win, so the bundled set keeps working offline.
 */
export interface SchemaOverlay {
  format: 1;
  /** Catalogue URL it was refreshed from. */
  source: string;
  refreshedAt: string;
  /** Entries of every schema a refresh touched: added versions and updated bundled ones. */
  entries: CatalogEntry[];
  /** Descriptors of the versions not bundled, by `name@version`. */
  descriptors: Record<string, SchemaDescriptor>;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function isEntry(v: unknown): v is CatalogEntry {
  return (
    isObject(v) &&
    typeof v.name === 'string' &&
    typeof v.version === 'string' &&
    typeof v.title === 'string' &&
    typeof v.path === 'string' &&
    typeof v.fieldCount === 'number' &&
    Array.isArray(v.fieldNames) &&
    Array.isArray(v.labels)
  );
}

/** A damaged or foreign cache file reads as no overlay: the bundled set still works. */
export function parseOverlay(text: string): SchemaOverlay | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(v) || v.format !== 1 || !Array.isArray(v.entries) || !isObject(v.descriptors)) return null;
  const descriptors: Record<string, SchemaDescriptor> = {};
  for (const [ref, d] of Object.entries(v.descriptors)) {
    if (isObject(d) && Array.isArray(d.fields)) descriptors[ref] = d as SchemaDescriptor;
  }
  return {
    format: 1,
    source: typeof v.source === 'string' ? v.source : '',
    refreshedAt: typeof v.refreshedAt === 'string' ? v.refreshedAt : '',
    entries: v.entries.filter(isEntry),
    descriptors,
  };
}

/** Bundled entries updated and extended by the overlay's, by name then version. */
export function mergeEntries(bundled: readonly CatalogEntry[], overlay: SchemaOverlay | null): CatalogEntry[] {
  const byRef = new Map(bundled.map((e) => [formatSchemaRef(e), e]));
  const newLatest = new Set(overlay?.entries.filter((e) => e.latest).map((e) => e.name));
  for (const [ref, e] of byRef) {
    if (e.latest && newLatest.has(e.name)) byRef.set(ref, { ...e, latest: false });
  }
  for (const e of overlay?.entries ?? []) byRef.set(formatSchemaRef(e), e);
  return [...byRef.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : compareVersions(a.version, b.version)));
}

/** The bundled registry plus the overlay: bundled descriptors first, cached ones for the rest. */
export function withOverlay(
  bundled: readonly CatalogEntry[],
  bundledSource: DescriptorSource,
  overlay: SchemaOverlay | null,
): SchemaRegistry {
  const cached: DescriptorSource = (entry) => {
    const d = overlay?.descriptors[formatSchemaRef(entry)];
    return d ? async () => d : undefined;
  };
  return createRegistry(mergeEntries(bundled, overlay), (entry) => bundledSource(entry) ?? cached(entry));
}
