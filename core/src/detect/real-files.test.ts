import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '@scdl/schemas/catalog';
import { detectSchema } from './detect';
import { sniffTable } from '../parse/sniff-table';
import type { CatalogEntry } from './types';
import { SHARED_DIR } from '../../../testdata/index';

/*
 * Detection over every example and real CSV file in ../shared/scdl, with the
 * bundled catalogue. Headers are read by the core's own reader (encoding,
 * dialect, title rows), as `validateBytes` does before detecting.
 */

const SHARED = `${SHARED_DIR}/scdl/`;

function readTable(bytes: Uint8Array, maxRows = 50): { header: string[]; rows: string[][] } {
  const t = sniffTable(bytes, maxRows);
  return { header: t.header, rows: t.rows };
}

function csvFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? csvFiles(p) : p.endsWith('.csv') ? [p] : [];
    })
    .sort();
}

const detectFile = (path: string) => {
  const { header, rows } = readTable(readFileSync(path));
  return detectSchema(header, rows, CATALOG as readonly CatalogEntry[]);
};

const SUB_14 = ['1.1.0', '2.0.0', '2.0.1', '2.0.2'];
const SUB_16 = ['2.1.0', '2.1.1'];

/**
 * Expected schema, version picked, and the versions the header cannot tell apart
 * (same columns in the same order: the latest of them is picked unless sample
 * values break one of its rules and not an older one's).
 *
 * subventions: 1.1.0 and 2.0.x share one 14-column header; 2.1.x adds
 * rnaBeneficiaire and dispositifAide. So a file is 2.1.x when it has either,
 * otherwise the 14-column generation, of which 2.0.2 is the latest.
 *
 * The real files collected with 1.1.0 (subventions/1.1.0/) predate or
 * half-follow SCDL. Those with camelCase names (Lot, Somme, Haute-Garonne, with
 * case typos, a missing idRAE/notificationUE, an extra `type`, swapped columns)
 * have the 14-column header: 2.0.2, tied with 1.1.0–2.0.1; their values
 * (percentages in 0.01..1, no idRAE over 5 characters) do not single out 1.1.0.
 * Poitiers and Nièvre use the pre-SCDL names (COLL_NOM, ATTRIB_SIRET, SUB_OBJET…),
 * which the catalogue knows as aliases of every version: Poitiers has no column
 * of 2.1 only, so 2.0.2; Nièvre has SUB_DISPOSITIF, the aid scheme that only
 * 2.1 has (dispositifAide), so 2.1.1, tied with 2.1.0. Confidence stays lower
 * (aliases count 0.9, and their columns without equivalent count as extra).
 */
