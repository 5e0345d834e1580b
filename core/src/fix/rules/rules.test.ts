import { describe, expect, it } from 'vitest';
import { fieldOf } from '../testing';
import { fieldAccepts, sampleOf } from './accepts';
import { identifierKind, isAnonymousColumn } from './columns';
import { isoDate, readDateCell, readDateToken } from './dates';
import { enumValueOf, looseValue } from './enums';
import { dropZeroDecimals, isScientific, isZeroFilled, luhn, siretValid } from './identifiers';
import { rewriteNumber } from './numbers';
import { compilePattern, fixedDigits } from './pattern';
import { hasSurroundingSpace, isFormulaLike, personalDataKind, spaceKinds, trimSpaces } from './text';

describe('dates', () => {
  it('knows leap years and month lengths', () => {
    expect(isoDate(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDate(2021, 2, 29)).toBeNull();
    expect(isoDate(1900, 2, 29)).toBeNull();
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(2020, 4, 31)).toBeNull();
  });

  it('reads one order when only one is a real date', () => {
    expect(readDateToken('29/02/2020')).toMatchObject({ iso: '2020-02-29', order: 'dmy' });
    expect(readDateToken('02/29/2020')).toMatchObject({ iso: '2020-02-29', order: 'mdy' });
    expect(readDateToken('2020-3-5')).toMatchObject({ iso: '2020-03-05', order: 'ymd', shape: 'AAAA-MM-JJ' });
  });

  it('leaves an ISO cell to others, and refuses times with a date column', () => {
    expect(readDateCell('2020-03-05', 'date')).toBeNull();
    expect(readDateCell('05/03/2020 10h30', 'date')).toBeNull();
    expect(readDateCell('25/03/2020 10h30', 'datetime')).toMatchObject({ iso: '2020-03-25T10:30:00' });
  });
});

describe('numbers', () => {
  it('keeps the digits as written', () => {
    expect(rewriteNumber('40 000,00', false)?.value).toBe('40000.00');
    expect(rewriteNumber('1.234.567', false)?.value).toBe('1234567');
    expect(rewriteNumber('1,234,567', false)?.value).toBe('1234567');
    expect(rewriteNumber('-0,5', false)?.value).toBe('-0.5');
  });

  it('refuses shapes that are not thousands groups', () => {
    expect(rewriteNumber('1 23', false)).toBeNull();
    expect(rewriteNumber('12 345 67', false)).toBeNull();
    expect(rewriteNumber('1.23,4', false)).toBeNull();
  });
});

describe('identifiers', () => {
  it('Luhn, SIRET and La Poste', () => {
    expect(luhn('21860194600013')).toBe(true);
    expect(siretValid('21860194600013')).toBe(true);
    expect(siretValid('35600000000048')).toBe(true);
    expect(siretValid('35600000049837')).toBe(true);
    expect(siretValid('21860194600014')).toBe(false);
  });

  it('scientific notation, decimal tails, zero-filled numbers', () => {
    expect(isScientific('2,43E+13')).toBe(true);
    expect(isScientific('2430E')).toBe(false);
    expect(dropZeroDecimals('21860194600000.0')).toBe('21860194600000');
    expect(dropZeroDecimals('1.5')).toBeNull();
    expect(isZeroFilled('21860194600000', 'siret')).toBe(true);
    expect(isZeroFilled('21860194610000', 'siret')).toBe(false);
  });

  it('recognises SIRET, SIREN and code columns', () => {
    const kind = (d: Parameters<typeof fieldOf>[0], checks: Parameters<typeof fieldOf>[1] = []) => {
      const f = fieldOf(d, checks);
      return identifierKind(f.field, f.schema);
    };
    expect(kind({ name: 'idAttribuant', description: 'Identifiant du Système d’Identification du Répertoire des Etablissements (SIRET)' })).toBe('siret');
    expect(kind({ name: 'x' }, [{ name: 'siret', params: { column: 'x' } }])).toBe('siret');
    expect(kind({ name: 'x', constraints: { pattern: '^[0-9]{9}$' } })).toBe('siren');
    expect(kind({ name: 'cp', constraints: { pattern: '^\\d{5}$' } })).toBe('code');
    expect(kind({ name: 'objet', description: 'Voir le SIRET du bénéficiaire' })).toBeNull();
    expect(kind({ name: 'montant', type: 'number' })).toBeNull();
  });
});

