import type { CatalogEntry } from '@scdl/core/detect/types';
import type { SchemaDescriptor } from '@scdl/core/schema/types';
import { formatSchemaRef } from './ref';
import { createCatalogView, type CatalogView } from './view';

/** Lazy loaders by `name@version`: `import()` of each JSON, so bundlers split or drop them. */
export type SchemaLoaders = Readonly<Record<string, () => Promise<{ default: unknown }>>>;

export class SchemaNotFoundError extends Error {
  readonly code = 'schema-not-found';
  constructor(readonly ref: string) {
    super(`Schéma inconnu : ${ref}`);
    this.name = 'SchemaNotFoundError';
  }
}

export interface ResolvedSchema {
  entry: CatalogEntry;
  descriptor: SchemaDescriptor;
}

export interface SchemaRegistry extends CatalogView {
  /** The schema's descriptor (latest when no version; accepts `name@version`). Rejects with SchemaNotFoundError. */
  loadSchema(name: string, version?: string): Promise<SchemaDescriptor>;
  /** The descriptor with its catalogue entry (the entry's version is the truth, not the file's). */
  resolveSchema(name: string, version?: string): Promise<ResolvedSchema>;
}

/** Where an entry's descriptor comes from; undefined when this registry cannot load it. */
export type DescriptorSource = (entry: CatalogEntry) => (() => Promise<unknown>) | undefined;

export function fromLoaders(loaders: SchemaLoaders): DescriptorSource {
  return (entry) => {
    const load = loaders[formatSchemaRef(entry)];
    return load ? async () => (await load()).default : undefined;
  };
}

function asDescriptor(value: unknown, ref: string): SchemaDescriptor {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { fields?: unknown }).fields)) {
    throw new Error(`Schéma illisible : ${ref}`);
  }
  // A copy: modules are cached, and one caller's changes must not leak into another's schema.
  return JSON.parse(JSON.stringify(value)) as SchemaDescriptor;
}

export function createRegistry(entries: readonly CatalogEntry[], source: DescriptorSource): SchemaRegistry {
  const loadable = entries.filter((e) => source(e) !== undefined);
  const view = createCatalogView(loadable);
  const resolveSchema = async (name: string, version?: string): Promise<ResolvedSchema> => {
    const entry = view.findSchema(name, version);
    const load = entry && source(entry);
    if (!entry || !load) throw new SchemaNotFoundError(version ? `${name}@${version}` : name);
    return { entry, descriptor: asDescriptor(await load(), formatSchemaRef(entry)) };
  };
  return {
    ...view,
    resolveSchema,
    loadSchema: async (name, version) => (await resolveSchema(name, version)).descriptor,
  };
}
