import { describe, expect, it } from 'vitest';
import { compileSchema } from '@scdl/core/schema/compile';
import { CATALOG, loadSchema } from '../src/index';

describe('every bundled schema compiles with the core', () => {
  it.each(CATALOG.map((e) => [`${e.name}@${e.version}`, e] as const))('%s', async (_, e) => {
    const result = compileSchema(await loadSchema(e.name, e.version));
    expect(result.ok ? [] : result.problems).toEqual([]);
    // Problems the core ignores but reports (typos, misplaced keys) must stay warnings, never crash.
    if (result.ok) for (const w of result.compiled.warnings) expect(w.fatal).toBe(false);
  });
});
