import { FIELD_TYPES, type Field, type FieldDescriptor, type FieldType, type Schema, type SchemaDescriptor } from './types';

/** A problem found in a schema, with the JSON path it is about. Fatal ones become `schema-error`. */
export interface SchemaIssue {
  path: string;
  problem: string;
  fatal: boolean;
}

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

function normalizeField(d: FieldDescriptor, path: string, schemaMissing: readonly string[], issues: SchemaIssue[]): Field {
  const rawType = d.type ?? 'string';
  let type: FieldType = 'string';
  if ((FIELD_TYPES as readonly string[]).includes(rawType)) type = rawType as FieldType;
  else issues.push({ path: `${path}/type`, problem: `unknown type "${rawType}"`, fatal: true });

  // Typos and misplaced keys seen in published schemas: validators ignore them, we say so.
  if ('contraints' in d) issues.push({ path: `${path}/contraints`, problem: 'misspelt "constraints": ignored', fatal: false });
  for (const k of ['enum', 'pattern', 'required', 'unique', 'minimum', 'maximum', 'minLength', 'maxLength'] as const) {
    if (k in d) issues.push({ path: `${path}/${k}`, problem: `"${k}" outside "constraints": ignored`, fatal: false });
  }

  const itemTypeRaw = typeof d.itemType === 'string' ? d.itemType : 'string';
  const field: Field = {
    name: d.name,
    type,
    format: typeof d.format === 'string' && d.format !== '' ? d.format : 'default',
    constraints: d.constraints && typeof d.constraints === 'object' ? { ...d.constraints } : {},
    missingValues: Array.isArray(d.missingValues) ? asList(d.missingValues) : schemaMissing,
    trueValues: Array.isArray(d.trueValues) ? asList(d.trueValues) : DEFAULT_TRUE,
    falseValues: Array.isArray(d.falseValues) ? asList(d.falseValues) : DEFAULT_FALSE,
    decimalChar: typeof d.decimalChar === 'string' ? d.decimalChar : '.',
    groupChar: typeof d.groupChar === 'string' ? d.groupChar : '',
    bareNumber: typeof d.bareNumber === 'boolean' ? d.bareNumber : true,
    delimiter: typeof d.delimiter === 'string' ? d.delimiter : ',',
    itemType: (FIELD_TYPES as readonly string[]).includes(itemTypeRaw) ? (itemTypeRaw as FieldType) : 'string',
    descriptor: d,
  };
  if (typeof d.title === 'string') field.title = d.title;
  if (typeof d.description === 'string') field.description = d.description;
  if ('example' in d) field.example = d.example;
  if (d.arrayItem && typeof d.arrayItem === 'object') {
    field.arrayItem = normalizeField(Object.assign({ name: d.name }, d.arrayItem) as FieldDescriptor, `${path}/arrayItem`, schemaMissing, issues);
  }
  return field;
}

/**
 * Applies frictionless v5 defaults to a descriptor already checked against the
 * profile. Never throws: problems are returned as issues.
 */
export function normalizeSchema(descriptor: SchemaDescriptor): { schema: Schema; issues: SchemaIssue[] } {
  const issues: SchemaIssue[] = [];
  const missingValues = Array.isArray(descriptor.missingValues) ? asList(descriptor.missingValues) : [''];
  const fields = (Array.isArray(descriptor.fields) ? descriptor.fields : []).map((f, i) =>
    normalizeField(f, `/fields/${i}`, missingValues, issues),
  );
  const names = new Set<string>();
  fields.forEach((f, i) => {
    if (typeof f.name !== 'string' || f.name.trim() === '') issues.push({ path: `/fields/${i}/name`, problem: 'empty field name', fatal: true });
    if (f.decimalChar === '') issues.push({ path: `/fields/${i}/decimalChar`, problem: 'empty decimalChar', fatal: true });
    if (names.has(f.name)) issues.push({ path: `/fields/${i}/name`, problem: `duplicate field name "${f.name}"`, fatal: true });
    names.add(f.name);
  });
  const primaryKey = asList(descriptor.primaryKey);
  primaryKey.forEach((n, i) => {
    if (!names.has(n)) issues.push({ path: `/primaryKey/${i}`, problem: `primary key field "${n}" is not in fields`, fatal: true });
  });
  const foreignKeys = (Array.isArray(descriptor.foreignKeys) ? descriptor.foreignKeys : []).map((fk) => ({
    fields: asList(fk.fields),
    reference: { resource: String(fk.reference?.resource ?? ''), fields: asList(fk.reference?.fields) },
  }));
  const schema: Schema = {
    fields,
    primaryKey,
    foreignKeys,
    customChecks: Array.isArray(descriptor.custom_checks) ? descriptor.custom_checks : [],
    missingValues,
    descriptor,
  };
  if (typeof descriptor.name === 'string') schema.name = descriptor.name;
  if (typeof descriptor.title === 'string') schema.title = descriptor.title;
  if (typeof descriptor.version === 'string') schema.version = descriptor.version;
  return { schema, issues };
}
