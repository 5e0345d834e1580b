import { FAIL, SchemaProblem, type Reader, type TypeImpl } from './types';
import { isBase64, isEmail, isUri, isUuid } from './lib/string-formats';
import { isWkt } from './lib/wkt';

/** frictionless v5's string formats; any other is a schema error there too. */
const FORMATS: Record<string, ((s: string) => boolean) | null> = {
  default: null,
  email: isEmail,
  uri: isUri,
  uuid: isUuid,
  binary: isBase64,
  wkt: isWkt,
};

const identity: Reader = (raw) => raw;

export const stringType: TypeImpl = {
  type: 'string',
  constraints: ['required', 'unique', 'minLength', 'maxLength', 'pattern', 'enum'],
  reader(field) {
    if (!Object.hasOwn(FORMATS, field.format)) {
      throw new SchemaProblem('', `string format "${field.format}" is not one of ${Object.keys(FORMATS).join(', ')}`);
    }
    const test = FORMATS[field.format];
    if (!test) return identity;
    return (raw) => (test(raw) ? raw : FAIL);
  },
  write: (value) => String(value),
};
