import type { ConstraintName, Field } from '../schema/types';
import type { Reader, TypeImpl } from '../types/types';
import type { Params } from '../errors/types';

/** What a compiled constraint tells about a cell that breaks it. */
export interface ConstraintFailure {
  constraint: ConstraintName;
  params: Params;
}

/**
 * A compiled constraint. `check` receives the cast value (never a missing value,
 * except for `required`) and the raw text; returns true when the cell is fine.
 * Stateful constraints (`unique`) get fresh state per validation run through `start()`.
 */
export interface CompiledConstraint {
  readonly name: ConstraintName;
  /** Parameters reported in constraint-error (`{ constraint, expected }`). */
  readonly params: Params;
  /** Return a fresh checker for a run; stateless constraints return the same function. */
  start(): ConstraintCheck;
}

/** `value` is the cast value, `raw` the text; returns true when fine, or the row number of a previous duplicate for unique. */
export type ConstraintCheck = (value: unknown, raw: string, rowNumber: number) => boolean | number;

export interface ConstraintImpl {
  readonly name: ConstraintName;
  /**
   * Compiles the constraint for a field. `reader` casts constraint values given as
   * text (enum, minimum of a date, ...). Returns null when the constraint is a no-op
   * (e.g. `required: false`). Throws SchemaProblem when the constraint value is invalid.
   */
  compile(field: Field, value: unknown, reader: Reader, type: TypeImpl): CompiledConstraint | null;
}
