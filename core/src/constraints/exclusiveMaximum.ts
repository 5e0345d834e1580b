import type { ConstraintImpl } from './types';
import { compileBound } from './bound';

/** Table Schema v2 (frictionless v5 rejects it as an unsupported constraint). */
export const exclusiveMaximum: ConstraintImpl = {
  name: 'exclusiveMaximum',
  compile: (field, value, reader, type) => compileBound('exclusiveMaximum', field, value, reader, type, (v, b) => v < b),
};
