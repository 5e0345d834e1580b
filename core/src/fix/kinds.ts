import type { CellFixKind, FixKind } from './types';

/** Every fix kind, in the order a plan applies them (cells first, file format last). */
export const FIX_KINDS: readonly FixKind[] = [
  'trim-spaces',
  'date-format',
  'number-format',
  'identifier-float',
  'leading-zero',
  'boolean-values',
  'enum-value',
  'empty-columns',
  'alias-label',
  'rename-label',
  'add-optional-column',
  'column-order',
  'blank-rows',
  'title-rows',
  'bom',
  'encoding',
  'delimiter',
];

export const CELL_FIX_KINDS: readonly CellFixKind[] = ['trim-spaces', 'date-format', 'number-format', 'identifier-float', 'leading-zero', 'boolean-values', 'enum-value'];

/** Names for several kinds at once, for `--only`. */
export const FIX_GROUPS: Readonly<Record<string, readonly FixKind[]>> = {
  cells: CELL_FIX_KINDS,
  header: ['alias-label', 'rename-label', 'add-optional-column', 'column-order'],
  rows: ['blank-rows', 'title-rows', 'empty-columns'],
  format: ['bom', 'encoding', 'delimiter'],
};

export function isFixKind(s: string): s is FixKind {
  return (FIX_KINDS as readonly string[]).includes(s);
}

/** Expands kinds and groups; unknown names are returned apart so callers can say which. */
export function expandKinds(names: readonly string[]): { kinds: Set<FixKind>; unknown: string[] } {
  const kinds = new Set<FixKind>();
  const unknown: string[] = [];
  for (const raw of names) {
    const n = raw.trim();
    if (!n) continue;
    const group = FIX_GROUPS[n];
    if (group) group.forEach((k) => kinds.add(k));
    else if (isFixKind(n)) kinds.add(n);
    else unknown.push(n);
  }
  return { kinds, unknown };
}
