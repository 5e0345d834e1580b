import type { CompiledField, CompiledSchema } from '../schema/compile';
import type { SchemaDescriptor } from '../schema/types';
import { FAIL } from '../types/types';
import { validateCells } from '../validate';
import { samplePattern } from './pattern-ast';
import { profileKeyOf, type CollectiviteProfile } from './profile';

/** A SIRET that passes the Luhn check (the one of the schemas' own examples: Ville de Poitiers). */
const SIRET = '21860194600013';

const asText = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : JSON.stringify(v));

function numbersAround(cf: CompiledField, integer: boolean): string[] {
  const c = cf.field.constraints;
  const nums = [c.minimum, c.exclusiveMinimum, c.maximum, c.exclusiveMaximum].map((x) => Number(x)).filter((x) => Number.isFinite(x));
  const out = integer ? ['1', '10', '0'] : ['1.5', '10', '0'];
  for (const n of nums) out.push(String(integer ? Math.ceil(n) : n), String(integer ? Math.ceil(n) + 1 : n + 0.5), String(integer ? Math.floor(n) - 1 : n - 0.5));
  return out;
}

/** Candidate values for a field, best first: the schema's own example, then generated ones. */
function candidates(cf: CompiledField, profile: CollectiviteProfile | undefined, siretFields: ReadonlySet<string>): string[] {
  const f = cf.field;
  const d = f.descriptor;
  const out: string[] = [];
  const key = profileKeyOf(f.name);
  if (key && profile?.[key]) out.push(profile[key]!);
  if (siretFields.has(f.name)) out.push(SIRET);
  const ex = asText(f.example);
  if (ex !== undefined) out.push(ex, ex.replace(/^'+|'+$/g, ''));
  if (Array.isArray(d.examples)) for (const e of d.examples.slice(0, 3)) { const t = asText(e); if (t !== undefined) out.push(t); }
  const c = f.constraints;
  if (Array.isArray(c.enum) && c.enum.length) out.push(asText(c.enum[0]) ?? '');
  if (typeof c.pattern === 'string') {
    const s = samplePattern(c.pattern);
    if (s !== null) out.push(s);
  }
  switch (f.type) {
    case 'string':
      if (f.format === 'email') out.push('contact@mairie-exemple.fr');
      else if (f.format === 'uri') out.push('https://www.mairie-exemple.fr/donnees');
      else if (f.format === 'uuid') out.push('123e4567-e89b-42d3-a456-426614174000');
      else if (f.format === 'binary') out.push('ZXhlbXBsZQ==');
      else out.push('Exemple', 'exemple', 'EXEMPLE');
      if (typeof c.minLength === 'number') out.push('x'.repeat(c.minLength));
      break;
    case 'integer':
      out.push(...numbersAround(cf, true));
      break;
    case 'number':
      out.push(...numbersAround(cf, false));
      break;
    case 'boolean':
      out.push(...f.trueValues.slice(0, 1), ...f.falseValues.slice(0, 1));
      break;
    case 'date':
      out.push('2024-01-15', '2024');
      break;
    case 'datetime':
      out.push('2024-01-15T10:30:00Z', '2024-01-15T10:30:00', '2024-01-15T10:30:00+01:00');
      break;
    case 'time':
      out.push('10:30:00', '10:30');
      break;
    case 'year':
      out.push('2024');
      break;
    case 'yearmonth':
      out.push('2024-01');
      break;
    case 'duration':
      out.push('P1D', 'PT1H');
      break;
    case 'geopoint':
      out.push('2.3522,48.8566', '2.3522, 48.8566', '[2.3522, 48.8566]', '{"lon": 2.3522, "lat": 48.8566}');
      break;
    case 'geojson':
      out.push('{"type": "Point", "coordinates": [2.3522, 48.8566]}');
      break;
    case 'object':
      out.push('{"cle": "valeur"}', '{}');
      break;
    case 'array':
      out.push('["exemple"]', '[]');
      break;
    case 'list':
      out.push('exemple', `a${f.delimiter}b`);
      break;
    default:
      out.push('exemple');
  }
  return [...new Set(out)];
}

/** Does the value pass the field's own type and constraints (row-level checks aside)? */
function accepts(cf: CompiledField, raw: string): boolean {
  if (cf.missing.has(raw)) return false;
  const v = cf.reader(raw);
  if (v === FAIL) return false;
  return cf.constraints.every((c) => c.start()(v, raw, 2) === true);
}

/**
 * An example row valid against the whole schema, custom checks included: each
 * field takes its first acceptable candidate, then the row is validated and the
 * fields still in error move to their next candidate (or stay empty when optional).
 */
export async function exampleRow(descriptor: SchemaDescriptor, compiled: CompiledSchema, profile?: CollectiviteProfile): Promise<string[]> {
  const siretFields = new Set(
    compiled.schema.customChecks.filter((c) => /siret/.test(c.name) && typeof c.params?.column === 'string').map((c) => c.params!.column as string),
  );
  const fields = compiled.fields;
  const pools = fields.map((cf) => candidates(cf, profile, siretFields).filter((v) => accepts(cf, v)));
  const pick = fields.map(() => 0);
  const value = (i: number): string => pools[i]![pick[i]!] ?? '';
  const header = fields.map((cf) => cf.field.name);
  let row = fields.map((_, i) => value(i));
  for (let round = 0; round < 6; round++) {
    const report = await validateCells({ values: [header, row] }, { schema: descriptor, maxErrors: 200 });
    const bad = new Set(report.errors.filter((e) => e.severity === 'error' && e.rowNumber === 2 && e.fieldName).map((e) => e.fieldName!));
    if (bad.size === 0) return row;
    for (const name of bad) {
      const i = header.indexOf(name);
      if (i < 0) continue;
      pick[i]!++;
      if (pick[i]! >= pools[i]!.length) pick[i] = fields[i]!.required ? 0 : pools[i]!.length; // optional: leave empty
    }
    row = fields.map((_, i) => value(i));
  }
  return row;
}
