import { FAIL, type TypeImpl } from './types';
import { canonicalJson, isPlainObject, parseJson } from './lib/json';

/** A JSON object (`{...}`); the value is the parsed object, its size the number of keys. */
export const objectType: TypeImpl = {
  type: 'object',
  constraints: ['required', 'unique', 'minLength', 'maxLength', 'enum', 'jsonSchema'],
  reader: () => (raw) => {
    const v = parseJson(raw, '{');
    return isPlainObject(v) ? v : FAIL;
  },
  jsonReader: () => (value) => (isPlainObject(value) ? value : FAIL),
  key: canonicalJson,
  write: (value) => JSON.stringify(value),
};
