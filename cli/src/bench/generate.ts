import fs from 'node:fs';
import type { SchemaDescriptor } from '@scdl/core';

/** The benchmark's schema: one column per kind of check the core runs on every row. */
export const benchSchema: SchemaDescriptor = {
  name: 'bench',
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
    { name: 'siret', type: 'string', constraints: { pattern: '^\\d{14}$' } },
    { name: 'nom', type: 'string', constraints: { required: true, maxLength: 80 } },
    { name: 'code_insee', type: 'string', constraints: { pattern: '^[0-9][0-9AB][0-9]{3}$' } },
    { name: 'date', type: 'date' },
    { name: 'montant', type: 'number', constraints: { minimum: 0 } },
    { name: 'quantite', type: 'integer', constraints: { minimum: 0, maximum: 1000 } },
    { name: 'categorie', type: 'string', constraints: { enum: ['culture', 'sport', 'social', 'education', 'environnement'] } },
    { name: 'actif', type: 'boolean', trueValues: ['oui'], falseValues: ['non'] },
    { name: 'taux', type: 'number', constraints: { maximum: 1 } },
  ],
};

export type Planted = 'pattern' | 'minimum' | 'maximum' | 'enum' | 'date' | 'integer' | 'unique' | 'required';
export const PLANTED: readonly Planted[] = ['pattern', 'minimum', 'maximum', 'enum', 'date', 'integer', 'unique', 'required'];

/** Where each planted kind must show in the report: error type and field. */
export const EXPECT: Record<Planted, { type: string; field: string }> = {
  pattern: { type: 'constraint-error', field: 'siret' },
  minimum: { type: 'constraint-error', field: 'montant' },
  maximum: { type: 'constraint-error', field: 'quantite' },
  enum: { type: 'constraint-error', field: 'categorie' },
  date: { type: 'type-error', field: 'date' },
  integer: { type: 'type-error', field: 'quantite' },
  unique: { type: 'unique-error', field: 'id' },
  required: { type: 'constraint-error', field: 'nom' },
};

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Association Les Amis du Patrimoine', 'Club sportif municipal', 'Comité des fêtes', 'École de musique', 'Centre social Léo-Lagrange', 'Théâtre de la Ville', 'Banque alimentaire', 'Ludothèque « Le Dé »'];
const CATS = ['culture', 'sport', 'social', 'education', 'environnement'];

export interface Generated {
  path: string;
  rows: number;
  bytes: number;
  planted: Record<Planted, number>;
}

/**
 * Writes a deterministic CSV of `rows` data rows × 10 columns with about 1 % of
 * rows carrying one planted error of a known kind; returns how many of each.
 * Reuses the file when it already exists with the same manifest.
 */
export async function generate(dir: string, rows: number): Promise<Generated> {
  fs.mkdirSync(dir, { recursive: true });
  const path = `${dir}/bench-${rows}.csv`;
  const manifest = `${path}.json`;
  if (fs.existsSync(path) && fs.existsSync(manifest)) {
    const m = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Generated & { version: number };
    if (m.version === 2 && m.rows === rows) return m;
  }
  const rand = rng(20261127);
  const planted = Object.fromEntries(PLANTED.map((k) => [k, 0])) as Record<Planted, number>;
  // Rows whose id was replaced by a duplicate: their own id never appears, so never duplicate it.
  const replaced = new Set<number>();
  const out = fs.createWriteStream(path);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  let buf = benchSchema.fields.map((f) => f.name).join(',') + '\n';
  for (let i = 1; i <= rows; i++) {
    const siren = String(100000000 + Math.floor(rand() * 899999999));
    let id = String(i);
    let siret = siren + String(10000 + Math.floor(rand() * 89999));
    let nom = NAMES[Math.floor(rand() * NAMES.length)]!;
    if (nom.includes(' ')) nom = `"${nom}"`;
    const dep = 1 + Math.floor(rand() * 95);
    const insee = String(dep).padStart(2, '0') + String(1 + Math.floor(rand() * 899)).padStart(3, '0');
    const y = 2015 + Math.floor(rand() * 10);
    const mo = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    let date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    let montant = (rand() * 100000).toFixed(2);
    let quantite = String(Math.floor(rand() * 1001));
    let cat = CATS[Math.floor(rand() * CATS.length)]!;
    const actif = rand() < 0.5 ? 'oui' : 'non';
    const taux = rand().toFixed(3);
    if (rand() < 0.01 && i > 1) {
      const kind = PLANTED[Math.floor(rand() * PLANTED.length)]!;
      planted[kind]++;
      switch (kind) {
        case 'pattern': siret = siret.slice(0, 13); break;
        case 'minimum': montant = `-${montant}`; break;
        case 'maximum': quantite = String(1001 + Math.floor(rand() * 100)); break;
        case 'enum': cat = cat + 'l'; break;
        case 'date': date = `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}`; break;
        case 'integer': quantite = `${quantite}.5`; break;
        case 'unique': {
          let target = 1 + Math.floor(rand() * (i - 1));
          while (replaced.has(target)) target = target > 1 ? target - 1 : i - 1;
          replaced.add(i);
          id = String(target);
          break;
        }
        case 'required': nom = ''; break;
      }
    }
    buf += `${id},${siret},${nom},${insee},${date},${montant},${quantite},${cat},${actif},${taux}\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((r) => out.end(() => r()));
  const g: Generated = { path, rows, bytes: fs.statSync(path).size, planted };
  fs.writeFileSync(manifest, JSON.stringify({ ...g, version: 2 }));
  return g;
}
