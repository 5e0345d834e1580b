import type { CatalogEntry } from '@scdl/core/detect/types';
import { SCDL_ENTRIES } from './catalog.generated';
import { SCDL_LOADERS } from './loaders-scdl.generated';
import { createRegistry, fromLoaders } from './registry';

/**
 * Only the SCDL schemas (`@scdl/schemas/scdl`): `scdl/*` and the SCDL-labelled
 * DAE and IRVE schemas, every bundled version. Same API as `@scdl/schemas`, for
 * bundles that cannot split (an esbuild IIFE for Apps Script inlines every
 * schema it can reach).
 */
export const CATALOG: readonly CatalogEntry[] = SCDL_ENTRIES;

export const registry = createRegistry(CATALOG, fromLoaders(SCDL_LOADERS));
export const { listSchemas, findSchema, loadSchema, resolveSchema } = registry;

export { parseSchemaRef, formatSchemaRef } from './ref';
export { SchemaNotFoundError } from './registry';
export type { SchemaRegistry, ResolvedSchema } from './registry';
export type { ListOptions } from './view';
export type { CatalogEntry } from '@scdl/core/detect/types';
