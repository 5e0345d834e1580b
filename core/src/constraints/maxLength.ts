import type { ConstraintImpl } from './types';
import { compileLength } from './length';

export const maxLength: ConstraintImpl = {
  name: 'maxLength',
  compile: (_field, value) => compileLength('maxLength', value, true),
};
