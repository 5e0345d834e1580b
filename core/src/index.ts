/** Public API of the core: what the CLI and the hosts call. */
export { validateBytes, validateCells, createByteValidator, type ValidateOptions, type ByteValidator } from './validate';
export type { Report, ReportStatus, ReportStats, SourceInfo, Lang } from './report/types';
export type { ValidationError, Severity, Params, FixProposal } from './errors/types';
export { errorSpecs, specOf, type ErrorCode } from './errors';
export { renderReport, renderError, locationText } from './report/render';
export { compileSchema, type CompiledSchema, type CompileResult } from './schema/compile';
export type { SchemaDescriptor, FieldDescriptor, Field, Schema, SchemaRef } from './schema/types';
export type { SchemaResolver, ResolvedSchema } from './schema/resolve';
export { UnknownSchema } from './schema/resolve';
export { normalizeCell, type CellGrid, type HostCell, type HostDate } from './cells/normalize';
export { columnLetters, cellAddress } from './util/address';
export { utf8Encode } from './parse/unicode';
export { summarize, type Summary, type SummaryLine } from './report/summary';
export { sniffTable, type SniffedTable } from './parse/sniff-table';
export { detectSchema } from './detect/detect';
export { describeDetection } from './detect/messages';
export { buildTemplate, patternInWords, type TemplateModel, type TemplateColumn, type CollectiviteProfile } from './template';
// Publishing: hosts import the rest from '@scdl/core/publish/index' (names like Result are too generic for the root).
export { createUdataClient, listPublishTargets, publish, renderPublishError } from './publish/index';
export type { FetchLike, PublishError, PublishRequest, PublishResult } from './publish/index';
