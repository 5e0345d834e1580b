import type { ConstraintImpl } from './types';
import { compileBound } from './bound';

export const minimum: ConstraintImpl = {
  name: 'minimum',
  compile: (field, value, reader, type) => compileBound('minimum', field, value, reader, type, (v, b) => v >= b),
};
