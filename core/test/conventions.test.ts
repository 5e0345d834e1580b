import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customChecks } from '../src/checks/custom';
import { diagnostics } from '../src/checks/diagnostics';
import { errorSpecs } from '../src/errors';
import { en } from '../src/messages/en';
import { fr } from '../src/messages/fr';
import { typeImpls } from '../src/types';
import { constraintImpls } from '../src/constraints';
import { FIELD_TYPES } from '../src/schema/types';

const CHECKS = path.resolve(__dirname, '../src/checks');
const INFRA = new Set(['types', 'custom', 'diagnostics', 'errors', 'test-helpers', 'single-column']);

/** DESIGN.md: a check is one file + its test + one message entry per locale, registered by id. */
describe('conventions: one file per check', () => {
  const files = fs
    .readdirSync(CHECKS)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((f) => !INFRA.has(f));
  const registered = new Map<string, { errors: Record<string, unknown> }>([...customChecks, ...diagnostics].map((c) => [c.id, c]));

  it('finds the checks', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  for (const id of files) {
    it(`${id}: registered, tested, its codes declared and worded in fr and en`, async () => {
      expect(fs.existsSync(path.join(CHECKS, `${id}.test.ts`)), 'test file').toBe(true);
      const check = registered.get(id);
      expect(check, 'registered in custom.ts or diagnostics.ts under its file name').toBeDefined();
      const mod = (await import(path.join(CHECKS, `${id}.ts`))) as { errors?: Record<string, unknown> };
      expect(mod.errors, 'exports its `errors`').toBeDefined();
      expect(Object.keys(mod.errors!), 'main code = file name').toContain(id);
      for (const code of Object.keys(mod.errors!)) {
        expect(code in errorSpecs, `${code} in errorSpecs`).toBe(true);
        expect(fr[code as keyof typeof fr], `fr message for ${code}`).toBeDefined();
        expect(en[code as keyof typeof en], `en message for ${code}`).toBeDefined();
      }
    });
  }

  it('every error code has French and English messages that render', () => {
    for (const code of Object.keys(errorSpecs)) {
      for (const table of [fr, en]) {
        const entry = table[code as keyof typeof table];
        expect(entry, code).toBeDefined();
        const e = { type: code, severity: 'error' as const, tags: [], params: {}, value: 'x' };
        expect(entry.title.length, code).toBeGreaterThan(0);
        expect(() => entry.message(e), code).not.toThrow();
        expect(() => entry.hint(e), code).not.toThrow();
      }
    }
  });

  it('every Table Schema type and constraint has its file', () => {
    for (const t of FIELD_TYPES) expect(typeImpls[t], t).toBeDefined();
    for (const c of ['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'pattern', 'enum', 'jsonSchema'] as const) {
      expect(constraintImpls[c], c).toBeDefined();
    }
  });
});
