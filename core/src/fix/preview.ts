import { headerRowOf, type Table } from '../parse/table';
import type { Lang } from '../report/types';
import { cellAddress } from '../util/address';
import { fixTexts } from './messages';
import type { FixKind, FixPlan, Patch } from './types';

/** One line of the preview a host shows before applying a plan. */
export interface PreviewItem {
  kind: FixKind;
  /** Error code the patch answers, when any. */
  code?: string;
  reason: string;
  field?: string;
  /** Cells, labels, rows or columns the patch changes. */
  count: number;
  title: string;
  text: string;
  /** A few changes, with the spreadsheet address in the input file when there is one. */
  examples: { cell?: string; from: string; to: string }[];
}

const MAX_EXAMPLES = 5;

function countOf(p: Patch): number {
  switch (p.kind) {
    case 'rename-label':
    case 'alias-label':
      return p.labels.length;
    case 'add-optional-column':
      return p.columns.length;
    case 'column-order':
      return p.order.length;
    case 'empty-columns':
      return p.labels.length || p.lengths.length;
    case 'blank-rows':
    case 'title-rows':
      return p.rows.length;
    case 'bom':
    case 'encoding':
    case 'delimiter':
      return 1;
    default:
      return p.cells.length;
  }
}

/**
 * The plan as a list of changes, in the language asked: what a host shows
 * before the agent accepts. `table` is the table the plan was made for (row
 * numbers and cell addresses are the input file's).
 */
export function previewPlan(plan: FixPlan, table: Table, lang: Lang = 'fr'): PreviewItem[] {
  const headerRow = headerRowOf(table);
  return plan.patches.map((p) => {
    const n = countOf(p);
    const t = fixTexts[lang][p.kind];
    const item: PreviewItem = { kind: p.kind, reason: p.reason, count: n, title: t.title, text: t.text(p, n), examples: [] };
    if (p.code) item.code = p.code;
    if ('field' in p) item.field = p.field;
    if ('cells' in p) {
      item.examples = p.cells.slice(0, MAX_EXAMPLES).map((c) => ({ cell: cellAddress(p.column + 1, headerRow + 1 + c.row), from: c.from, to: c.to }));
    } else if (p.kind === 'rename-label' || p.kind === 'alias-label') {
      item.examples = p.labels.slice(0, MAX_EXAMPLES).map((l) => ({ cell: cellAddress(l.column + 1, headerRow), from: l.from, to: l.to }));
    } else if (p.kind === 'encoding' || p.kind === 'delimiter') {
      item.examples = [{ from: p.from, to: p.to }];
    } else if (p.kind === 'title-rows') {
      item.examples = p.rows.slice(0, MAX_EXAMPLES).map((r, i) => ({ cell: cellAddress(1, i + 1), from: r.filter((c) => c !== '').join(' | '), to: '' }));
    }
    return item;
  });
}
