import type { ErrorSpec, Params } from '../errors/types';
import { readDateCell, rewriteDatesIn, type DateReading, type DatesInText } from '../fix/rules/dates';
import { patternOf } from '../fix/rules/pattern';
import type { Field } from '../schema/types';
import type { CellErrorView, Diagnosis, DiagnosticCheck } from './types';

/**
 * Dates not written AAAA-MM-JJ in a date column (or in a text column whose
 * pattern wants ISO dates, like `datesPeriodeVersement`): `12/03/2020`,
 * `2017/09/08`, `12-03-2020`, `12/03/2020 00:00:00`, a period `2018-01-01_2018-03-31`.
 *
 * The fix (`date-format`) is given only when the cell proves the day/month order
 * (a number over 12, or both equal, or the year first). Otherwise the diagnosis
 * carries both readings (`readings`: [dd/mm, mm/dd]) and the fix planner decides
 * for the whole column from the cells that do prove it, or asks the agent.
 */
export const errors = {
  'non-iso-date': { category: 'content', severity: 'error', tags: ['#table', '#row', '#cell', '#scdl'] },
} as const satisfies Record<string, ErrorSpec>;

const isoColumns = new WeakMap<Field, boolean>();

/** A text column whose pattern accepts an ISO date or an ISO period. */
function wantsIsoDates(field: Field): boolean {
  let yes = isoColumns.get(field);
  if (yes === undefined) {
    const re = field.type === 'string' ? patternOf(field) : null;
    yes = !!re && (re.test('2020-01-31') || re.test('2020-01-31/2020-12-31'));
    isoColumns.set(field, yes);
  }
  return yes;
}

function fromReading(r: DateReading | DatesInText): Diagnosis | null {
  const params: Params = { shape: 'shape' in r ? r.shape : r.shapes[0] ?? '' };
  if (r.order) params.order = r.order;
  if (r.invalid) params.invalid = r.invalid;
  if ('separator' in r && r.separator !== undefined) params.separator = r.separator;
  if (r.readings) {
    params.readings = ['dmy', 'mdy'];
    params.candidates = [...r.readings];
  }
  const to = 'iso' in r ? r.iso : (r as DatesInText).value;
  const d: Diagnosis = { code: 'non-iso-date', params };
  if (to !== undefined && !r.invalid) d.fix = { kind: 'date-format', to };
  return d;
}

function refine(error: CellErrorView): Diagnosis | null {
  const f = error.field;
  if (error.type === 'type-error' && (f.type === 'date' || f.type === 'datetime') && f.format === 'default') {
    const r = readDateCell(error.raw, f.type);
    return r ? fromReading(r) : null;
  }
  if (error.type === 'constraint-error' && error.constraint === 'pattern' && wantsIsoDates(f)) {
    const re = patternOf(f)!;
    const r = rewriteDatesIn(error.raw, (s) => re.test(s));
    return r ? fromReading(r) : null;
  }
  return null;
}

export const nonIsoDate: DiagnosticCheck = {
  kind: 'diagnostic',
  id: 'non-iso-date',
  errors,
  appliesTo: (field) => ((field.type === 'date' || field.type === 'datetime') && field.format === 'default') || wantsIsoDates(field),
  refine,
};
