import type { ErrorSpec } from '../errors/types';
import type { CustomCheck } from './types';
import { cohesiveColumnsValue, errors as cohesiveErrors } from './cohesive-columns-value';
import { compareColumnsValue, errors as compareErrors } from './compare-columns-value';
import { frenchGpsCoordinates, errors as gpsErrors } from './french-gps-coordinates';
import { frenchSirenValue, errors as sirenErrors } from './french-siren-value';
import { frenchSiretValue, errors as siretErrors } from './french-siret-value';
import { nomenclatureActesValue, errors as actesErrors } from './nomenclature-actes-value';
import { oneOfRequired, errors as oneOfErrors } from './one-of-required';
import { openingHoursValue, errors as hoursErrors } from './opening-hours-value';
import { phoneNumberValue, errors as phoneErrors } from './phone-number-value';
import { sumColumnsValue, errors as sumErrors } from './sum-columns-value';
import { yearIntervalValue, errors as yearErrors } from './year-interval-value';

/** Validata custom checks, by Validata name (one file each in this folder). */
export const customChecks: readonly CustomCheck<any>[] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
  cohesiveColumnsValue,
  compareColumnsValue,
  frenchGpsCoordinates,
  frenchSirenValue,
  frenchSiretValue,
  nomenclatureActesValue,
  oneOfRequired,
  openingHoursValue,
  phoneNumberValue,
  sumColumnsValue,
  yearIntervalValue,
];

/**
 * Validata renamed three checks (its DEPRECATED_CHECKS: the old names still work
 * and add a deprecation warning). Schemas use both, so both resolve to the same check,
 * which keeps reporting under the check's id.
 */
export const customCheckAliases: Readonly<Record<string, string>> = {
  siret: 'french-siret-value',
  siren: 'french-siren-value',
  'nomenclature-acte': 'nomenclature-actes-value',
};

/**
 * The check a schema's `custom_checks[].name` designates, aliases included; undefined when unknown.
 * A plain search, called once per declared check: a module-level index would keep the
 * checks (and libphonenumber, opening_hours) in bundles that only import the error codes.
 */
export function findCustomCheck(name: string): CustomCheck<any> | undefined { // eslint-disable-line @typescript-eslint/no-explicit-any
  const id = Object.hasOwn(customCheckAliases, name) ? customCheckAliases[name] : name;
  return customChecks.find((c) => c.id === id);
}

export const customCheckErrors = {
  ...cohesiveErrors,
  ...compareErrors,
  ...gpsErrors,
  ...sirenErrors,
  ...siretErrors,
  ...actesErrors,
  ...oneOfErrors,
  ...hoursErrors,
  ...phoneErrors,
  ...sumErrors,
  ...yearErrors,
} as const satisfies Record<string, ErrorSpec>;
