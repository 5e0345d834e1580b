/** The bundled schema catalogue, as the extension offers it (picker, options, declared schemas). */
import { findSchema, listSchemas } from '@scdl/schemas';
import type { SchemaCatalog, SchemaOption } from '@scdl/ui/host';

export function canonicalSchema(ref: string): string | undefined {
  const e = findSchema(ref);
  return e ? `${e.name}@${e.version}` : undefined;
}

export const schemaCatalog: SchemaCatalog = {
  async list(): Promise<SchemaOption[]> {
    return listSchemas({ allVersions: true }).map((e) => ({ name: e.name, version: e.version, title: e.title, latest: e.latest, scdl: e.scdl }));
  },
};
