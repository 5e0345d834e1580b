import type { SchemaDescriptor, SchemaRef } from './types';

/** A schema the validation will use, with the identity the report gives it. */
export interface ResolvedSchema {
  descriptor: SchemaDescriptor;
  ref: SchemaRef;
  /** Other names real files give a field (pre-SCDL headers such as COLL_SIRET for idAttribuant). */
  aliases?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Finds schemas by name and recognises them from a header. Injected so the core
 * stays free of the bundled catalogue when a host brings its own (and tests stay small).
 */
export interface SchemaResolver {
  load(ref: string): Promise<ResolvedSchema>;
  detect(header: readonly string[], sample: readonly (readonly string[])[]): Promise<ResolvedSchema | null>;
}

/** Thrown by `load` for an unknown name or version; becomes a `schema-error`. */
export class UnknownSchema extends Error {
  constructor(readonly ref: string) {
    super(`unknown schema ${ref}`);
  }
}
