import type { CatalogEntry } from '@scdl/core/detect/types';

export declare const SCDL_LABEL: string;
export declare const SITE: string;

/** One version as schemas.json lists it. */
export interface PublishedVersion {
  version_name: string;
  schema_url: string;
}

/** One entry of schema.data.gouv.fr's schemas.json (only what we read). */
export interface PublishedSchema {
  name: string;
  title?: string;
  schema_type?: string;
  labels?: string[];
  versions?: PublishedVersion[];
  [key: string]: unknown;
}

export interface FamilyVersion {
  version: string;
  path: string;
  url?: string;
  descriptor: unknown;
}

export interface Family {
  name: string;
  title: string;
  labels: readonly string[];
  status?: 'active' | 'withdrawn';
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** Oldest first: the last one is the latest. */
  versions: readonly FamilyVersion[];
}

export declare function isScdl(name: string, labels: readonly string[]): boolean;
export declare function publishedPath(url: unknown): string | null;
export declare function wantedVersions(entry: PublishedSchema | null | undefined): PublishedVersion[];
export declare function buildFamilyEntries(family: Family): CatalogEntry[];
