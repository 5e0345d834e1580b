import { FAIL, type TypeImpl } from './types';

/** Exact, case-sensitive match of trueValues/falseValues; a value in both reads as false (frictionless's mapping order). */
export const booleanType: TypeImpl = {
  type: 'boolean',
  constraints: ['required', 'unique', 'enum'],
  reader(field) {
    const values = new Map<string, boolean>();
    for (const v of field.trueValues) values.set(v, true);
    for (const v of field.falseValues) values.set(v, false);
    return (raw) => {
      const b = values.get(raw);
      return b === undefined ? FAIL : b;
    };
  },
  jsonReader: () => (value) => (typeof value === 'boolean' ? value : FAIL),
  write: (value, field) => (value ? (field.trueValues[0] ?? 'true') : (field.falseValues[0] ?? 'false')),
};
