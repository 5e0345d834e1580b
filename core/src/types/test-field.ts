import { normalizeSchema } from '../schema/normalize';
import type { Field, FieldDescriptor } from '../schema/types';

/** A field as the compiler sees it (frictionless defaults applied), for tests. */
export const testField = (d: Partial<FieldDescriptor>): Field => normalizeSchema({ fields: [{ name: 'f', ...d }] }).schema.fields[0]!;
