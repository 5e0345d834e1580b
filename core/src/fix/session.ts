import type { Report } from '../report/types';
import type { SchemaDescriptor } from '../schema/types';
import { validateBytes } from '../validate';
import { applyPlan } from './apply';
import { encodeTable, UnencodableText } from './csv';
import type { FixPlan } from './types';
import type { Table } from '../parse/table';
import { checkPlanCells, checkWritten, type CellProblem } from './verify';

/**
 * An absent required column is one missing value per row: counted so, renaming a
 * column from its old name (which then reveals the errors of its cells) still
 * compares fairly with the file where the whole column was missing.
 */
export function weightedErrors(r: Report): number {
  return r.stats.errors + (r.stats.byType['missing-label'] ?? 0) * Math.max(0, r.stats.rows - 1);
}

/** Strictly fewer errors (absent required columns counted per row), or as many and fewer warnings. */
export function betterThan(after: Report, before: Report): boolean {
  const a = weightedErrors(after);
  const b = weightedErrors(before);
  return a < b || (a === b && after.stats.warnings < before.stats.warnings);
}

export type FixVerdict =
  | { ok: true; bytes: Uint8Array; fixed: Table; after: Report }
  | { ok: false; reason: 'unencodable'; char: string; encoding: string }
  | { ok: false; reason: 'audit'; problems: CellProblem[]; after: Report }
  | { ok: false; reason: 'not-better'; after: Report };

/**
 * Applies a plan and checks the result before anyone writes or downloads it:
 * every changed cell was planned, the bytes read back as the fixed table, and the
 * file, validated again, is better. Every host (CLI, extension, add-ins) goes
 * through here, so none can hand out a fix that lost data or made things worse.
 */
export async function applyAndVerify(table: Table, plan: FixPlan, descriptor: SchemaDescriptor, before: Report, name?: string): Promise<FixVerdict> {
  const fixed = applyPlan(table, plan);
  let bytes: Uint8Array;
  try {
    bytes = encodeTable(fixed);
  } catch (e) {
    if (e instanceof UnencodableText) return { ok: false, reason: 'unencodable', char: e.char, encoding: e.encoding };
    throw e;
  }
  const problems = [...checkPlanCells(table, plan, fixed), ...checkWritten(fixed, bytes)];
  // Read back as written: its own encoding and delimiter; the header is found again (title rows may be gone).
  const after = await validateBytes(bytes, { schema: descriptor, maxErrors: 0, encoding: fixed.format.encoding, delimiter: fixed.format.delimiter, ...(name ? { name } : {}) });
  if (problems.length) return { ok: false, reason: 'audit', problems, after };
  // A BOM removal answers no error: fine alone as long as nothing gets worse.
  const onlyCosmetic = plan.patches.every((p) => !p.code);
  if (!betterThan(after, before) && !(onlyCosmetic && !betterThan(before, after))) return { ok: false, reason: 'not-better', after };
  return { ok: true, bytes, fixed, after };
}
