import type { ErrorSpec } from './types';

const structure = (tags: string[]): ErrorSpec => ({ category: 'structure', severity: 'error', tags });
const content = (tags: string[]): ErrorSpec => ({ category: 'content', severity: 'error', tags });

/** frictionless v5 codes, kept so our reports line up with Validata and frictionless tools. */
export const frictionlessErrors = {
  'source-error': { category: 'source', severity: 'error', tags: [] },
  'encoding-error': { category: 'source', severity: 'error', tags: [] },
  'schema-error': { category: 'schema', severity: 'error', tags: [] },
  'check-error': { category: 'schema', severity: 'error', tags: [] },
  'blank-label': structure(['#table', '#header', '#label']),
  'duplicate-label': structure(['#table', '#header', '#label']),
  'extra-label': structure(['#table', '#header', '#label']),
  'missing-label': structure(['#table', '#header', '#label']),
  'incorrect-label': structure(['#table', '#header', '#label']),
  'blank-header': structure(['#table', '#header']),
  'blank-row': structure(['#table', '#row']),
  'extra-cell': structure(['#table', '#row', '#cell']),
  'missing-cell': structure(['#table', '#row', '#cell']),
  'type-error': content(['#table', '#row', '#cell']),
  'constraint-error': content(['#table', '#row', '#cell']),
  'unique-error': content(['#table', '#row', '#cell']),
  'primary-key': content(['#table', '#row']),
  'foreign-key': content(['#table', '#row']),
} as const satisfies Record<string, ErrorSpec>;
