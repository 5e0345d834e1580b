import type { TypeImpl } from './types';
import { canonicalJson } from './lib/json';

/** Cells stay text; JSON-typed input (array items, enum values) is kept as is, so `enum: [1]` never equals the cell "1", as in frictionless. */
export const anyType: TypeImpl = {
  type: 'any',
  constraints: ['required', 'unique', 'enum'],
  reader: () => (raw) => raw,
  key: (value) => (typeof value === 'object' && value !== null ? canonicalJson(value) : (value as string | number | boolean)),
  jsonReader: () => (value) => value,
  write: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
};
