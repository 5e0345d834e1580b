/** Table Schema descriptors as published (loose), and as normalised for compilation. */

export type FieldType =
  | 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'list'
  | 'date' | 'time' | 'datetime' | 'year' | 'yearmonth' | 'duration'
  | 'geopoint' | 'geojson' | 'any';

export const FIELD_TYPES: readonly FieldType[] = [
  'string', 'number', 'integer', 'boolean', 'object', 'array', 'list',
  'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any',
];

export type ConstraintName =
  | 'required' | 'unique' | 'minLength' | 'maxLength' | 'minimum' | 'maximum'
  | 'exclusiveMinimum' | 'exclusiveMaximum' | 'pattern' | 'enum' | 'jsonSchema';

export interface FieldDescriptor {
  name: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  example?: unknown;
  constraints?: Partial<Record<ConstraintName, unknown>>;
  missingValues?: string[];
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  /** `list` type */
  delimiter?: string;
  itemType?: string;
  /** frictionless v5 extension for `array` */
  arrayItem?: FieldDescriptor | Omit<FieldDescriptor, 'name'>;
  [key: string]: unknown;
}

export interface CustomCheckDescriptor {
  name: string;
  params?: Record<string, unknown>;
}

export interface ForeignKeyDescriptor {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface SchemaDescriptor {
  name?: string;
  title?: string;
  version?: string;
  fields: FieldDescriptor[];
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKeyDescriptor[];
  custom_checks?: CustomCheckDescriptor[];
  [key: string]: unknown;
}

/** A field with every default applied (frictionless defaults). */
export interface Field {
  name: string;
  type: FieldType;
  format: string;
  title?: string;
  description?: string;
  example?: unknown;
  constraints: Partial<Record<ConstraintName, unknown>>;
  missingValues: readonly string[];
  trueValues: readonly string[];
  falseValues: readonly string[];
  decimalChar: string;
  groupChar: string;
  bareNumber: boolean;
  delimiter: string;
  itemType: FieldType;
  arrayItem?: Field;
  /** The descriptor as published, for templates and messages. */
  descriptor: FieldDescriptor;
}

export interface Schema {
  name?: string;
  title?: string;
  version?: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  customChecks: CustomCheckDescriptor[];
  missingValues: readonly string[];
  descriptor: SchemaDescriptor;
}

/** Which schema a report speaks of (catalogue identity, not the file's own `version` string). */
export interface SchemaRef {
  name: string;
  version?: string;
  title?: string;
  detected: boolean;
  confidence?: number;
}
