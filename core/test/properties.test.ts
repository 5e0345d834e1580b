import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBytes } from '../src/validate';
import { utf8Encode } from '../src/parse/unicode';
import type { SchemaDescriptor } from '../src/schema/types';

const schema: SchemaDescriptor = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true } },
    { name: 'nom', type: 'string' },
    { name: 'montant', type: 'string' },
  ],
};

async function* split(bytes: Uint8Array, cuts: number[]): AsyncIterable<Uint8Array> {
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(bytes.length, c);
    if (to > at) {
      yield bytes.subarray(at, to);
      at = to;
    }
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

const csvCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '"', '""', 'a"b', '"quoted, cell"', 'é', '€', '\u00a0', ';', ',', '\r', '\n', '\r\n', '=1+1', '\ufeff'),
);
const csvText = fc
  .tuple(fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.array(csvCell, { minLength: 0, maxLength: 6 }), { maxLength: 12 }))
  .map(([d, nl, rows]) => ['id,nom,montant', ...rows.map((r) => r.join(d))].join(nl));

describe('validation never throws and is chunking-independent', () => {
  it('random bytes give a JSON-serialisable report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const r = await validateBytes(bytes, { schema, lang: 'fr' });
        const back = JSON.parse(JSON.stringify(r));
        expect(back.status).toMatch(/^(valid|warnings|invalid)$/);
        expect(back.stats.errors + back.stats.warnings).toBeGreaterThanOrEqual(back.errors.length);
      }),
      { numRuns: 300 },
    );
  });

  it('random CSV text gives the same report whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.array(fc.nat({ max: 4000 }), { maxLength: 8 }), fc.constantFrom('utf8', 'utf16le'), async (text, cuts, enc) => {
        let bytes = utf8Encode(text);
        if (enc === 'utf16le') {
          const b = new Uint8Array(2 + text.length * 2);
          b[0] = 0xff;
          b[1] = 0xfe;
          for (let i = 0; i < text.length; i++) {
            b[2 + i * 2] = text.charCodeAt(i) & 0xff;
            b[3 + i * 2] = text.charCodeAt(i) >> 8;
          }
          bytes = b;
        }
        const whole = await validateBytes(bytes, { schema });
        const parts = await validateBytes(split(bytes, cuts), { schema });
        expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes split at random places give the identical report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.array(fc.nat({ max: 2000 }), { maxLength: 10 }), async (bytes, cuts) => {
        const whole = await validateBytes(bytes, { schema });
        const parts = await validateBytes(split(bytes, cuts), { schema });
        expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('survives hostile inputs with a clear report', async () => {
    const padding = 'x'.repeat(5000);
    const cases: [string, Uint8Array, string[]][] = [
      ['unclosed quote', utf8Encode('id,nom,montant\n1,"never closed,3\n2,b,4\n'), ['source-error:unclosed-quote']],
      ['NUL bytes in a text file', new Uint8Array([...utf8Encode(`id,nom,montant\n1,${padding},3\n1,a`), 0, ...utf8Encode(',3\n')]), ['encoding-error:nul']],
      ['NUL-heavy file', new Uint8Array([...utf8Encode('id,nom,montant\n1,a'), 0, 0, 0, ...utf8Encode(',3\n')]), ['source-error:binary']],
      ['1 MB cell', utf8Encode(`id,nom,montant\n1,"${'x'.repeat(1 << 20)}",3\n`), []],
      ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), ['source-error:empty']],
      ['only newlines', utf8Encode('\n\n\n'), ['source-error:empty']],
      ['UTF-16 with BOM', new Uint8Array([0xff, 0xfe, ...[...'id,nom,montant\n1,é,3\n'].flatMap((c) => [c.charCodeAt(0), 0])]), []],
    ];
    for (const [name, bytes, expected] of cases) {
      const r = await validateBytes(bytes, { schema, lang: 'fr' });
      const got = r.errors.filter((e) => e.type === 'source-error' || e.type === 'encoding-error').map((e) => `${e.type}:${String(e.params.reason ?? '')}`);
      expect(got, name).toEqual(expected);
      for (const e of r.errors) expect(e.message, name).toBeTruthy();
    }
  });
});

describe('any schema descriptor gives a report, never an exception', () => {
  const field = fc.record(
    {
      name: fc.oneof(fc.string({ maxLength: 6 }), fc.constant('id'), fc.integer(), fc.constant(null)),
      type: fc.oneof(fc.constantFrom('string', 'integer', 'number', 'date', 'boolean', 'array', 'geopoint', 'year', 'duration', 'bogus'), fc.integer()),
      format: fc.oneof(fc.constantFrom('default', 'any', '%d/%m/%Y', '%Q', 'email', 'array'), fc.integer()),
      constraints: fc.oneof(
        fc.record({ required: fc.anything(), pattern: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('(')), enum: fc.anything(), minimum: fc.anything(), maxLength: fc.anything(), unique: fc.anything() }, { requiredKeys: [] }),
        fc.anything(),
      ),
      trueValues: fc.anything(),
      arrayItem: fc.anything(),
    },
    { requiredKeys: [] },
  );
  const descriptor = fc.oneof(
    fc.record({ fields: fc.oneof(fc.array(field, { maxLength: 4 }), fc.anything()), primaryKey: fc.anything(), missingValues: fc.anything(), custom_checks: fc.anything(), foreignKeys: fc.anything() }, { requiredKeys: ['fields'] }),
    fc.anything(),
  );
  it('random descriptors', async () => {
    await fc.assert(
      fc.asyncProperty(descriptor, async (d) => {
        const r = await validateBytes(utf8Encode('id,a\n1,x\n2,y\n'), { schema: d as never, lang: 'fr' });
        expect(JSON.parse(JSON.stringify(r)).status).toMatch(/^(valid|warnings|invalid)$/);
      }),
      { numRuns: 500 },
    );
  });
});
