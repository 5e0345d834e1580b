/**
 * A fix preview from the fix proposals a report carries (`error.fix`): what hosts
 * show before the core's fix plan rewrites anything.
 */
import { renderError, type Lang, type Report } from '@scdl/core';
import type { FixChange, FixPreviewModel } from './host';

export function fixPreviewFromReport(report: Report, lang: Lang): FixPreviewModel {
  const kinds = new Map<string, { kind: string; count: number; label: string }>();
  const changes: FixChange[] = [];
  for (const e of report.errors) {
    if (!e.fix || e.severity !== 'error') continue;
    let k = kinds.get(e.fix.kind);
    if (!k) kinds.set(e.fix.kind, (k = { kind: e.fix.kind, count: 0, label: renderError(e, lang).title ?? e.fix.kind }));
    k.count++;
    const c: FixChange = { kind: e.fix.kind, from: e.value ?? '', to: e.fix.to };
    if (e.rowNumber !== undefined) c.rowNumber = e.rowNumber;
    if (e.fieldName !== undefined) c.fieldName = e.fieldName;
    if (e.cell !== undefined) c.cell = e.cell;
    changes.push(c);
  }
  const total = changes.length;
  return { kinds: [...kinds.values()].sort((a, b) => b.count - a.count), changes, total, remaining: Math.max(0, report.stats.errors - total) };
}
