import { describe, expect, it } from 'vitest';
import { detectSchema } from './detect';
import { describeDetection } from './messages';
import { fitScore, orderScore } from './score';
import type { CatalogEntry } from './types';
import { breaksHint } from './values';

function entry(name: string, version: string, fieldNames: string[], extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    name,
    version,
    title: name,
    latest: false,
    labels: [],
    scdl: true,
    status: 'active',
    path: `${name}/${version}/schema.json`,
    fieldCount: fieldNames.length,
    fieldNames,
    ...extra,
  };
}

const SUB14 = ['nomAttribuant', 'idAttribuant', 'dateConvention', 'referenceDecision', 'nomBeneficiaire', 'idBeneficiaire', 'objet', 'montant', 'nature', 'conditionsVersement', 'datesPeriodeVersement', 'idRAE', 'notificationUE', 'pourcentageSubvention'];
const SUB16 = [...SUB14.slice(0, 6), 'rnaBeneficiaire', ...SUB14.slice(6), 'dispositifAide'];
const DELIB2 = ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET', 'BUDGET_ANNEE', 'BUDGET_NOM', 'PREF_ID', 'PREF_DATE', 'VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION', 'DELIB_URL'];
const DELIB1 = ['COLL_NOM', 'COLL_SIRET', 'BUDGET_ANNEE', 'BUDGET_NOM', ...DELIB2.filter((f) => !f.startsWith('BUDGET') && f !== 'COLL_NOM' && f !== 'COLL_SIRET')];
const MENU09 = ['menu_coll_nom', 'menu_coll_siret', 'menu_date', 'menu_type_repas', 'menu_type_plat', 'menu_nom_plat'];
const MENU12 = ['menuCollNom', 'menuCollSiret', 'menuDate', 'menuTypeRepas', 'menuTypePlat', 'menuNomPlat'];

const catalog: CatalogEntry[] = [
  entry('scdl/subventions', '1.1.0', SUB14, {
    hints: [{ name: 'pourcentageSubvention', type: 'number', minimum: 0, maximum: 1 }],
  }),
  entry('scdl/subventions', '2.0.2', SUB14, {
    hints: [{ name: 'pourcentageSubvention', type: 'number', minimum: 0.01, maximum: 1 }],
  }),
  entry('scdl/subventions', '2.1.1', SUB16, { latest: true, aliases: { nomAttribuant: ['COLL_NOM'], idAttribuant: ['COLL_SIRET'] } }),
  entry('scdl/deliberations', '1.1.0', DELIB1),
  entry('scdl/deliberations', '2.0.0', DELIB2),
  entry('scdl/deliberations', '2.1.5', DELIB2, { latest: true }),
  entry('scdl/menus-collectifs', '0.9.0', MENU09),
  entry('scdl/menus-collectifs', '1.2.0', MENU12, { latest: true }),
  entry('x/generic', '1.0.0', ['id', 'nom', 'commune', 'date', 'type', 'code', 'adresse', 'telephone', 'email', 'url'], { latest: true }),
];

const detect = (header: string[], sample: string[][] = []) => detectSchema(header, sample, catalog);
const found = (header: string[], sample: string[][] = []) => {
  const m = detect(header, sample).match;
  return m && `${m.name}@${m.version}`;
};

describe('scores', () => {
  it('costs an extra column twice a missing one', () => {
    expect(fitScore(10, 10, 10)).toBe(1);
    expect(fitScore(10, 11, 10)).toBeCloseTo(10 / 11);
    expect(fitScore(10, 10, 11)).toBeCloseTo(10 / 10.5);
    expect(fitScore(0, 3, 3)).toBe(0);
  });
  it('measures order as the longest run in schema order', () => {
    expect(orderScore([0, 1, 2, 3])).toBe(1);
    expect(orderScore([0, 1, 4, 5, 2, 3])).toBeCloseTo(4 / 6);
    expect(orderScore([])).toBe(1);
  });
});

