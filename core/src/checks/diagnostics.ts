import type { ErrorSpec } from '../errors/types';
import type { DiagnosticCheck } from './types';
import { booleanSpelling, errors as booleanErrors } from './boolean-spelling';
import { enumNearMatch, errors as enumErrors } from './enum-near-match';
import { formulaLikeCell, errors as formulaErrors } from './formula-like-cell';
import { frenchNumberFormat, errors as numberErrors } from './french-number-format';
import { identifierFloat, identifierFloatWarning, errors as floatErrors } from './identifier-float';
import { identifierScientificNotation, identifierScientificNotationWarning, errors as scientificErrors } from './identifier-scientific-notation';
import { leadingZeroLost, leadingZeroLostWarning, errors as zeroErrors } from './leading-zero-lost';
import { nonIsoDate, errors as dateErrors } from './non-iso-date';
import { personalData, errors as personalErrors } from './personal-data';
import { sirenInsteadOfSiret, sirenInsteadOfSiretWarning, errors as sirenErrors } from './siren-instead-of-siret';
import { siretZeroFilled, siretZeroFilledWarning, errors as zeroFilledErrors } from './siret-zero-filled';
import { surroundingSpaces, surroundingSpacesWarning, errors as spacesErrors } from './surrounding-spaces';

/**
 * SCDL diagnostics beyond Validata (one file each in this folder). Order matters
 * for `refine`: the engine keeps the first explanation, so the precise ones come
 * first and `surrounding-spaces` (which every other fix includes) last.
 *
 * Some files export a second object, `...Warning`, with the same id: the same
 * diagnosis on cells the schema accepts. Its `appliesTo` is narrower (only fields
 * whose schema would accept the damage), so the per-cell cost is only paid where
 * it can find something; `appliesTo` being shared by `refine` and `cell`, one
 * object could not say both.
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
  identifierScientificNotationWarning,
  identifierFloatWarning,
  sirenInsteadOfSiretWarning,
  leadingZeroLostWarning,
  siretZeroFilledWarning,
  formulaLikeCell,
  personalData,
  surroundingSpacesWarning,
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