const EXPECTED: Record<string, { name: string; version: string; tied: string[]; min: number }> = {
  'irve-dynamique/exemple-valide-dynamique.csv': { name: 'etalab/schema-irve-dynamique', version: '2.3.1', tied: ['2.3.1'], min: 0.99 },
  'irve-statique/exemple-valide-statique.csv': { name: 'etalab/schema-irve-statique', version: '2.3.1', tied: ['2.3.1'], min: 0.99 },
  'prenoms/prenoms-nouveaux-nes_exemple-invalide.csv': { name: 'scdl/prenoms', version: '1.1.6', tied: ['1.1.5', '1.1.6'], min: 0.99 },
  'prenoms/prenoms-nouveaux-nes_exemple-valide.csv': { name: 'scdl/prenoms', version: '1.1.6', tied: ['1.1.5', '1.1.6'], min: 0.99 },
  'subventions/1.1.0/DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv': { name: 'scdl/subventions', version: '2.0.2', tied: SUB_14, min: 0.95 },
  'subventions/1.1.0/DEP_Nièvre_CD58_SUBVENTIONS_2016_LISTE.csv': { name: 'scdl/subventions', version: '2.1.1', tied: SUB_16, min: 0.55 },
  'subventions/1.1.0/DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv': { name: 'scdl/subventions', version: '2.0.2', tied: SUB_14, min: 0.8 },
  'subventions/1.1.0/DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv': { name: 'scdl/subventions', version: '2.0.2', tied: SUB_14, min: 0.8 },
  'subventions/1.1.0/SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv': { name: 'scdl/subventions', version: '2.0.2', tied: SUB_14, min: 0.55 },
  'subventions/1.1.0/SCDL_DEP_Haute Garonne_datalocale-subvention.csv': { name: 'scdl/subventions', version: '2.0.2', tied: SUB_14, min: 0.95 },
  'subventions/1.1.0/exemple_invalide.csv': { name: 'scdl/subventions', version: '2.0.2', tied: SUB_14, min: 0.99 },
  // No rnaBeneficiaire/dispositifAide, notificationUE twice: the 14-column header plus a duplicate.
  'subventions/exemple-duplicate-column.csv': { name: 'scdl/subventions', version: '2.0.2', tied: SUB_14, min: 0.9 },
  // rnaBeneficiaire without dispositifAide: 2.1.
  'subventions/exemple_invalide_erreurs_cellules.csv': { name: 'scdl/subventions', version: '2.1.1', tied: SUB_16, min: 0.95 },
  'subventions/exemple_invalide_erreurs_colonnes.csv': { name: 'scdl/subventions', version: '2.1.1', tied: SUB_16, min: 0.95 },
  'subventions/exemple_valide.csv': { name: 'scdl/subventions', version: '2.1.1', tied: SUB_16, min: 0.99 },
};

describe('detection over every example and real file in ../shared/scdl', () => {
  const files = csvFiles(SHARED).map((f) => relative(SHARED, f));

  it('has an expectation for every CSV file there', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', (file) => {
    const want = EXPECTED[file];
    const r = detectFile(join(SHARED, file));
    expect(r.match, JSON.stringify(r.candidates)).not.toBeNull();
    const m = r.match!;
    expect(`${m.name}@${m.version}`).toBe(`${want?.name}@${want?.version}`);
    expect([m.version, ...m.tiedVersions].sort()).toEqual(want?.tied);
    expect(m.confidence).toBeGreaterThanOrEqual(want?.min ?? 1);
    expect(r.runnerUp?.name ?? null).not.toBe(m.name);
  });
});

describe('detection of every bundled schema from its own header', () => {
  const tellable = (e: CatalogEntry, m: { version: string; tiedVersions: string[] }) =>
    m.version === e.version || m.tiedVersions.includes(e.version);
  const variants: Record<string, (names: readonly string[]) => string[]> = {
    exact: (n) => [...n],
    'UPPER CASE': (n) => n.map((f) => f.toUpperCase()),
    'lower case, words spaced': (n) => n.map((f) => f.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()),
    'two columns missing': (n) => (n.length > 4 ? n.slice(0, -2) : [...n]),
    'two extra columns': (n) => [...n, 'commentaire', 'remarques'],
  };
  // Schemas whose truncated header is as much another's: refusing is right.
  const ambiguousWhenTruncated = new Set(['cnigfr/ensemble-paysager', 'cnigfr/sousunite-paysagere']);

  it.each(Object.keys(variants))('%s', (variant) => {
    for (const e of CATALOG) {
      const r = detectSchema(variants[variant]!(e.fieldNames), [], CATALOG);
      if (variant === 'two columns missing' && ambiguousWhenTruncated.has(e.name)) {
        expect(r.reason, e.name).toBe('ambiguous');
        continue;
      }
      expect(r.match?.name, `${e.name}@${e.version}`).toBe(e.name);
      expect(tellable(e, r.match!), `${e.name}@${e.version} → ${r.match?.version}`).toBe(true);
    }
  });

  it('still finds the schema, not always the version, when the columns are reversed', () => {
    for (const e of CATALOG) {
      expect(detectSchema([...e.fieldNames].reverse(), [], CATALOG).match?.name).toBe(e.name);
    }
  });
});
