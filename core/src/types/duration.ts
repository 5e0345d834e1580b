import { FAIL, type Fail, type TypeImpl } from './types';
import { isValidDate } from './lib/calendar';

/**
 * ISO 8601 durations as `isodate.parse_duration` reads them: `[+-]P[nY][nM][nW][nD][T[nH][nM][nS]]`,
 * each number possibly fractional (`.` or `,`), designators in that order, `PT`
 * alone meaning zero; or the alternative form `PYYYY-MM-DDTHH:MM:SS`.
 * Values compare as isodate's do: years and months together as a month count
 * (P1Y equals P12M), the rest as an exact time (P1D equals PT24H).
 */
export interface DurationValue {
  readonly months: number;
  readonly micros: number;
}

const NUM = '(\\d+(?:[,.]\\d+)?)';
const PERIOD = new RegExp(`^([+-])?P(?![^\\w]|$)(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?\\n?$`);
const ALTERNATIVE = /^P(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})$/;

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s.replace(',', '.')));

export function parseDuration(raw: string): DurationValue | Fail {
  const m = PERIOD.exec(raw);
  if (m) {
    const months = num(m[2]) * 12 + num(m[3]);
    const days = num(m[4]) * 7 + num(m[5]);
    const seconds = days * 86_400 + num(m[6]) * 3600 + num(m[7]) * 60 + num(m[8]);
    // timedelta keeps whole microseconds.
    const micros = Math.round(seconds * 1_000_000);
    const neg = m[1] === '-';
    return { months: neg && months ? -months : months, micros: neg && micros ? -micros : micros };
  }
  const a = ALTERNATIVE.exec(raw);
  if (!a) return FAIL;
  const [y, mo, d, h, mi, s] = a.slice(1).map(Number) as [number, number, number, number, number, number];
  // isodate builds a real datetime first, so each part must be a valid calendar value.
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return FAIL;
  return { months: y * 12 + mo, micros: (((d * 24 + h) * 60 + mi) * 60 + s) * 1_000_000 };
}

function isoDuration(v: DurationValue): string {
  const neg = v.months < 0 || (v.months === 0 && v.micros < 0);
  let months = Math.abs(v.months);
  let micros = Math.abs(v.micros);
  const years = Math.floor(months / 12);
  months -= years * 12;
  const days = Math.floor(micros / 86_400_000_000);
  micros -= days * 86_400_000_000;
  const hours = Math.floor(micros / 3_600_000_000);
  micros -= hours * 3_600_000_000;
  const minutes = Math.floor(micros / 60_000_000);
  micros -= minutes * 60_000_000;
  const seconds = micros / 1_000_000;
  let text = 'P';
  if (years) text += `${years}Y`;
  if (months) text += `${months}M`;
  if (days) text += `${days}D`;
  if (hours || minutes || seconds) text += `T${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (text === 'P') text = 'P0D';
  return neg ? `-${text}` : text;
}

export const durationType: TypeImpl = {
  type: 'duration',
  constraints: ['required', 'unique', 'enum'],
  reader: () => parseDuration,
  key: (value) => `${(value as DurationValue).months}|${(value as DurationValue).micros}`,
  write: (value) => isoDuration(value as DurationValue),
};
