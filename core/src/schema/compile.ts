import { validateProfile } from '../generated/profile';
import { compileArrayItemConstraints, constraintImpls } from '../constraints';
import type { CompiledConstraint } from '../constraints/types';
import { typeImpls } from '../types';
import { SchemaProblem, type Reader, type TypeImpl } from '../types/types';
import { diagnostics } from '../checks/diagnostics';
import type { DiagnosticCheck } from '../checks/types';
import { normalizeSchema, type SchemaIssue } from './normalize';
import type { ConstraintName, Field, Schema, SchemaDescriptor } from './types';

export interface CompiledField {
  field: Field;
  /** 0-based position in the schema. */
  index: number;
  type: TypeImpl;
  reader: Reader;
  /** Constraints other than `required` (checked on cast values). */
  constraints: CompiledConstraint[];
  required: boolean;
  /** Missing values; `onlyEmpty` lets the hot path test `raw === ''` instead of a Set lookup. */
  missing: ReadonlySet<string>;
  onlyEmpty: boolean;
  /** SCDL diagnostics relevant to this field. */
  refiners: DiagnosticCheck[];
  warners: DiagnosticCheck[];
}

export interface CompiledSchema {
  schema: Schema;
  fields: CompiledField[];
  byName: ReadonlyMap<string, CompiledField>;
  /** Non-fatal problems, reported as `schema-warning`. */
  warnings: SchemaIssue[];
  /** Diagnostics with table-level hooks. */
  tableDiagnostics: DiagnosticCheck[];
}

export type CompileResult = { ok: true; compiled: CompiledSchema } | { ok: false; problems: SchemaIssue[] };

const cache = new WeakMap<object, CompileResult>();

function profileProblems(descriptor: unknown): SchemaIssue[] {
  if (validateProfile(descriptor)) return [];
  return (validateProfile.errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    problem: `${e.message ?? e.keyword}${e.params && 'allowedValues' in e.params ? ` (${String(e.params.allowedValues)})` : ''}`,
    fatal: true,
  }));
}

function compileField(field: Field, index: number, schema: Schema, issues: SchemaIssue[]): CompiledField | null {
  const path = `/fields/${index}`;
  const type = typeImpls[field.type];
  if (!type) {
    issues.push({ path: `${path}/type`, problem: `type "${field.type}" is not supported`, fatal: true });
    return null;
  }
  let reader: Reader;
  try {
    reader = type.reader(field);
  } catch (e) {
    issues.push(problemOf(e, `${path}/format`));
    return null;
  }
  const constraints: CompiledConstraint[] = [];
  let required = false;
  for (const [name, value] of Object.entries(field.constraints)) {
    const impl = constraintImpls[name as ConstraintName];
    if (!impl) {
      issues.push({ path: `${path}/constraints/${name}`, problem: `unknown constraint "${name}": ignored`, fatal: false });
      continue;
    }
    if (!type.constraints.includes(name as ConstraintName)) {
      issues.push({ path: `${path}/constraints/${name}`, problem: `constraint "${name}" does not apply to type "${field.type}": ignored`, fatal: false });
      continue;
    }
    if (name === 'required') {
      required = value === true;
      continue;
    }
    try {
      const c = impl.compile(field, value, reader, type);
      if (c) constraints.push(c);
    } catch (e) {
      issues.push(problemOf(e, `${path}/constraints/${name}`));
    }
  }
  try {
    constraints.push(...compileArrayItemConstraints(field));
  } catch (e) {
    issues.push(problemOf(e, `${path}/arrayItem`));
  }
  const missing = new Set(field.missingValues);
  return {
    field,
    index,
    type,
    reader,
    constraints,
    required,
    missing,
    onlyEmpty: missing.size === 1 && missing.has(''),
    refiners: diagnostics.filter((d) => d.refine && d.appliesTo(field, schema)),
    warners: diagnostics.filter((d) => d.cell && (d.warnsOn ? d.warnsOn(field, schema) : d.appliesTo(field, schema))),
  };
}

function problemOf(e: unknown, fallbackPath: string): SchemaIssue {
  if (e instanceof SchemaProblem) return { path: e.path || fallbackPath, problem: e.problem, fatal: true };
  return { path: fallbackPath, problem: e instanceof Error ? e.message : String(e), fatal: true };
}

/**
 * Checks a descriptor against the Table Schema profile (ajv, precompiled), applies
 * defaults and compiles every field into closures. Done once per descriptor object:
 * re-validations (hosts re-check after each edit) reuse it.
 */
export function compileSchema(descriptor: unknown): CompileResult {
  if (descriptor && typeof descriptor === 'object') {
    const hit = cache.get(descriptor);
    if (hit) return hit;
  }
  const result = compileUncached(descriptor);
  if (descriptor && typeof descriptor === 'object') cache.set(descriptor, result);
  return result;
}

function compileUncached(descriptor: unknown): CompileResult {
  const profile = profileProblems(descriptor);
  if (profile.length) return { ok: false, problems: profile };
  const { schema, issues } = normalizeSchema(descriptor as SchemaDescriptor);
  const fields: CompiledField[] = [];
  schema.fields.forEach((f, i) => {
    const c = compileField(f, i, schema, issues);
    if (c) fields.push(c);
  });
  if (issues.some((i) => i.fatal)) return { ok: false, problems: issues.filter((i) => i.fatal) };
  return {
    ok: true,
    compiled: {
      schema,
      fields,
      byName: new Map(fields.map((f) => [f.field.name, f])),
      warnings: issues,
      tableDiagnostics: diagnostics.filter((d) => d.create),
    },
  };
}
