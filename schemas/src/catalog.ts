import type { CatalogEntry } from '@scdl/core/detect/types';
import { OTHER_ENTRIES, SCDL_ENTRIES } from './catalog.generated';
import { createCatalogView } from './view';

/**
 * The catalogue alone (`@scdl/schemas/catalog`): names, versions, titles and the
 * field names detection needs, without a single schema file. For pickers and
 * detection in hosts that load the schema later.
 */
export const CATALOG: readonly CatalogEntry[] = [...SCDL_ENTRIES, ...OTHER_ENTRIES];

export const { listSchemas, findSchema } = createCatalogView(CATALOG);
export { parseSchemaRef, formatSchemaRef } from './ref';
export type { ListOptions, CatalogView } from './view';
export type { CatalogEntry } from '@scdl/core/detect/types';
