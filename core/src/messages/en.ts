import type { ErrorCode } from '../errors';
import type { MessageTable } from './types';
import { enCore } from './en/core';
import { enChecks } from './en/checks';
import { enDiagnostics } from './en/diagnostics';

export const en: MessageTable<ErrorCode> = { ...enCore, ...enChecks, ...enDiagnostics };
