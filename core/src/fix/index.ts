/** Safe fixes and SCDL export: what hosts and the CLI call. */
export { readTable, headerRowOf, type Table, type TableFormat, type ReadTableOptions } from '../parse/table';
export { planFixes, cellProblems } from './plan';
export { applyPlan, revertPlan, PatchConflict } from './apply';
export { previewPlan, type PreviewItem } from './preview';
export { writeCsv, writeRecord, encodeText, encodeTable, UnencodableText } from './csv';
export { checkPlanCells, checkWritten, readRecords, type CellProblem } from './verify';
export { applyAndVerify, betterThan, weightedErrors, type FixVerdict } from './session';
export { exportGrid, tableFromGrid, type ExportOptions, type ExportResult } from './export';
export { fixTexts, questionText, unfixableText, readingText } from './messages';
export { FIX_KINDS, FIX_GROUPS, CELL_FIX_KINDS, expandKinds, isFixKind } from './kinds';
export type * from './types';
