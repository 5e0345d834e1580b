import type { ConstraintImpl } from './types';
import { compileLength } from './length';

export const minLength: ConstraintImpl = {
  name: 'minLength',
  compile: (_field, value) => compileLength('minLength', value, false),
};
