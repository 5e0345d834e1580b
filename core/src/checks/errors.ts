import { customCheckErrors } from './custom';
import { diagnosticErrors } from './diagnostics';

/** Codes emitted by checks: Validata custom checks and SCDL diagnostics. */
export const checkErrors = { ...customCheckErrors, ...diagnosticErrors } as const;
