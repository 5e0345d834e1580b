import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorSpecs } from '../src/errors';
import { frictionlessErrors } from '../src/errors/frictionless';
import { en } from '../src/messages/en';
import { fr } from '../src/messages/fr';

const DOC = path.resolve(__dirname, '../../docs/ERRORS.md');

/** docs/ERRORS.md is generated from the code: `UPDATE_DOCS=1 npx vitest run core/test/error-docs` rewrites it. */
function render(): string {
  const lines = [
    '# Error codes',
    '',
    'Generated from `core/src/errors` and `core/src/messages` by `core/test/error-docs.test.ts` (a test fails when this page is stale).',
    '',
    'Origin: **frictionless** codes keep frictionless v5\'s names and numbering (reports line up with Validata); **Validata** codes are its custom checks; **ours** are reading, header and SCDL diagnostics. A diagnosis code may also appear as `diagnosis` on a `type-error` or `constraint-error`, which keeps its frictionless `type`.',
    '',
    '| code | origin | category | default severity | titre (fr) | title (en) |',
    '|---|---|---|---|---|---|',
  ];
  const validata = new Set(['french-siret-value', 'french-siren-value', 'french-gps-coordinates', 'phone-number-value', 'opening-hours-value', 'year-interval-value', 'sum-columns-value', 'compare-columns-value', 'cohesive-columns-value', 'nomenclature-actes-value', 'one-of-required']);
  for (const [code, spec] of Object.entries(errorSpecs).sort(([a], [b]) => a.localeCompare(b))) {
    const origin = code in frictionlessErrors ? 'frictionless' : validata.has(code) ? 'Validata' : 'ours';
    const f = fr[code as keyof typeof fr];
    const e = en[code as keyof typeof en];
    lines.push(`| \`${code}\` | ${origin} | ${spec.category} | ${spec.severity} | ${f.title} | ${e.title} |`);
  }
  return lines.join('\n') + '\n';
}

describe('docs/ERRORS.md', () => {
  it('lists every error code, as the code defines them', () => {
    const text = render();
    if (process.env.UPDATE_DOCS) fs.writeFileSync(DOC, text);
    expect(fs.readFileSync(DOC, 'utf8')).toBe(text);
  });
});
