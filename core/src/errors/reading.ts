import type { ErrorSpec } from './types';

/** Our own codes for what frictionless does not name: reading and header diagnostics. */
export const readingErrors = {
  'non-utf8-encoding': { category: 'structure', severity: 'warning', tags: ['#table', '#source'] },
  'bom-mismatch': { category: 'structure', severity: 'warning', tags: ['#table', '#source'] },
  'delimiter-not-comma': { category: 'structure', severity: 'warning', tags: ['#table', '#source'] },
  'title-rows': { category: 'structure', severity: 'warning', tags: ['#table', '#header'] },
  'trailing-empty-columns': { category: 'structure', severity: 'warning', tags: ['#table', '#header'] },
  'misordered-label': { category: 'structure', severity: 'warning', tags: ['#table', '#header', '#label'] },
  'missing-optional-label': { category: 'structure', severity: 'warning', tags: ['#table', '#header', '#label'] },
  'stray-quote': { category: 'structure', severity: 'warning', tags: ['#table', '#row'] },
  'no-data': { category: 'structure', severity: 'warning', tags: ['#table'] },
  'schema-warning': { category: 'schema', severity: 'warning', tags: [] },
} as const satisfies Record<string, ErrorSpec>;
