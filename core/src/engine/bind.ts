import type { CompiledField } from '../schema/compile';
import { looseLabel, sameLabel } from './labels';

export type HeaderMatch = 'name' | 'position';

export interface HeaderIssue {
  type: 'blank-label' | 'duplicate-label' | 'extra-label' | 'missing-label' | 'missing-optional-label' | 'incorrect-label' | 'misordered-label';
  /** 0-based column index in the record, when the issue is about a column of the file. */
  column?: number;
  /** The field concerned, when any. */
  field?: CompiledField;
  label?: string;
  params: Record<string, string | number | boolean | string[]>;
}

export interface Binding {
  /** Record index of each compiled field's column, -1 when absent; same order as `fields`. */
  columns: number[];
  issues: HeaderIssue[];
}

/**
 * Matches header labels to schema fields.
 * - `position` (frictionless's default): field i is column i; names are compared.
 * - `name` (Validata's schema sync, our default): fields are found by name wherever
 *   they are; a label that differs only by case/accents/spaces is recovered and
 *   reported as incorrect-label (fixable by a rename) rather than as one missing and one extra column.
 */
export function bindHeader(
  labels: readonly string[],
  fields: readonly CompiledField[],
  mode: HeaderMatch,
  ignoreCase: boolean,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): Binding {
  const issues: HeaderIssue[] = [];
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    if (label.trim() === '') issues.push({ type: 'blank-label', column: i, label, params: {} });
    else if (seen.has(label)) issues.push({ type: 'duplicate-label', column: i, label, params: { firstColumn: seen.get(label)! + 1 } });
    else seen.set(label, i);
  });
  const duplicate = new Set(issues.filter((x) => x.type === 'duplicate-label').map((x) => x.column!));

  if (mode === 'position') {
    const columns = fields.map((_, i) => (i < labels.length ? i : -1));
    fields.forEach((f, i) => {
      if (i >= labels.length) issues.push({ type: 'missing-label', field: f, params: { fieldName: f.field.name } });
      else {
        const label = labels[i]!;
        if (label.trim() !== '' && !duplicate.has(i) && !sameLabel(label, f.field.name, ignoreCase)) {
          issues.push({ type: 'incorrect-label', column: i, field: f, label, params: { expected: f.field.name, loose: looseLabel(label) === looseLabel(f.field.name) } });
        }
      }
    });
    for (let i = fields.length; i < labels.length; i++) issues.push({ type: 'extra-label', column: i, label: labels[i]!, params: {} });
    return { columns, issues };
  }

  const taken = new Set<number>();
  const columns = fields.map(() => -1);
  // Exact (or case-insensitive) names first, so a loose match never steals a real column.
  fields.forEach((f, fi) => {
    const i = labels.findIndex((l, li) => !taken.has(li) && !duplicate.has(li) && sameLabel(l, f.field.name, ignoreCase));
    if (i >= 0) {
      columns[fi] = i;
      taken.add(i);
    }
  });
  fields.forEach((f, fi) => {
    if (columns[fi] !== -1) return;
    const want = looseLabel(f.field.name);
    const i = labels.findIndex((l, li) => !taken.has(li) && !duplicate.has(li) && l.trim() !== '' && looseLabel(l) === want);
    if (i >= 0) {
      columns[fi] = i;
      taken.add(i);
      issues.push({ type: 'incorrect-label', column: i, field: f, label: labels[i]!, params: { expected: f.field.name, loose: true } });
      return;
    }
    // An old name of the field (pre-SCDL drafts), only when exactly one column carries one.
    const old = new Set((aliases[f.field.name] ?? []).map(looseLabel));
    const hits = labels.map((l, li) => li).filter((li) => !taken.has(li) && !duplicate.has(li) && old.has(looseLabel(labels[li]!)));
    if (hits.length === 1) {
      const a = hits[0]!;
      columns[fi] = a;
      taken.add(a);
      issues.push({ type: 'incorrect-label', column: a, field: f, label: labels[a]!, params: { expected: f.field.name, alias: true } });
    } else if (f.required) {
      issues.push({ type: 'missing-label', field: f, params: { fieldName: f.field.name, required: true } });
    } else {
      issues.push({ type: 'missing-optional-label', field: f, params: { fieldName: f.field.name } });
    }
  });
  labels.forEach((label, i) => {
    if (!taken.has(i) && !duplicate.has(i) && label.trim() !== '') issues.push({ type: 'extra-label', column: i, label, params: {} });
  });
  const present = columns.map((c, fi) => ({ c, fi })).filter((x) => x.c >= 0);
  const inOrder = present.every((x, k) => k === 0 || x.c > present[k - 1]!.c);
  if (!inOrder) {
    issues.push({
      type: 'misordered-label',
      params: { expected: present.map((x) => fields[x.fi]!.field.name), actual: [...present].sort((a, b) => a.c - b.c).map((x) => fields[x.fi]!.field.name) },
    });
  }
  return { columns, issues };
}
