import { describe, expect, it } from 'vitest';
import { actesProblem, nomenclatureActesValue } from './nomenclature-actes-value';
import { findCustomCheck } from './custom';
import { renderIssue, runCheck } from './test-helpers';

const clean = (s: string) => expect(s).not.toMatch(/undefined|NaN|\[object|null/);


describe('nomenclature-actes-value', () => {
  it('refuses a missing column parameter', () => {
    expect(runCheck(nomenclatureActesValue, { columns: ['x'] }, { fields: ['x'], rows: [] }).problem).toBeDefined();
  });

  it('accepts the nine headings whatever the case and accents', () => {
    for (const v of [
      'Commande publique/Marchés publics', 'Urbanisme/Droit de préemption urbain', 'Domaine et patrimoine/Acquisitions',
      'Fonction publique/Personnels titulaires', 'Institutions et vie politique/Election executif',
      'Libertés publiques et pouvoirs de police/Police municipale', 'FINANCES LOCALES/Subventions',
      'domaines de competences par themes/Culture', 'Autres Domaines De Compétences/Autres',
      'Finances locales/',
    ]) {
      expect(actesProblem(v), v).toBeNull();
    }
  });

  it('refuses a value without slash', () => {
    expect(actesProblem('Finances locales')).toEqual({ problem: 'missing-slash' });
  });

  it('refuses spaces around the slash', () => {
    expect(actesProblem('Finances locales /Subventions')).toEqual({ problem: 'space-around-slash', heading: 'Finances locales ' });
    expect(actesProblem('Finances locales/ Subventions')).toEqual({ problem: 'space-around-slash', heading: 'Finances locales' });
    expect(actesProblem('Finances locales / Subventions')).toEqual({ problem: 'space-around-slash', heading: 'Finances locales ' });
    // Validata blames the space after the slash even when the heading is unknown.
    expect(actesProblem('Budget/ Subventions')).toEqual({ problem: 'space-around-slash', heading: 'Budget' });
  });

  it('refuses an unknown heading', () => {
    expect(actesProblem('Finances/Subventions')).toEqual({ problem: 'unknown-heading', heading: 'Finances' });
    expect(actesProblem(' Urbanisme/PLU')).toEqual({ problem: 'unknown-heading', heading: ' Urbanisme' });
  });

  it('reports the cell, skips empty cells', () => {
    const rows = [['Finances locales/Subventions'], [''], ['Finances/Subventions'], ['Finances/Subventions']];
    const { issues } = runCheck(nomenclatureActesValue, { column: 'DELIB_MATIERE_NOM' }, { fields: ['DELIB_MATIERE_NOM'], rows });
    expect(issues.map((i) => [i.rowNumber, i.params])).toEqual([
      [4, { problem: 'unknown-heading', heading: 'Finances' }],
      [5, { problem: 'unknown-heading', heading: 'Finances' }],
    ]);
  });
  it('renders each problem, with the corrected value for spaces', () => {
    const rows = [['Finances locales'], ['Finances locales / Subventions'], ['Finances/Subventions']];
    const { issues } = runCheck(nomenclatureActesValue, { column: 'm' }, { fields: ['m'], rows });
    issues.forEach((i) => (clean(renderIssue(i).fr), clean(renderIssue(i).en)));
    expect(renderIssue(issues[1]!).fr).toContain('« Finances locales/Subventions »');
    expect(renderIssue(issues[2]!).fr).toContain('« Finances »');
  });
  it("is also found under Validata's new name `nomenclature-acte`", () => {
    expect(findCustomCheck('nomenclature-acte')).toBe(nomenclatureActesValue);
  });
});
