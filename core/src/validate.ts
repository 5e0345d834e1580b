import { StreamDecoder, normalizeEncodingName } from './parse/decoder';
import { binaryKind, textKind } from './parse/content-kind';
import { sniffDialect, type Dialect } from './parse/dialect';
import { RecordReader } from './parse/records';
import { compileSchema, type CompiledSchema } from './schema/compile';
import type { ResolvedSchema, SchemaResolver } from './schema/resolve';
import { UnknownSchema } from './schema/resolve';
import type { SchemaDescriptor, SchemaRef } from './schema/types';
import { ErrorCollector } from './report/collector';
import type { Lang, Report, SourceInfo } from './report/types';
import { renderReport } from './report/render';
import { findHeaderRow } from './engine/header-row';
import { TableValidator } from './engine/table';
import type { HeaderMatch } from './engine/bind';
import { gridWidth, normalizeRow, type CellGrid } from './cells/normalize';

export interface ValidateOptions {
  /** A descriptor, or a catalogue name such as `scdl/subventions@2.1.1`. Detected when absent. */
  schema?: SchemaDescriptor | string;
  /** Identity of a descriptor given directly (name/version for the report and the badge). */
  schemaRef?: Omit<SchemaRef, 'detected'>;
  resolver?: SchemaResolver;
  headerMatch?: HeaderMatch;
  ignoreHeaderCase?: boolean;
  /** Errors kept in the list (all are counted). Default 1000. */
  maxErrors?: number;
  /** Render `message`/`hint` in this language. */
  lang?: Lang;
  /** File name, for the report. */
  name?: string;
  /** Forced encoding (else detected). */
  encoding?: string;
  /** Forced delimiter (else sniffed). */
  delimiter?: string;
  /** 1-based row of the header (else found: title rows above it are skipped). */
  headerRow?: number;
  onProgress?(bytesRead: number): void;
}

const SNIFF_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 60;
const DEFAULT_MAX_ERRORS = 1000;

let defaultResolver: Promise<SchemaResolver> | null = null;
async function resolverOf(options: ValidateOptions): Promise<SchemaResolver> {
  if (options.resolver) return options.resolver;
  // Loaded on first need so hosts that always pass a schema object never load the catalogue.
  defaultResolver ??= import('./schema/bundled-resolver').then((m) => m.bundledResolver);
  return defaultResolver;
}

type Prepared = { ok: true; compiled: CompiledSchema; ref: SchemaRef | null; aliases?: ResolvedSchema['aliases'] } | { ok: false };

/** Resolves, loads and compiles the schema; reports schema problems into `out`. */
async function prepareSchema(options: ValidateOptions, header: readonly string[], sample: readonly (readonly string[])[], out: ErrorCollector): Promise<Prepared> {
  let resolved: ResolvedSchema | null;
  const s = options.schema;
  try {
    if (typeof s === 'string') resolved = await (await resolverOf(options)).load(s);
    else if (s !== undefined && s !== null && typeof s !== 'object') throw new Error('a schema must be a JSON object');
    else if (s) resolved = { descriptor: s, ref: { name: options.schemaRef?.name ?? s.name ?? 'schema', detected: false, ...(options.schemaRef ?? {}) } };
    else resolved = await (await resolverOf(options)).detect(header, sample);
  } catch (e) {
    out.emit('schema-error', e instanceof UnknownSchema ? { reason: 'unknown', ref: e.ref } : { reason: 'load', problem: e instanceof Error ? e.message : String(e) });
    return { ok: false };
  }
  if (!resolved) {
    out.emit('schema-error', { reason: 'not-detected' });
    return { ok: false };
  }
  const c = compileSchema(resolved.descriptor);
  if (!c.ok) {
    for (const p of c.problems) out.emit('schema-error', { reason: 'invalid', path: p.path, problem: p.problem });
    return { ok: false };
  }
  for (const w of c.compiled.warnings) out.emit('schema-warning', { path: w.path, problem: w.problem });
  return { ok: true, compiled: c.compiled, ref: resolved.ref, ...(resolved.aliases ? { aliases: resolved.aliases } : {}) };
}

