import type { FieldType } from '../schema/types';
import type { TypeImpl } from './types';
import { anyType } from './any';
import { arrayType } from './array';
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

export { FAIL, SchemaProblem, type TypeImpl, type Reader, type JsonReader } from './types';

/** One file per Table Schema type. */
export const typeImpls: Partial<Record<FieldType, TypeImpl>> = {
  string: stringType,
  number: numberType,
  integer: integerType,
  boolean: booleanType,
  object: objectType,
  array: arrayType,
  list: listType,
  date: dateType,
  time: timeType,
  datetime: datetimeType,
  year: yearType,
  yearmonth: yearmonthType,
  duration: durationType,
  geopoint: geopointType,
  geojson: geojsonType,
  any: anyType,
};
