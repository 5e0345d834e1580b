import type { CatalogEntry } from '@scdl/core/detect/types';
import { OTHER_ENTRIES, SCDL_ENTRIES } from './catalog.generated';
import { OTHER_LOADERS } from './loaders-other.generated';
import { SCDL_LOADERS } from './loaders-scdl.generated';
import { withOverlay, type SchemaOverlay } from './overlay';
import { createRegistry, fromLoaders, type SchemaRegistry } from './registry';

/**
 * Every bundled schema (`@scdl/schemas`): all versions of `scdl/*`, the latest of
 * the other Table Schemas of schema.data.gouv.fr, and the withdrawn scdl/adresses.
 * Each schema is loaded on demand; hosts that cannot split chunks (Apps Script)
 * import `@scdl/schemas/scdl` instead.
 */
export const CATALOG: readonly CatalogEntry[] = [...SCDL_ENTRIES, ...OTHER_ENTRIES];

const bundledSource = fromLoaders({ ...SCDL_LOADERS, ...OTHER_LOADERS });

export const registry = createRegistry(CATALOG, bundledSource);
export const { listSchemas, findSchema, loadSchema, resolveSchema } = registry;

/** The bundled set plus what `scdl schemas --refresh` cached (the CLI reads the cache file). */
export function registryWithOverlay(overlay: SchemaOverlay | null): SchemaRegistry {
  return overlay ? withOverlay(CATALOG, bundledSource, overlay) : registry;
}

export { parseSchemaRef, formatSchemaRef } from './ref';
export { createRegistry, fromLoaders, SchemaNotFoundError } from './registry';
export type { SchemaRegistry, SchemaLoaders, ResolvedSchema, DescriptorSource } from './registry';
export type { ListOptions, CatalogView } from './view';
export { parseOverlay } from './overlay';
export type { SchemaOverlay } from './overlay';
export type { CatalogEntry } from '@scdl/core/detect/types';
