import type { ErrorSpec } from '../errors/types';
import type { DiagnosticCheck } from './types';

/** SCDL diagnostics beyond Validata (one file each in this folder). */
export const diagnostics: readonly DiagnosticCheck[] = [];

export const diagnosticErrors = {} as const satisfies Record<string, ErrorSpec>;
