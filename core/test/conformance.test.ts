import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBytes, type ValidateOptions } from '../src/validate';
import type { ValidationError } from '../src/errors/types';

/**
 * Data-driven conformance with frictionless v5: each folder of test/conformance/<group>/<case>/
 * holds schema.json, data.csv and expected.json (format in test/conformance/README.md).
 */

interface ExpectedError {
  type: string;
  rowNumber?: number;
  fieldNumber?: number;
  fieldName?: string;
  params?: Record<string, unknown>;
}

interface Expected {
  description?: string;
  options?: Partial<ValidateOptions>;
  errors: ExpectedError[];
  status?: 'valid' | 'warnings' | 'invalid';
  /** Partial match on report.source (encoding, delimiter, headerRow...). */
  source?: Record<string, unknown>;
  differsFromFrictionless?: string;
}

const root = fileURLToPath(new URL('./conformance/', import.meta.url));
const dirs = (p: string): string[] => readdirSync(p).filter((n) => statSync(join(p, n)).isDirectory()).sort();

function matches(actual: ValidationError, e: ExpectedError): boolean {
  if (actual.type !== e.type || actual.rowNumber !== e.rowNumber || actual.fieldNumber !== e.fieldNumber) return false;
  if (e.fieldName !== undefined && actual.fieldName !== e.fieldName) return false;
  for (const [k, v] of Object.entries(e.params ?? {})) {
    if (JSON.stringify(actual.params[k]) !== JSON.stringify(v)) return false;
  }
  return true;
}

const show = (e: ValidationError | ExpectedError): string =>
  `${e.type} row ${e.rowNumber ?? '-'} field ${e.fieldNumber ?? '-'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`;

for (const group of dirs(root)) {
  describe(group, () => {
    for (const name of dirs(join(root, group))) {
      const dir = join(root, group, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const title = expected.differsFromFrictionless ? `${name} (differs from frictionless)` : name;
      it(title, async () => {
        expect(existsSync(join(dir, 'schema.json')) && existsSync(join(dir, 'data.csv'))).toBe(true);
        const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')) as ValidateOptions['schema'];
        const bytes = new Uint8Array(readFileSync(join(dir, 'data.csv')));
        const report = await validateBytes(bytes, { ...expected.options, schema });

        // Warnings count only when the case lists their type.
        const listed = new Set(expected.errors.map((e) => e.type));
        const remaining = report.errors.filter((e) => e.severity === 'error' || listed.has(e.type));
        const missing: ExpectedError[] = [];
        for (const e of expected.errors) {
          const i = remaining.findIndex((a) => matches(a, e));
          if (i < 0) missing.push(e);
          else remaining.splice(i, 1);
        }
        expect({ missing: missing.map(show), unexpected: remaining.map(show) }).toEqual({ missing: [], unexpected: [] });
        expect(report.truncated).toBe(false);
        if (expected.status) expect(report.status).toBe(expected.status);
        if (expected.source) expect(report.source).toMatchObject(expected.source);
      });
    }
  });
}
