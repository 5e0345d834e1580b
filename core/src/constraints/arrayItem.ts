import type { ConstraintName, Field } from '../schema/types';
import { arrayType, itemTypeOf } from '../types/array';
import type { CompiledConstraint, ConstraintCheck } from './types';
import { constraintImpls } from './registry';

/**
 * Constraints of an array field's `arrayItem` (frictionless v5), as constraints of
 * the array cell: each is named after the item constraint and reported once per
 * cell with `params.arrayItem: true`, as frictionless notes 'array item constraint
 * "enum" is ...'. Items that are null or missing only count for `required`.
 * As in frictionless, items are not looked at when the array's own constraints
 * already fail, and `unique` does not apply to items.
 *
 * The engine appends these to the field's compiled constraints.
 */
export function compileArrayItemConstraints(field: Field): CompiledConstraint[] {
  const item = field.arrayItem;
  if (field.type !== 'array' || !item) return [];
  const itemType = itemTypeOf(item);
  const itemReader = itemType.reader(item);
  const own: ConstraintCheck[] = [];
  const arrayReader = arrayType.reader(field);
  for (const [name, value] of Object.entries(field.constraints)) {
    if (name === 'required' || name === 'unique' || !arrayType.constraints.includes(name as ConstraintName)) continue;
    try {
      const c = constraintImpls[name as ConstraintName]?.compile(field, value, arrayReader, arrayType);
      if (c) own.push(c.start());
    } catch {
      // Already reported when the engine compiled the array's own constraints.
    }
  }
  const ownFails = (v: unknown, raw: string, row: number): boolean => own.some((check) => check(v, raw, row) !== true);

  const out: CompiledConstraint[] = [];
  for (const [name, value] of Object.entries(item.constraints)) {
    if (name === 'unique' || !itemType.constraints.includes(name as ConstraintName)) continue;
    const compiled = constraintImpls[name as ConstraintName]?.compile(item, value, itemReader, itemType);
    if (!compiled) continue;
    const itemCheck = name === 'required' ? null : compiled.start();
    const check: ConstraintCheck = (v, raw, row) => {
      if (ownFails(v, raw, row)) return true;
      for (const x of v as unknown[]) {
        if (x === null) {
          if (!itemCheck) return false;
          continue;
        }
        if (itemCheck && itemCheck(x, typeof x === 'string' ? x : JSON.stringify(x), row) !== true) return false;
      }
      return true;
    };
    out.push({ name: name as ConstraintName, params: { ...compiled.params, arrayItem: true }, start: () => check });
  }
  return out;
}
