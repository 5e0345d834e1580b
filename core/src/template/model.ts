import { compileSchema } from '../schema/compile';
import type { Field, SchemaDescriptor, SchemaRef } from '../schema/types';
import { patternInWords } from './pattern-words';
import { exampleRow } from './example';
import { profileKeyOf, type CollectiviteProfile } from './profile';

/** One column of a template, everything a host needs to build a good sheet. */
export interface TemplateColumn {
  name: string;
  title?: string;
  description?: string;
  type: string;
  format: string;
  required: boolean;
  unique: boolean;
  /** Allowed values, for a dropdown. */
  enum?: string[];
  pattern?: string;
  /** The pattern in words (French), when it can be said simply. */
  patternText?: string;
  patternTextEn?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: string;
  maximum?: string;
  /**
   * Spreadsheet number format to apply to the column: text (`@`) for every string
   * so SIRETs, INSEE and postal codes keep their leading zeros and long digits,
   * ISO formats for dates so what is shown is what gets exported.
   */
  numberFormat: string;
  /** Column width in characters. */
  width: number;
  /** Value the collectivité profile fills in every row, when the column repeats it. */
  fill?: string;
  /** Example value (valid against the schema). */
  example: string;
}

export interface TemplateModel {
  schema: Pick<SchemaRef, 'name' | 'version' | 'title'>;
  columns: TemplateColumn[];
  /** One full example row, in column order, valid against the schema. */
  exampleRow: string[];
}

const FORMATS: Record<string, string> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd"T"hh:mm:ss',
  time: 'hh:mm:ss',
  integer: '0',
  year: '0',
  number: 'General',
};

function asText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function column(f: Field, profile: CollectiviteProfile | undefined, example: string): TemplateColumn {
  const c = f.constraints;
  const col: TemplateColumn = {
    name: f.name,
    type: f.type,
    format: f.format,
    required: c.required === true,
    unique: c.unique === true,
    numberFormat: FORMATS[f.type] ?? '@',
    width: Math.max(10, Math.min(60, Math.max(f.name.length, example.length) + 2)),
    example,
  };
  if (f.title) col.title = f.title;
  if (f.description) col.description = f.description;
  if (Array.isArray(c.enum)) col.enum = c.enum.map((x) => asText(x) ?? '');
  if (typeof c.pattern === 'string') {
    col.pattern = c.pattern;
    const fr = patternInWords(c.pattern, 'fr');
    const en = patternInWords(c.pattern, 'en');
    if (fr) col.patternText = fr;
    if (en) col.patternTextEn = en;
  }
  if (typeof c.minLength === 'number') col.minLength = c.minLength;
  if (typeof c.maxLength === 'number') col.maxLength = c.maxLength;
  const min = asText(c.minimum ?? c.exclusiveMinimum);
  const max = asText(c.maximum ?? c.exclusiveMaximum);
  if (min !== undefined) col.minimum = min;
  if (max !== undefined) col.maximum = max;
  const key = profileKeyOf(f.name);
  if (key && profile?.[key]) col.fill = profile[key];
  if (f.type === 'boolean') col.enum = [...f.trueValues.slice(0, 1), ...f.falseValues.slice(0, 1)];
  return col;
}

/**
 * The template of a schema: columns with their help, formats and dropdowns, and an
 * example row that passes validation (checked here, so hosts never ship a template
 * that fails its own schema). Throws when the schema does not compile.
 */
export async function buildTemplate(descriptor: SchemaDescriptor, ref: Pick<SchemaRef, 'name' | 'version' | 'title'>, profile?: CollectiviteProfile): Promise<TemplateModel> {
  const compiled = compileSchema(descriptor);
  if (!compiled.ok) throw new Error(`schema does not compile: ${compiled.problems.map((p) => `${p.path} ${p.problem}`).join('; ')}`);
  const row = await exampleRow(descriptor, compiled.compiled, profile);
  const columns = compiled.compiled.schema.fields.map((f, i) => column(f, profile, row[i] ?? ''));
  return { schema: ref, columns, exampleRow: row };
}
