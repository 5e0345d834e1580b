import type { MessageEntry } from '../types';

/** Messages of the SCDL diagnostics (keys = codes in checks/diagnostics.ts). */
export const enDiagnostics = {} satisfies Record<string, MessageEntry>;
