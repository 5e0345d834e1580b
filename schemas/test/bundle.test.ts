import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const resolveDir = fileURLToPath(new URL('..', import.meta.url));
const entry = (from: string): string =>
  `import { listSchemas, loadSchema } from '${from}';\nexport const go = async () => [listSchemas(), await loadSchema('scdl/subventions')];`;

/** What hosts get from their bundler: only the schemas they can reach. */
describe('bundles', () => {
  it('an IIFE of @scdl/schemas/scdl (Apps Script) inlines the SCDL schemas and nothing else', async () => {
    const out = await esbuild.build({
      stdin: { contents: entry('@scdl/schemas/scdl'), resolveDir, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'x',
      logLevel: 'silent',
    });
    const js = out.outputFiles[0]?.text ?? '';
    expect(js).toContain('rnaBeneficiaire');
    expect(js).toContain('menu_coll_nom');
    expect(js).not.toContain('acceslibre');
    expect(js).not.toContain('indice-reparabilite');
  });

  it('an ESM build of @scdl/schemas with splitting puts each schema in its own chunk', async () => {
    const out = await esbuild.build({
      stdin: { contents: entry('@scdl/schemas'), resolveDir, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      splitting: true,
      outdir: '/virtual-out',
      logLevel: 'silent',
    });
    const main = out.outputFiles.find((f) => f.path.endsWith('stdin.js'));
    // ASCII only: esbuild escapes the rest.
    const schemaText = 'attribuant la subvention.';
    expect(out.outputFiles.length).toBeGreaterThan(96);
    expect(main?.text).toContain('"scdl/subventions"');
    expect(main?.text).not.toContain(schemaText);
    expect(out.outputFiles.filter((f) => f.text.includes(schemaText)).length).toBeGreaterThanOrEqual(5);
  });
});