/**
 * Everything after the records are read: finding the header, resolving the schema,
 * validating rows. Shared by the bytes and the cells paths so both give the same report.
 */
class Intake {
  private buffer: { cells: string[]; row: number }[] = [];
  private table: TableValidator | null = null;
  private failed = false;
  ref: SchemaRef | null = null;
  header: string[] | undefined;
  headerRow: number | undefined;

  constructor(
    private readonly options: ValidateOptions,
    readonly out: ErrorCollector,
    private readonly firstColumn = 1,
    /** Cells path: turns a data row into text once the header is bound. */
    private readonly toText?: (row: number, table: TableValidator) => string[],
  ) {}

  /** True once the header is bound: the cells path then sends rows through `toText`. */
  get bound(): boolean {
    return this.table !== null || this.failed;
  }

  /** Bytes path, after binding: the hot loop, with no promise per row. Returns the next row number. */
  pushMany(records: string[][], from: number, row: number): number {
    const table = this.table;
    if (!table) return row + records.length - from;
    for (let i = from; i < records.length; i++) table.row(records[i]!, row++);
    return row;
  }

  /** Cells path, after binding: the row is turned into text with its fields known. */
  pushBound(row: number): void {
    if (this.table && this.toText) this.table.row(this.toText(row, this.table), row);
  }

  async push(cells: string[], row: number): Promise<void> {
    if (this.failed) return;
    if (this.table) {
      this.table.row(cells, row);
      return;
    }
    this.buffer.push({ cells, row });
    if (this.buffer.length >= SAMPLE_RECORDS) await this.begin();
  }

  private async begin(): Promise<void> {
    const buf = this.buffer;
    this.buffer = [];
    if (buf.length === 0) return;
    let h: number;
    if (this.options.headerRow !== undefined) {
      h = Math.max(0, buf.findIndex((b) => b.row === this.options.headerRow));
    } else {
      const given = this.options.schema;
      const fields: unknown = given && typeof given === 'object' ? (given as { fields?: unknown }).fields : undefined;
      // The descriptor is not checked yet: read only what looks like field names.
      const fieldNames = Array.isArray(fields) ? fields.map((f) => (f && typeof f === 'object' ? (f as { name?: unknown }).name : undefined)).filter((n): n is string => typeof n === 'string') : undefined;
      h = findHeaderRow(buf.map((b) => b.cells), fieldNames);
    }
    let header = buf[h]!.cells;
    const rest = buf.slice(h + 1);
    const prepared = await prepareSchema(this.options, header, rest.slice(0, 30).map((b) => b.cells), this.out);
    if (!prepared.ok) {
      this.failed = true;
      return;
    }
    this.ref = prepared.ref;
    // With the schema known, the header may be a different row than the structural guess.
    if (this.options.headerRow === undefined && !(this.options.schema && typeof this.options.schema === 'object')) {
      const h2 = findHeaderRow(buf.map((b) => b.cells), prepared.compiled.schema.fields.map((f) => f.name));
      if (h2 !== h) {
        h = h2;
        header = buf[h]!.cells;
      }
    }
    const titleRows = buf.slice(0, h).filter((b) => b.cells.some((c) => c.trim() !== '')).length;
    if (h > 0) this.out.emit('title-rows', { count: h, nonBlank: titleRows }, { rowNumber: buf[h]!.row });
    this.header = header.map((l) => l.replace(/^\ufeff/, ''));
    this.headerRow = buf[h]!.row;
    const table = new TableValidator(prepared.compiled, this.out, {
      headerMatch: this.options.headerMatch ?? 'name',
      ignoreHeaderCase: this.options.ignoreHeaderCase ?? false,
      firstColumn: this.firstColumn,
      reportTrailing: !this.toText,
      ...(prepared.aliases ? { aliases: prepared.aliases } : {}),
    });
    table.start(this.header, this.headerRow);
    this.table = table;
    for (const b of buf.slice(h + 1)) table.row(this.toText ? this.toText(b.row, table) : b.cells, b.row);
  }

