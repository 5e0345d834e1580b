import { describe, expect, it } from 'vitest';
import { absoluteUrl, classifyLink, dataGouvResourceId, headSaysCsv, isCsvMime, originPattern } from './links';

const PAGE = 'https://www.exemple-commune.fr/donnees/index.html';

describe('classifyLink', () => {
  it('recognises .csv links, relative or absolute, any case, with a query, without the fragment', () => {
    expect(classifyLink('subventions.csv', PAGE)).toEqual({ url: 'https://www.exemple-commune.fr/donnees/subventions.csv', kind: 'csv' });
    expect(classifyLink('/fichiers/DELIB_2024.CSV?v=3#top', PAGE)).toEqual({ url: 'https://www.exemple-commune.fr/fichiers/DELIB_2024.CSV?v=3', kind: 'csv' });
    expect(classifyLink('https://static.data.gouv.fr/resources/x/20240101/budget%202024.csv', PAGE)?.kind).toBe('csv');
  });

  it('uses the anchor type and download attributes', () => {
    expect(classifyLink('/telecharger/12', PAGE, { type: 'text/csv' })?.kind).toBe('csv');
    expect(classifyLink('/fichier/12', PAGE, { download: 'equipements.csv' })?.kind).toBe('csv');
    expect(classifyLink('/fichier/12', PAGE, { type: 'text/csv; charset=utf-8' })?.kind).toBe('csv');
  });

  it('recognises data.gouv.fr resource links, whose format the API tells', () => {
    const id = '54d47250-1daf-483b-965a-3013f8c76617';
    for (const href of [
      `https://www.data.gouv.fr/fr/datasets/r/${id}`,
      `https://www.data.gouv.fr/datasets/r/${id}/`,
      `https://www.data.gouv.fr/api/1/datasets/r/${id}`,
      `https://demo.data.gouv.fr/en/datasets/r/${id.toUpperCase()}`,
    ]) {
      expect(classifyLink(href, PAGE), href).toMatchObject({ kind: 'datagouv', resourceId: id });
    }
    expect(classifyLink('https://www.data.gouv.fr/fr/datasets/r/pas-un-uuid', PAGE)).toBeNull();
    expect(classifyLink(`https://data.gouv.fr.evil.example/fr/datasets/r/${id}`, PAGE)).toBeNull();
  });

  it('sends download-looking links without an extension to a HEAD probe', () => {
    expect(classifyLink('/export?id=7', PAGE)?.kind).toBe('probe');
    expect(classifyLink('/api/explore/v2.1/catalog/datasets/x/exports/csv', PAGE)?.kind).toBe('probe');
    expect(classifyLink('/data?format=csv', PAGE)?.kind).toBe('probe');
    expect(classifyLink('/telechargement/fichier/3', PAGE)?.kind).toBe('probe');
  });

  it('ignores pages, other formats and non-http links', () => {
    for (const href of ['/apropos.html', '/export/rapport.pdf', '/download/data.xlsx', '/data.json', 'mailto:a@b.fr', 'javascript:void(0)', '#haut', '/contact', 'data:text/csv,a,b']) {
      expect(classifyLink(href, PAGE), href).toBeNull();
    }
  });
});

describe('helpers', () => {
  it('absoluteUrl drops the fragment and refuses other schemes', () => {
    expect(absoluteUrl('../a.csv#x', PAGE)?.href).toBe('https://www.exemple-commune.fr/a.csv');
    expect(absoluteUrl('ftp://x/a.csv', PAGE)).toBeNull();
    expect(absoluteUrl('http://[bad', PAGE)).toBeNull();
  });

  it('dataGouvResourceId only on data.gouv.fr hosts', () => {
    expect(dataGouvResourceId(new URL('https://www.data.gouv.fr/fr/datasets/r/54d47250-1daf-483b-965a-3013f8c76617'))).toBe('54d47250-1daf-483b-965a-3013f8c76617');
    expect(dataGouvResourceId(new URL('https://www.data.gouv.fr/fr/datasets/budget/'))).toBeNull();
  });

  it('reads CSV from Content-Type or Content-Disposition', () => {
    expect(isCsvMime('text/csv;charset=UTF-8')).toBe(true);
    expect(isCsvMime('application/vnd.ms-excel')).toBe(false);
    expect(headSaysCsv('application/octet-stream', 'attachment; filename="subventions 2024.csv"')).toBe(true);
    expect(headSaysCsv('application/octet-stream', "attachment; filename*=UTF-8''d%C3%A9lib.csv")).toBe(true);
    expect(headSaysCsv('text/html', null)).toBe(false);
  });

  it('originPattern asks for the host, any port', () => {
    expect(originPattern('https://static.data.gouv.fr/resources/a.csv')).toBe('https://static.data.gouv.fr/*');
    expect(originPattern('http://127.0.0.1:8080/a.csv')).toBe('http://127.0.0.1/*');
  });
});
