import type { ConstraintName } from '../schema/types';
import type { ConstraintImpl } from './types';
import { required } from './required';
import { unique } from './unique';
import { minLength } from './minLength';
import { maxLength } from './maxLength';
import { minimum } from './minimum';
import { maximum } from './maximum';
import { exclusiveMinimum } from './exclusiveMinimum';
import { exclusiveMaximum } from './exclusiveMaximum';
import { pattern } from './pattern';
import { enumConstraint } from './enum';
import { jsonSchema } from './jsonSchema';

/** One file per constraint. */
export const constraintImpls: Partial<Record<ConstraintName, ConstraintImpl>> = {
  required,
  unique,
  minLength,
  maxLength,
  minimum,
  maximum,
  exclusiveMinimum,
  exclusiveMaximum,
  pattern,
  enum: enumConstraint,
  jsonSchema,
};
