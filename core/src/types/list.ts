import { FAIL, SchemaProblem, type TypeImpl } from './types';
import type { Field, FieldType } from '../schema/types';
import { normalizeSchema } from '../schema/normalize';
import { canonicalJson } from './lib/json';
import { booleanType } from './boolean';
import { dateType } from './date';
import { datetimeType } from './datetime';
import { integerType } from './integer';
import { numberType } from './number';
import { stringType } from './string';
import { timeType } from './time';
import type { TypeImpl as ItemImpl } from './types';

/**
 * Table Schema v2 `list`: items separated by `delimiter` (default `,`, no
 * trimming), each read by its `itemType` with that type's default options, as
 * frictionless builds the item field. Any bad item makes the cell a type error.
 */
const ITEM_TYPES: Partial<Record<FieldType, ItemImpl>> = {
  string: stringType,
  integer: integerType,
  boolean: booleanType,
  number: numberType,
  datetime: datetimeType,
  date: dateType,
  time: timeType,
};

function itemField(field: Field): Field {
  const raw = field.descriptor.itemType ?? 'string';
  if (typeof raw !== 'string' || !Object.hasOwn(ITEM_TYPES, raw)) {
    throw new SchemaProblem('', `list itemType "${String(raw)}" is not one of ${Object.keys(ITEM_TYPES).join(', ')}`);
  }
  return normalizeSchema({ fields: [{ name: field.name, type: raw }] }).schema.fields[0]!;
}

export const listType: TypeImpl = {
  type: 'list',
  constraints: ['required', 'unique', 'minLength', 'maxLength'],
  reader(field) {
    const item = itemField(field);
    const read = ITEM_TYPES[item.type]!.reader(item);
    const delimiter = field.delimiter;
    if (delimiter === '') throw new SchemaProblem('', 'list delimiter is empty');
    return (raw) => {
      const items: unknown[] = [];
      let start = 0;
      for (;;) {
        const end = raw.indexOf(delimiter, start);
        const v = read(end < 0 ? raw.slice(start) : raw.slice(start, end));
        if (v === FAIL) return FAIL;
        items.push(v);
        if (end < 0) return items;
        start = end + delimiter.length;
      }
    };
  },
  jsonReader(field) {
    const item = itemField(field);
    const type = ITEM_TYPES[item.type]!;
    const text = type.reader(item);
    const json = type.jsonReader?.(item);
    return (value) => {
      if (!Array.isArray(value)) return FAIL;
      const items: unknown[] = [];
      for (const x of value) {
        const v = typeof x === 'string' ? text(x) : json ? json(x) : FAIL;
        if (v === FAIL) return FAIL;
        items.push(v);
      }
      return items;
    };
  },
  key: canonicalJson,
  write(value, field) {
    const item = itemField(field);
    const type = ITEM_TYPES[item.type]!;
    return (value as unknown[]).map((x) => (type.write ? type.write(x, item) : String(x))).join(field.delimiter);
  },
};
