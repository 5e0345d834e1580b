import type { FieldDescriptor } from '../schema/types';
import { testField } from '../types/test-field';
import { typeImpls } from '../types';
import { constraintImpls } from './registry';
import type { ConstraintCheck } from './types';
import type { ConstraintName } from '../schema/types';

/** Compiles one constraint of a test field and starts it, as the engine does. */
export function testCheck(d: Partial<FieldDescriptor>, name: ConstraintName): { check: (raw: string, row?: number) => boolean | number; params: Record<string, unknown> } {
  const field = testField(d);
  const type = typeImpls[field.type]!;
  const reader = type.reader(field);
  const compiled = constraintImpls[name]!.compile(field, field.constraints[name], reader, type);
  if (!compiled) throw new Error(`${name} compiled to nothing`);
  const check: ConstraintCheck = compiled.start();
  return { check: (raw, row = 2) => check(reader(raw), raw, row), params: compiled.params };
}
