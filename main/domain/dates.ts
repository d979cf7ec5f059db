import type { LocalDate } from './case-types';

/**
 * Calendar dates of the law as 'YYYY-MM-DD' strings. All arithmetic is on day numbers
 * (days since 1970-01-01 in the proleptic Gregorian calendar), so no time zone can shift a date.
 * Functions other than isValidDate throw on a malformed date: callers validate input first,
 * so a bad date reaching them is a bug.
 */
const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseParts(s: string): YearMonthDay | null {
  const m = DATE_FORMAT.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parse(d: LocalDate): YearMonthDay {
  const parts = parseParts(d);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return parts;
}

/** A real calendar date written YYYY-MM-DD (2025-02-29 is not). */
export function isValidDate(s: unknown): s is LocalDate {
  return typeof s === 'string' && parseParts(s) !== null;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(d: LocalDate): number {
  const { year, month, day } = parse(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `n` days after 1970-01-01 (civil_from_days). */
export function fromDayNumber(n: number): LocalDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a day number: ${n}`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`date out of range: year ${year}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(d: LocalDate, n: number): LocalDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Negative when a is earlier, 0 when equal, positive when a is later. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(d: LocalDate): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return ((((toDayNumber(d) + 4) % 7) + 7) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** Days from a to b: daysBetween('2025-06-04', '2025-07-04') = 30; negative when b is earlier. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(d: LocalDate): number {
  return parse(d).year;
}

export function monthDayOf(d: LocalDate): { readonly month: number; readonly day: number } {
  const { month, day } = parse(d);
  return { month, day };
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareDates(a, b) <= 0 ? a : b;
}
