import type { ValidationError } from '../errors/types';

/**
 * How one error code reads in one language. `message` says what is wrong with this
 * cell/column/file (the location prefix is added by the renderer); `hint` says how
 * to fix it, in words an agent understands.
 */
export interface MessageEntry {
  title: string;
  message(e: ValidationError): string;
  hint(e: ValidationError): string;
  /** Short phrase for summaries grouped by column: `12 dates au format JJ/MM/AAAA`. Defaults to `12 × title`. */
  summary?(count: number): string;
}

export type MessageTable<Code extends string> = Record<Code, MessageEntry>;