describe('detectSchema', () => {
  it('finds the exact version when the header tells it', () => {
    expect(found(SUB16)).toBe('scdl/subventions@2.1.1');
    expect(found(DELIB1)).toBe('scdl/deliberations@1.1.0');
    expect(found(MENU09)).toBe('scdl/menus-collectifs@0.9.0');
    expect(found(MENU12)).toBe('scdl/menus-collectifs@1.2.0');
  });

  it('prefers the latest of versions sharing a header, and says which ones tie', () => {
    const r = detect(DELIB2);
    expect(r.match).toMatchObject({ name: 'scdl/deliberations', version: '2.1.5', tiedVersions: ['2.0.0'], confidence: 1 });
    expect(detect(SUB14).match).toMatchObject({ version: '2.0.2', tiedVersions: ['1.1.0'] });
  });

  it('breaks header ties with values only when they fit an older version better', () => {
    const row = (pct: string) => [...SUB14.slice(0, -1).map(() => 'x'), pct];
    expect(found(SUB14, [row('0.5'), row('1')])).toBe('scdl/subventions@2.0.2');
    expect(found(SUB14, [row('0'), row('0.5')])).toBe('scdl/subventions@1.1.0');
  });

  it('tolerates case, accents, separators, a BOM, missing, extra and misordered columns', () => {
    const messy = ['\uFEFFNOM_ATTRIBUANT', 'id attribuant', 'DateConvention', 'nomBeneficiaire', 'rnaBeneficiaire', 'objet', 'montant', 'nature', 'conditionsVersement', 'datesPeriodeVersement', 'pourcentageSubvention', 'dispositifAide', 'commentaire'];
    const r = detect(messy);
    expect(r.match).toMatchObject({ name: 'scdl/subventions', version: '2.1.1' });
    expect(r.match?.columns.find((c) => c.field === 'nomAttribuant')).toEqual({ index: 0, header: 'NOM_ATTRIBUANT', field: 'nomAttribuant', kind: 'normalized' });
    expect(found([...SUB16].reverse())).toBe('scdl/subventions@2.1.1');
  });

  it('tells snake_case from camelCase versions by the spelling the file uses', () => {
    expect(found(MENU09.map((h) => h.toUpperCase()))).toBe('scdl/menus-collectifs@1.2.0');
    expect(detect(MENU09).match?.confidence).toBe(1);
    expect(detect(MENU12.map((h) => h.toLowerCase())).match?.confidence).toBeLessThan(1);
  });

  it('counts aliases and typos for less than names', () => {
    const r = detect(['COLL_NOM', 'COLL_SIRET', 'montantt', ...SUB16.slice(2).filter((f) => f !== 'montant')]);
    expect(r.match?.name).toBe('scdl/subventions');
    expect(r.match?.columns.filter((c) => c.kind !== 'exact').map((c) => c.kind)).toEqual(['alias', 'alias', 'fuzzy']);
    expect(r.match?.confidence).toBeLessThan(1);
  });

  it('answers no match rather than guess', () => {
    expect(detect([])).toMatchObject({ match: null, reason: 'no-header' });
    expect(detect(['', ' '])).toMatchObject({ match: null, reason: 'no-header' });
    expect(detect(['a', 'b', 'c'])).toMatchObject({ match: null, reason: 'no-match', candidates: [] });
    const few = detect(['COLL_NOM', 'COLL_SIRET', 'montant', 'population']);
    expect(few).toMatchObject({ match: null, reason: 'no-match' });
    // The aliases COLL_NOM/COLL_SIRET and `montant` make subventions the closest, still far below the threshold.
    expect(few.candidates[0]?.name).toBe('scdl/subventions');
    expect(few.candidates[0]?.confidence).toBeLessThan(0.35);
    expect(describeDetection(few)).toMatch(/^Aucun schéma reconnu \(le plus proche : scdl\/subventions@2\.1\.1, \d+ %\)\.$/);
  });

  it('refuses when two schemas fit almost equally', () => {
    const twins = [entry('a/one', '1', ['alpha', 'beta', 'gamma', 'delta']), entry('b/two', '1', ['alpha', 'beta', 'gamma', 'epsilon'])];
    const r = detectSchema(['alpha', 'beta', 'gamma'], [], twins);
    expect(r).toMatchObject({ match: null, reason: 'ambiguous' });
    expect(describeDetection(r, 'en')).toMatch(/fit almost equally well/);
  });

  it('reports the runner-up from another schema and a few candidates', () => {
    const r = detect(DELIB2);
    expect(r.runnerUp?.name).not.toBe('scdl/deliberations');
    expect(r.candidates[0]).toEqual({ name: 'scdl/deliberations', version: '2.1.5', title: 'scdl/deliberations', status: 'active', confidence: 1 });
    expect(new Set(r.candidates.map((c) => c.name)).size).toBe(r.candidates.length);
    expect(describeDetection(r)).toBe('Schéma reconnu : scdl/deliberations@2.1.5 (scdl/deliberations), confiance 100 %. L\'en-tête est aussi celui des versions 2.0.0.');
  });
});

describe('value hints', () => {
  it('checks types, bounds, lengths, enums and Python-style patterns', () => {
    expect(breaksHint('0', { name: 'p', type: 'number', minimum: 0.01 })).toBe(true);
    expect(breaksHint('abc', { name: 'p', type: 'number' })).toBe(true);
    expect(breaksHint('123456', { name: 'r', maxLength: 5 })).toBe(true);
    expect(breaksHint('b', { name: 'e', enum: ['a'] })).toBe(true);
    expect(breaksHint('Finances locales/Décisions budgétaires', { name: 'm', pattern: '^\\w+( \\w+)*\\/[ \\w]+$' })).toBe(false);
    expect(breaksHint('x', { name: 'm', pattern: '(' })).toBe(false);
  });
});
