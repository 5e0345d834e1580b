import type { ConstraintName, Field, FieldType } from '../schema/types';

/** Returned by a reader when the cell cannot be cast to the field's type. */
export const FAIL: unique symbol = Symbol('scdl.fail');
export type Fail = typeof FAIL;

/**
 * Casts one raw cell (never a missing value: those are handled before) to the
 * field's value, or returns FAIL. Called once per cell on hot paths: no allocation
 * beyond the value itself, no exceptions.
 *
 * Values are chosen so constraints can compare them with `<` and key them for
 * `unique`: numbers for number/integer/year; for dates, times and datetimes a
 * number too (see each type file); strings for string; plain JSON for object/array/geojson.
 */
export type Reader = (raw: string) => unknown;

/**
 * Casts a value that is already JSON (an array item, a constraint value written
 * as a JSON number, boolean or object) the way frictionless's value readers
 * treat typed input; returns FAIL when the type refuses it. Strings go
 * through the Reader instead.
 */
export type JsonReader = (value: unknown) => unknown;

/** A schema mistake found while compiling a field (bad format, bad options). */
export class SchemaProblem extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(problem);
  }
}

export interface TypeImpl {
  readonly type: FieldType;
  /** Constraints frictionless v5 supports on this type; others are ignored with a schema warning. */
  readonly constraints: readonly ConstraintName[];
  /** Builds the reader for a field; throws SchemaProblem on an invalid format or option. */
  reader(field: Field): Reader;
  /**
   * A key for `unique`/`primaryKey`/`enum` membership: two cells are equal when their keys are.
   * Defaults to the value itself for primitives.
   */
  key?(value: unknown): string | number | boolean;
  /** Writes a value back in the field's canonical text form (fixes, export, messages). */
  write?(value: unknown, field: Field): string;
  /** Reader for JSON values; absent when the type accepts only text (frictionless: string, dates, duration). */
  jsonReader?(field: Field): JsonReader;
}
