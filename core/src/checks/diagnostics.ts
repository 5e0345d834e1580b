import type { ErrorSpec } from '../errors/types';
import type { DiagnosticCheck } from './types';
import { booleanSpelling, errors as booleanErrors } from './boolean-spelling';
import { enumNearMatch, errors as enumErrors } from './enum-near-match';
import { formulaLikeCell, errors as formulaErrors } from './formula-like-cell';
import { frenchNumberFormat, errors as numberErrors } from './french-number-format';
import { identifierFloat, errors as floatErrors } from './identifier-float';
import { identifierScientificNotation, errors as scientificErrors } from './identifier-scientific-notation';
import { leadingZeroLost, errors as zeroErrors } from './leading-zero-lost';
import { nonIsoDate, errors as dateErrors } from './non-iso-date';
import { personalData, errors as personalErrors } from './personal-data';
import { sirenInsteadOfSiret, errors as sirenErrors } from './siren-instead-of-siret';
import { siretZeroFilled, errors as zeroFilledErrors } from './siret-zero-filled';
import { surroundingSpaces, errors as spacesErrors } from './surrounding-spaces';

/**
 * SCDL diagnostics beyond Validata (one file each in this folder). Order matters
 * for `refine`: the engine keeps the first explanation, so the precise ones come
 * first and `surrounding-spaces` (which every other fix includes) last.
 *
 * A diagnostic that both explains errors (`refine`) and warns on accepted cells
 * (`cell`) narrows the second with `warnsOn`: only fields whose schema would
 * accept the damage pay the per-cell look.
 */
export const diagnostics: readonly DiagnosticCheck[] = [
  identifierScientificNotation,
  identifierFloat,
  sirenInsteadOfSiret,
  leadingZeroLost,
  siretZeroFilled,
  nonIsoDate,
  frenchNumberFormat,
  booleanSpelling,
  enumNearMatch,
  surroundingSpaces,
  formulaLikeCell,
  personalData,
];

export const diagnosticErrors = {
  ...scientificErrors,
  ...floatErrors,
  ...sirenErrors,
  ...zeroErrors,
  ...zeroFilledErrors,
  ...dateErrors,
  ...numberErrors,
  ...booleanErrors,
  ...enumErrors,
  ...formulaErrors,
  ...personalErrors,
  ...spacesErrors,
} as const satisfies Record<string, ErrorSpec>;