  async end(): Promise<void> {
    if (!this.table && !this.failed) await this.begin();
    if (this.table) {
      this.table.end();
      if (this.out.stats.rows === 0) this.out.emit('no-data', {}, this.headerRow ? { rowNumber: this.headerRow } : {});
    } else if (!this.failed && this.header === undefined) {
      this.out.emit('source-error', { reason: 'empty' });
    }
  }
}

function finish(out: ErrorCollector, intake: Intake | null, source: SourceInfo, options: ValidateOptions): Report {
  const errors = out.stats.errors;
  const report: Report = {
    valid: errors === 0,
    status: errors > 0 ? 'invalid' : out.stats.warnings > 0 ? 'warnings' : 'valid',
    schema: intake?.ref ?? null,
    source: intake?.headerRow ? { ...source, headerRow: intake.headerRow } : source,
    stats: out.stats,
    errors: out.list,
    truncated: out.truncated,
  };
  if (intake?.header) report.header = intake.header;
  return options.lang ? renderReport(report, options.lang) : report;
}

export interface ByteValidator {
  write(chunk: Uint8Array): Promise<void>;
  end(): Promise<Report>;
  /** True once reading stopped for good (not a CSV, unclosed quote over a huge span): callers may stop downloading. */
  readonly stopped: boolean;
}

/**
 * Streaming validation of a file's bytes: detects the content kind, the encoding
 * and the dialect, then streams records through the compiled schema. Memory stays
 * flat whatever the file size (only unique/primary keys grow with rows).
 */
