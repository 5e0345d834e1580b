import { describe, expect, it } from 'vitest';
import { boundedDistance, isNearMiss } from './fuzzy';
import { cleanLabel, normalizeLabel } from './normalize';
import { compareVersions } from './version';

describe('normalizeLabel', () => {
  it('makes case, accents, separators and a BOM irrelevant', () => {
    const same = ['COLL_SIRET', 'coll siret', 'CollSiret', 'Coll-Siret', '\uFEFFcoll_siret', ' COLL.SIRET ', 'coll\u00a0siret'];
    expect(new Set(same.map(normalizeLabel))).toEqual(new Set(['collsiret']));
    expect(normalizeLabel('Notification à la commission Européenne')).toBe('notificationalacommissioneuropeenne');
    expect(normalizeLabel('Œuvre')).toBe('oeuvre');
    expect(normalizeLabel('menu_nutri-score_plat')).toBe(normalizeLabel('menuNutriScorePlat'));
  });
  it('keeps the label as written, minus BOM and surrounding spaces', () => {
    expect(cleanLabel('\uFEFF nomAttribuant ')).toBe('nomAttribuant');
  });
});

describe('near misses', () => {
  it('tolerates one typo in mid-length labels, two in long ones, none in short ones', () => {
    expect(isNearMiss('montantt', 'montant')).toBe(true);
    expect(isNearMiss('datesperiodeversment', 'datesperiodeversement')).toBe(true);
    expect(isNearMiss('nom', 'non')).toBe(false);
    expect(isNearMiss('objet', 'objel')).toBe(false);
    expect(isNearMiss('idattribuant', 'idbeneficiaire')).toBe(false);
  });
  it('stops early past the bound', () => {
    expect(boundedDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

describe('compareVersions', () => {
  it('orders numerically and ignores a leading v', () => {
    expect(['2.1.10', '2.1.9', '1.1', 'v2.0.0'].sort(compareVersions)).toEqual(['1.1', 'v2.0.0', '2.1.9', '2.1.10']);
    expect(compareVersions('1.1', '1.1.0')).toBe(0);
  });
});
