/**
 * From a report to what a badge shows. Plain data (no Preact), so the extension's
 * content script can style its badges without loading the components.
 */
import type { Report } from '@scdl/core';
import type { BadgeStatus } from './host';

/**
 * `error` when the file could not be validated at all (not a CSV, unreadable,
 * download failed, no schema known or recognised); else the report's own status.
 */
export function badgeStatusOf(report: Report): BadgeStatus {
  if (unusableReason(report)) return 'error';
  return report.status;
}

/** Why a report says nothing about the data: the code of its blocking error, or null. */
export function unusableReason(report: Report): 'source-error' | 'schema-error' | null {
  const byType = report.stats.byType;
  if ((byType['source-error'] ?? 0) > 0 && !report.header) return 'source-error';
  if ((byType['schema-error'] ?? 0) > 0) return 'schema-error';
  return null;
}

/** `scdl/subventions@2.1.1` for `data-scdl-schema`, or undefined. */
export function schemaRefOf(report: Report): string | undefined {
  const s = report.schema;
  if (!s) return undefined;
  return s.version ? `${s.name}@${s.version}` : s.name;
}

/** Badge colours (text, background), readable on light and dark pages. */
export const STATUS_COLORS: Record<BadgeStatus, { fg: string; bg: string; symbol: string }> = {
  pending: { fg: '#3a3a3a', bg: '#e5e5e5', symbol: '…' },
  valid: { fg: '#ffffff', bg: '#18753c', symbol: '✓' },
  warnings: { fg: '#1e1e1e', bg: '#fcc63a', symbol: '!' },
  invalid: { fg: '#ffffff', bg: '#ce0500', symbol: '✗' },
  error: { fg: '#ffffff', bg: '#666666', symbol: '?' },
};
