import type { ErrorCode } from '../errors';
import type { MessageTable } from './types';
import { frCore } from './fr/core';
import { frChecks } from './fr/checks';
import { frDiagnostics } from './fr/diagnostics';

export const fr: MessageTable<ErrorCode> = { ...frCore, ...frChecks, ...frDiagnostics };
