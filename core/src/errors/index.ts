import { frictionlessErrors } from './frictionless';
import { readingErrors } from './reading';
import { checkErrors } from '../checks/errors';
import type { ErrorSpec } from './types';

export * from './types';

/** Every error code the toolkit can emit. Adding one without messages in fr and en fails type-checking. */
export const errorSpecs = {
  ...frictionlessErrors,
  ...readingErrors,
  ...checkErrors,
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorSpecs;

export function specOf(code: string): ErrorSpec {
  return (errorSpecs as Record<string, ErrorSpec>)[code] ?? { category: 'content', severity: 'error', tags: [] };
}
