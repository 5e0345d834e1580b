import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { validateBytes } from '@scdl/core';
import { benchSchema, EXPECT, generate, PLANTED, type Generated } from './generate';

/**
 * `npm run bench`: validation speed against papaparse parsing alone, on the same
 * generated file, in the same run; each measurement in its own process so peak
 * RSS is that measurement's own.
 */

interface ChildResult {
  ms: number;
  maxRssMB: number;
  rows: number;
  byField?: Record<string, Record<string, number>>;
}

async function* chunks(file: string): AsyncIterable<Uint8Array> {
  for await (const c of fs.createReadStream(file, { highWaterMark: 1 << 20 })) yield new Uint8Array(c as Buffer);
}

async function child(kind: string, file: string): Promise<void> {
  const t0 = performance.now();
  let result: ChildResult;
  if (kind === 'validate' || kind === 'validate-no-unique') {
    // Without `unique`, nothing grows with the rows: this run shows the streaming's own memory.
    const schema = kind === 'validate' ? benchSchema : { ...benchSchema, fields: benchSchema.fields.map((f) => (f.name === 'id' ? { ...f, constraints: { required: true } } : f)) };
    const r = await validateBytes(chunks(file), { schema, maxErrors: 100 });
    result = { ms: performance.now() - t0, maxRssMB: 0, rows: r.stats.rows, byField: r.stats.byField };
  } else if (kind === 'papaparse-stream') {
    let rows = 0;
    await new Promise<void>((resolve, reject) => {
      Papa.parse(fs.createReadStream(file, { highWaterMark: 1 << 20 }) as unknown as File, {
        chunk: (res: Papa.ParseResult<unknown>) => {
          rows += res.data.length;
        },
        complete: () => resolve(),
        error: (e: Error) => reject(e),
      });
    });
    result = { ms: performance.now() - t0, maxRssMB: 0, rows: rows - 1 };
  } else {
    // Papaparse on the whole decoded text in memory: parsing and nothing else.
    const text = fs.readFileSync(file, 'utf8');
    const t1 = performance.now();
    const r = Papa.parse<string[]>(text);
    result = { ms: performance.now() - t1, maxRssMB: 0, rows: r.data.length - 2 };
  }
  result.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
}

