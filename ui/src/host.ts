/**
 * The Host port: what a host (browser extension, Sheets sidebar, Excel task pane)
 * provides to the shared components. Each host implements it in one adapter file;
 * the components never touch chrome.*, google.script.run or Excel.run.
 */
import type { Lang, Report } from '@scdl/core';

export type { Lang, Report };

/** What a badge shows, from DESIGN.md §2.4 (`data-scdl-status`). */
export type BadgeStatus = 'pending' | 'valid' | 'warnings' | 'invalid' | 'error';

/** User settings every host keeps (the extension in browser storage, Sheets in user properties…). */
export interface Settings {
  lang: Lang;
  /** Files up to this size are validated without a click (extension badges). 0 = never automatically. */
  autoValidateMaxBytes: number;
  /** `name@version` used when no schema is declared; null = detect from the header. */
  defaultSchema: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'fr',
  autoValidateMaxBytes: 10 * 1024 * 1024,
  defaultSchema: null,
};

export interface SettingsPort {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
}

/** One schema version a picker can offer (a catalogue entry, without its descriptor). */
export interface SchemaOption {
  name: string;
  version: string;
  title: string;
  latest: boolean;
  scdl: boolean;
}

export interface SchemaCatalog {
  /** Every version of every offered schema. */
  list(): Promise<SchemaOption[]>;
}

export interface Progress {
  bytes: number;
  /** Total size when known (Content-Length, File.size). */
  total?: number;
}

export interface ValidateRequest {
  /** `name@version`; undefined = what the host would choose (declared, default, detected). */
  schema?: string;
  onProgress?(p: Progress): void;
  signal?: AbortSignal;
}

/**
 * A validation result, or why there is none. Hosts turn download failures into a
 * report with a `source-error` (the core renders its message) so the UI has one path.
 */
export type Outcome =
  | { kind: 'report'; report: Report }
  /** The host needs the user's permission first (extension: host access to a site). */
  | { kind: 'needs-permission'; origin: string; explanation: string };

/** One cell a fix would change. */
export interface FixChange {
  rowNumber?: number;
  fieldName?: string;
  cell?: string;
  kind: string;
  from: string;
  to: string;
}

/** What a fix would do, shown before anything is written. */
export interface FixPreviewModel {
  /** Kinds of fix with how many cells each changes. */
  kinds: { kind: string; count: number; label: string }[];
  /** The first changes, for the preview table (all when small). */
  changes: FixChange[];
  total: number;
  /** Errors that no safe fix can correct. */
  remaining: number;
  /** What the fixes leave alone, and the choices they need (already worded for the user). */
  notes?: string[];
}

/**
 * Safe fixes of the core (a plan, previewed, then applied by the host: the
 * extension downloads a fixed file, Sheets and Excel write the cells).
 */
export interface FixService {
  preview(report: Report): Promise<FixPreviewModel>;
  /** Applies the selected kinds. Returns a short message for the user. */
  apply(report: Report, kinds: string[]): Promise<string>;
}

export interface DownloadFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

export interface Host {
  readonly settings: SettingsPort;
  readonly catalog: SchemaCatalog;
  /** Validates the host's current document (a link, a local file, the active sheet). */
  validate(request?: ValidateRequest): Promise<Outcome>;
  /** Asks for what `needs-permission` named; true when granted. Must run in a user gesture. */
  requestPermission?(origin: string): Promise<boolean>;
  readonly fixes?: FixService;
  download(file: DownloadFile): Promise<void>;
  /** A short name of the document for titles and file names (`subventions.csv`, `Feuille 1`). */
  readonly documentName: string;
}