describe('patterns', () => {
  it('compiles Python patterns, and finds fixed digit lengths by probing', () => {
    expect(compilePattern('(?P<d>\\d{2})')?.test('12')).toBe(true);
    expect(compilePattern('([')).toBeNull();
    expect(fixedDigits(fieldOf({ constraints: { pattern: '^\\d{14}$' } }).field)).toBe(14);
    expect(fixedDigits(fieldOf({ constraints: { pattern: '^([013-9]\\d|2[AB1-9])\\d{3}$' } }).field)).toBe(5);
    expect(fixedDigits(fieldOf({ constraints: { pattern: '^\\d{4,5}$' } }).field)).toBe(0);
    expect(fixedDigits(fieldOf({ constraints: { pattern: '^[1-9]\\d{4}$' } }).field)).toBe(0);
  });

  it('asks the schema what it would accept', () => {
    const siret = fieldOf({ constraints: { pattern: '^\\d{14}$' } }).field;
    expect(fieldAccepts(siret, '21860194600013')).toBe(true);
    expect(fieldAccepts(siret, '21860194600013.0')).toBe(false);
    expect(sampleOf(siret)).toBe('11111111111111');
    expect(fieldAccepts(fieldOf({ type: 'date' }).field, '12/03/2020')).toBe(false);
  });
});

describe('text', () => {
  it('trims every kind of space, and says which', () => {
    expect(trimSpaces('\u00a0\u202f a b \t\r\n\u200b')).toBe('a b');
    expect(hasSurroundingSpace('a b')).toBe(false);
    expect(spaceKinds(' a\u00a0')).toEqual(['nbsp', 'space']);
  });

  it('formula-like cells', () => {
    expect(isFormulaLike('=A1')).toBe(true);
    expect(isFormulaLike('\t=A1')).toBe(true);
    expect(isFormulaLike('+33 6 12 34 56 78')).toBe(false);
    expect(isFormulaLike('=')).toBe(false);
  });

  it('personal data', () => {
    expect(personalDataKind('marie.curie@univ-paris.fr')).toBe('email');
    expect(personalDataKind('secretariat@univ-paris.fr')).toBeNull();
    expect(personalDataKind('Tél. 0612345678')).toBe('mobile');
    expect(personalDataKind('SIRET 21860194600013')).toBeNull();
  });

  it('anonymous columns', () => {
    expect(isAnonymousColumn(fieldOf({ name: 'nomBeneficiaire' }).field)).toBe(true);
    expect(isAnonymousColumn(fieldOf({ name: 'NOM_TITULAIRE' }).field)).toBe(true);
    expect(isAnonymousColumn(fieldOf({ name: 'x', title: 'Nom du lauréat' }).field)).toBe(true);
    expect(isAnonymousColumn(fieldOf({ name: 'courrielContact' }).field)).toBe(false);
    expect(isAnonymousColumn(fieldOf({ name: 'economie' }).field)).toBe(false);
    expect(isAnonymousColumn(fieldOf({ name: 'nom', constraints: { enum: ['a'] } }).field)).toBe(false);
  });
});

describe('enums', () => {
  it('matches loosely, only when one value fits', () => {
    expect(looseValue('  Aide  EN numéraire ; aide')).toBe('aide en numeraire;aide');
    const f = fieldOf({ constraints: { enum: ['aide en numéraire', 'aide en nature'] } }).field;
    expect(enumValueOf('AIDE EN NATURE', f)).toBe('aide en nature');
    expect(enumValueOf('aide en nature', f)).toBeNull();
  });
});
