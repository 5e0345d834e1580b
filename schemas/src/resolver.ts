import { detectSchema } from '@scdl/core/detect/detect';
import type { DetectOptions } from '@scdl/core/detect/types';
import { UnknownSchema, type ResolvedSchema, type SchemaResolver } from '@scdl/core/schema/resolve';
import { registry as bundled } from './index';
import { SchemaNotFoundError, type SchemaRegistry } from './registry';

/**
 * The core's SchemaResolver over a registry: names through the catalogue,
 * detection through core/src/detect with the registry's entries as candidates.
 */
export function createResolver(registry: SchemaRegistry, options: DetectOptions = {}): SchemaResolver {
  const load = async (ref: string, detected: { confidence: number } | null): Promise<ResolvedSchema> => {
    try {
      const { entry, descriptor } = await registry.resolveSchema(ref);
      return {
        descriptor,
        ...(entry.aliases ? { aliases: entry.aliases } : {}),
        ref: {
          name: entry.name,
          version: entry.version,
          title: entry.title,
          detected: detected !== null,
          ...(detected ? { confidence: detected.confidence } : {}),
        },
      };
    } catch (e) {
      throw e instanceof SchemaNotFoundError ? new UnknownSchema(ref) : e;
    }
  };
  return {
    load: (ref) => load(ref, null),
    async detect(header, sample) {
      const { match } = detectSchema(header, sample, registry.entries, options);
      return match ? load(`${match.name}@${match.version}`, match) : null;
    },
  };
}

/** Every bundled schema; hosts that bundle only SCDL build theirs from `@scdl/schemas/scdl`'s registry. */
export const bundledResolver: SchemaResolver = createResolver(bundled);