/** Each measurement in its own process; `heapMB` caps V8's heap to prove what does not grow. */
function runChild(kind: string, file: string, heapMB = 4096): ChildResult {
  const out = execFileSync(process.execPath, [`--max-old-space-size=${heapMB}`, process.argv[1]!, '--child', kind, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out) as ChildResult;
}

/** Best of `n` runs: the machine's other work only ever makes a run slower. */
function best(n: number, run: () => ChildResult): ChildResult {
  let b = run();
  for (let i = 1; i < n; i++) {
    const r = run();
    if (r.ms < b.ms) b = r;
  }
  return b;
}

/** Reads the file once so no measurement pays for a cold disk cache. */
async function warm(file: string): Promise<void> {
  for await (const _ of fs.createReadStream(file, { highWaterMark: 1 << 22 })) void _;
}

const FLAT_HEAP_MB = 64;

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function checkPlanted(g: Generated, r: ChildResult): string[] {
  const problems: string[] = [];
  const expected: Record<string, number> = {};
  for (const k of PLANTED) {
    const { type, field } = EXPECT[k];
    expected[`${field}/${type}`] = (expected[`${field}/${type}`] ?? 0) + g.planted[k];
  }
  const found: Record<string, number> = {};
  // Only the error kinds planted; SCDL warnings (e.g. a SIRET that looks zero-filled) are not the bench's business.
  const planted = new Set(Object.values(EXPECT).map((e) => e.type));
  for (const [field, codes] of Object.entries(r.byField ?? {})) for (const [code, n] of Object.entries(codes)) if (planted.has(code)) found[`${field}/${code}`] = n;
  for (const key of new Set([...Object.keys(expected), ...Object.keys(found)])) {
    if ((expected[key] ?? 0) !== (found[key] ?? 0)) problems.push(`${key}: planted ${expected[key] ?? 0}, found ${found[key] ?? 0}`);
  }
  return problems;
}

async function parent(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = args.includes('--quick') ? [100_000] : [1_000_000, 5_000_000];
  const dir = path.resolve(process.env.SCDL_BENCH_DIR ?? '.bench');
  console.log(`scdl bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}; times are the best of 3 runs (2 for 5M rows), each in its own process, file cache warm`);
  const rows: string[][] = [];
  let failed = false;
  for (const n of sizes) {
    const g = await generate(dir, n);
    const mb = g.bytes / 1048576;
    const plantedTotal = Object.values(g.planted).reduce((a, b) => a + b, 0);
    console.log(`\nfile: ${g.path} — ${fmt(n)} rows × 10 columns, ${fmt(mb, 1)} MB, ${fmt(plantedTotal)} planted errors (${PLANTED.map((k) => `${k} ${g.planted[k]}`).join(', ')})`);
    await warm(g.path);
    const runs = n <= 1_000_000 ? 3 : 2;
    const papaStream = best(runs, () => runChild('papaparse-stream', g.path));
    const papaText = n <= 1_000_000 ? best(runs, () => runChild('papaparse-string', g.path)) : null;
    const v = best(runs, () => runChild('validate', g.path));
    // Without the unique index, validation must fit a small heap whatever the file size.
    const flat = runChild('validate-no-unique', g.path, FLAT_HEAP_MB);
    const problems = checkPlanted(g, v);
    if (problems.length) failed = true;
    const ratio = v.ms / papaStream.ms;
    console.log(`  papaparse, streaming the file : ${fmt(papaStream.ms)} ms, ${fmt(papaStream.rows / (papaStream.ms / 1000))} rows/s, ${fmt(mb / (papaStream.ms / 1000), 1)} MB/s, peak RSS ${fmt(papaStream.maxRssMB)} MB`);
    if (papaText) console.log(`  papaparse, text already in memory : ${fmt(papaText.ms)} ms (parsing only, file read and decoded beforehand), peak RSS ${fmt(papaText.maxRssMB)} MB`);
    console.log(`  scdl validate (full)          : ${fmt(v.ms)} ms, ${fmt(v.rows / (v.ms / 1000))} rows/s, ${fmt(mb / (v.ms / 1000), 1)} MB/s, peak RSS ${fmt(v.maxRssMB)} MB`);
    console.log(`  scdl validate, no unique index  : ${fmt(flat.ms)} ms, peak RSS ${fmt(flat.maxRssMB)} MB, with V8's heap capped at ${FLAT_HEAP_MB} MB (streaming alone: nothing kept per row)`);
    console.log(`  ratio validation / papaparse streaming : ${ratio.toFixed(2)}×${papaText ? `   (vs in-memory parse: ${(v.ms / papaText.ms).toFixed(2)}×)` : ''}`);
    console.log(`  planted errors found: ${problems.length ? `NO — ${problems.join('; ')}` : `all ${fmt(plantedTotal)} (exact counts per column and kind)`}`);
    rows.push([fmt(n), `${fmt(mb, 0)} MB`, `${fmt(v.ms)} ms`, `${ratio.toFixed(2)}×`, `${fmt(v.maxRssMB)} MB`, `${fmt(flat.maxRssMB)} MB`, `${fmt(papaStream.maxRssMB)} MB`]);
  }
  console.log('\nside by side:');
  console.log('  rows       | size    | validate   | ratio | peak RSS validate | same, no unique index | peak RSS papaparse');
  for (const r of rows) console.log(`  ${r[0]!.padEnd(10)} | ${r[1]!.padEnd(7)} | ${r[2]!.padEnd(10)} | ${r[3]!.padEnd(5)} | ${r[4]!.padEnd(17)} | ${r[5]!.padEnd(21)} | ${r[6]}`);
  console.log('  (the unique index keeps a 64-bit fingerprint and first row per distinct value: the only memory that grows with the rows)');
  if (failed) process.exitCode = 1;
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await parent();
