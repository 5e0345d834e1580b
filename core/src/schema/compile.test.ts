import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSchema } from './compile';
import { validateBytes } from '../validate';
import { utf8Encode } from '../parse/unicode';

describe('compileSchema', () => {
  it('compiles each descriptor once: re-validations reuse the closures', () => {
    const d = { fields: [{ name: 'a', type: 'integer' }] };
    const first = compileSchema(d);
    expect(first.ok).toBe(true);
    expect(compileSchema(d)).toBe(first);
    expect(compileSchema({ fields: [{ name: 'a', type: 'integer' }] })).not.toBe(first);
  });

  it('checks the descriptor against the Table Schema profile, with JSON paths', () => {
    const r = compileSchema({ fields: [{ name: 'a', constraints: { required: 'yes' } }, { type: 'string' }], primaryKey: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/fields/0/constraints/required', '/fields/1', '/primaryKey']));
  });

  it('reports a broken schema as schema-error in the report, never as an exception', async () => {
    const report = await validateBytes(utf8Encode('a\n1\n'), { schema: { fields: 'nope' } as never, lang: 'fr' });
    expect(report.errors[0]).toMatchObject({ type: 'schema-error', params: { reason: 'invalid', path: '/fields' } });
    expect(report.errors[0]!.message).toMatch(/Le schéma lui-même est invalide en \/fields/);
  });

  it('uses a validator generated at install, with no eval or Function at run time', () => {
    const code = fs.readFileSync(path.join(__dirname, '../generated/profile.js'), 'utf8');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    expect(code).not.toMatch(/\brequire\(/);
  });
});