export function createByteValidator(options: ValidateOptions = {}): ByteValidator {
  const out = new ErrorCollector(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const forced = options.encoding ? normalizeEncodingName(options.encoding) : undefined;
  const decoder = new StreamDecoder(forced);
  const intake = new Intake(options, out);
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let kindChecked = false;
  let stopped = false;
  let textHead = '';
  let dialect: Dialect | null = null;
  let reader: RecordReader | null = null;
  let bytes = 0;
  let nextRow = 1;
  let nulCount = 0;
  const source: SourceInfo = {};
  if (options.name) source.name = options.name;

  const stop = (reason: string, params: Record<string, string | number> = {}): void => {
    stopped = true;
    out.emit('source-error', { reason, ...params });
  };

  async function feedRecords(records: string[][]): Promise<void> {
    let i = 0;
    // Until the header is bound (schema detection may be async) rows go one by one; then synchronously.
    for (; i < records.length && !intake.bound; i++) await intake.push(records[i]!, nextRow++);
    if (i < records.length) nextRow = intake.pushMany(records, i, nextRow);
  }

  async function feedText(text: string, final: boolean): Promise<void> {
    // Python's csv refuses NUL bytes; we read on, but say so (a sign of binary garbage or a bad export).
    for (let i = text.indexOf('\u0000'); i !== -1; i = text.indexOf('\u0000', i + 1)) nulCount++;
    if (!reader) {
      textHead += text;
      if (textHead.length < SNIFF_CHARS && !final) return;
      const kind = textKind(textHead);
      if (kind === 'html' || kind === 'json') return stop(kind);
      if (textHead.replace(/^\ufeff/, '').trim() === '') return stop('empty');
      dialect = sniffDialect(textHead, final);
      if (options.delimiter) dialect.delimiter = options.delimiter;
      source.delimiter = dialect.delimiter;
      source.quoteChar = dialect.quoteChar;
      source.lineTerminator = dialect.lineTerminator;
      if (dialect.delimiter !== ',') out.emit('delimiter-not-comma', { delimiter: dialect.delimiter });
      reader = new RecordReader(dialect.delimiter, dialect.quoteChar);
      text = textHead;
      textHead = '';
    }
    const records: string[][] = [];
    reader.push(text, records);
    if (final) reader.end(records);
    await feedRecords(records);
  }

  async function start(final: boolean): Promise<void> {
    kindChecked = true;
    const first = concatAll(head, headBytes);
    head = [];
    const kind = binaryKind(first);
    if (kind === 'empty') return stop('empty');
    if (kind !== 'text') return stop(kind);
    await feedText(decoder.push(first), false);
    if (final) await feedText(decoder.end(), true);
  }

  return {
    get stopped() {
      return stopped;
    },
    async write(chunk: Uint8Array): Promise<void> {
      bytes += chunk.length;
      options.onProgress?.(bytes);
      if (stopped || chunk.length === 0) return;
      if (!kindChecked) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= 4096) await start(false);
        return;
      }
      await feedText(decoder.push(chunk), false);
      if (reader?.halted) stopped = true;
    },
    async end(): Promise<Report> {
      if (!stopped) {
        if (!kindChecked) await start(true);
        else await feedText(decoder.end(), true);
      }
      source.bytes = bytes;
      const info = decoder.result;
      if (!stopped || out.list.every((e) => e.params.reason !== 'empty')) {
        source.encoding = info.encoding;
        source.bom = info.bom;
      }
      if (reader) {
        for (const issue of (reader as RecordReader).issues) {
          if (issue.kind === 'stray-quote') out.emit('stray-quote', {}, { rowNumber: issue.recordNumber });
          else out.emit('source-error', { reason: issue.kind, row: issue.recordNumber }, { rowNumber: issue.recordNumber });
        }
      }
      if (!stopped || intake.header) {
        if (info.encoding !== 'utf-8' && source.encoding) out.emit('non-utf8-encoding', { encoding: info.encoding });
        if (info.bomMismatch) out.emit('bom-mismatch', { encoding: info.encoding });
        if (info.invalidSequences) out.emit('encoding-error', { count: info.invalidSequences, offset: info.firstInvalidOffset });
        if (nulCount) out.emit('encoding-error', { reason: 'nul', count: nulCount });
      }
      if (!stopped || intake.header) await intake.end();
      return finish(out, intake, source, options);
    },
  };
}

function concatAll(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Validates a whole file or a stream of chunks (file reader, fetch body). */
export async function validateBytes(input: Uint8Array | AsyncIterable<Uint8Array>, options: ValidateOptions = {}): Promise<Report> {
  const v = createByteValidator(options);
  if (input instanceof Uint8Array) {
    // Feed big buffers in slices so progress and memory behave as for a stream.
    const step = 1 << 20;
    for (let i = 0; i < input.length; i += step) await v.write(input.subarray(i, i + step));
  } else {
    for await (const chunk of input) await v.write(chunk);
  }
  return v.end();
}

/**
 * Validates cells as a spreadsheet holds them (Sheets `getValues()`, Excel
 * `range.values`): numbers, booleans and dates are turned into the text a CSV
 * export would hold by one shared function, then validated exactly as bytes are.
 * Row numbers and cell addresses are the sheet's own.
 */
export async function validateCells(grid: CellGrid, options: ValidateOptions = {}): Promise<Report> {
  const out = new ErrorCollector(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const width = gridWidth(grid);
  const intake = new Intake(options, out, firstColumn, (row, table) => normalizeRow(grid, row - firstRow, (c) => table.fieldAt(c), width));
  for (let i = 0; i < grid.values.length; i++) {
    if (intake.bound) intake.pushBound(firstRow + i);
    // Before binding, rows are seen as text to find the header.
    else await intake.push(normalizeRow(grid, i, () => undefined, width), firstRow + i);
  }
  await intake.end();
  const source: SourceInfo = { firstColumn };
  if (options.name) source.name = options.name;
  return finish(out, intake, source, options);
}
