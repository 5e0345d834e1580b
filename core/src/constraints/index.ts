export type { ConstraintImpl, CompiledConstraint, ConstraintCheck } from './types';
export { constraintImpls } from './registry';
export { compileArrayItemConstraints } from './arrayItem';
export { KeyRowTable } from './key-hash';
