import type { ConstraintImpl } from './types';
import { compileBound } from './bound';

export const maximum: ConstraintImpl = {
  name: 'maximum',
  compile: (field, value, reader, type) => compileBound('maximum', field, value, reader, type, (v, b) => v <= b),
};
