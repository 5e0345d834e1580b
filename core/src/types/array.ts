import { FAIL, type JsonReader, type Reader, type TypeImpl } from './types';
import type { Field } from '../schema/types';
import { canonicalJson, parseJson, toJson } from './lib/json';
import { anyType } from './any';
import { booleanType } from './boolean';
import { dateType } from './date';
import { datetimeType } from './datetime';
import { durationType } from './duration';
import { geojsonType } from './geojson';
import { geopointType } from './geopoint';
import { integerType } from './integer';
import { listType } from './list';
import { numberType } from './number';
import { objectType } from './object';
import { stringType } from './string';
import { timeType } from './time';
import { yearType } from './year';
import { yearmonthType } from './yearmonth';

/**
 * A JSON array. With `arrayItem` (frictionless v5), each item is cast by the item
 * field: JSON items through the type's JSON reader, text items through its
 * reader, null and missing values left as null. An item the type refuses makes
 * the whole cell a type error, as frictionless reports it. Item constraints are
 * checked by constraints/arrayItem.ts.
 */

/** frictionless builds the item field on its own: type `any` unless given, missing values `[""]` unless given. */
export function itemTypeOf(item: Field): TypeImpl {
  if (item.descriptor.type === undefined) return anyType;
  // Imported one by one rather than from the registry, which imports this file.
  const types: Record<string, TypeImpl> = {
    string: stringType, number: numberType, integer: integerType, boolean: booleanType, object: objectType,
    array: arrayType, list: listType, date: dateType, time: timeType, datetime: datetimeType, year: yearType,
    yearmonth: yearmonthType, duration: durationType, geopoint: geopointType, geojson: geojsonType, any: anyType,
  };
  return types[item.type] ?? anyType;
}

export const itemMissingValues = (item: Field): readonly string[] => (Array.isArray(item.descriptor.missingValues) ? item.missingValues : ['']);

const JSON_NATIVE = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'any', 'geojson']);

/** Casts the items of a parsed array in place; FAIL when one does not cast. */
function itemCaster(field: Field): ((items: unknown[]) => unknown[] | typeof FAIL) | null {
  const item = field.arrayItem;
  if (!item) return null;
  const type = itemTypeOf(item);
  const text: Reader = type.reader(item);
  const json: JsonReader | undefined = type.jsonReader?.(item);
  const missing = new Set(itemMissingValues(item));
  return (items) => {
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x === null || (typeof x === 'string' && missing.has(x))) {
        items[i] = null;
        continue;
      }
      const v = typeof x === 'string' ? text(x) : json ? json(x) : FAIL;
      if (v === FAIL) return FAIL;
      items[i] = v;
    }
    return items;
  };
}

export const arrayType: TypeImpl = {
  type: 'array',
  constraints: ['required', 'unique', 'minLength', 'maxLength', 'enum', 'jsonSchema'],
  reader(field) {
    const cast = itemCaster(field);
    return (raw) => {
      const v = parseJson(raw, '[');
      if (!Array.isArray(v)) return FAIL;
      return cast ? cast(v) : v;
    };
  },
  jsonReader(field) {
    const cast = itemCaster(field);
    return (value) => {
      if (!Array.isArray(value)) return FAIL;
      return cast ? cast([...value]) : value;
    };
  },
  key: canonicalJson,
  write(value, field) {
    const item = field.arrayItem;
    const type = item ? itemTypeOf(item) : null;
    if (!item || !type?.write || JSON_NATIVE.has(type.type)) return toJson(value);
    return `[${(value as unknown[]).map((x) => (x === null ? 'null' : JSON.stringify(type.write!(x, item)))).join(', ')}]`;
  },
};
