import type { CatalogEntry } from '@scdl/core/detect/types';
import type { Family } from '../src/build/entries.mjs';

export declare const DATA_DIR: URL;
export declare function collectFamilies(dataDir?: URL): Promise<Family[]>;
export declare function buildCatalog(dataDir?: URL): Promise<CatalogEntry[]>;
export declare function renderCatalog(entries: readonly CatalogEntry[]): string;
export declare function renderLoaders(entries: readonly CatalogEntry[], constName: string, doc: string): string;
/** Generated file name (in src/) → content. */
export declare function renderAll(dataDir?: URL): Promise<Record<string, string>>;
