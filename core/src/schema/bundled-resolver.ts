import { UnknownSchema, type SchemaResolver } from './resolve';

/** Replaced by the bundled catalogue resolver (schemas package) — see the schemas work in progress. */
export const bundledResolver: SchemaResolver = {
  async load(ref) {
    throw new UnknownSchema(ref);
  },
  async detect() {
    return null;
  },
};
