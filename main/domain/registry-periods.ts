import type { LocalDate } from './case-types';
import type { WorkCalendar } from './calendar';
import { assertNever } from './assert-never';
import { addDays, compareDates, daysInMonth, toDayNumber, yearOf } from './dates';
import { COLLECTION_DAYS, COOLING_OFF_DAYS, divorcePeriods } from './divorce';

/** 登记统计 by day, month or year: each period is one row of the tables and one point of the charts. */
export const REGISTRY_GROUPINGS = ['day', 'month', 'year'] as const;
export type RegistryGrouping = (typeof REGISTRY_GROUPINGS)[number];

export const REGISTRY_GROUPING_LABELS: Readonly<Record<RegistryGrouping, string>> = { day: '按日', month: '按月', year: '按年' };

/** How many leading characters of a YYYY-MM-DD date name its period: the key SQL groups by. */
export const PERIOD_KEY_LENGTH: Readonly<Record<RegistryGrouping, number>> = { day: 10, month: 7, year: 4 };

/** More periods than a table or a chart can show: a range that long is asked by month or by year. */
export const MAX_REGISTRY_PERIODS = 1000;

export interface RegistryPeriod {
  /** '2026-05-20', '2026-05' or '2026'. */
  readonly key: string;
  /** The period's days inside the asked range (the first and last periods may be cut by it). */
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export function periodKey(date: LocalDate, grouping: RegistryGrouping): string {
  return date.slice(0, PERIOD_KEY_LENGTH[grouping]);
}

/** The last day of the period a date falls in. */
function periodLastDay(date: LocalDate, grouping: RegistryGrouping): LocalDate {
  const year = yearOf(date);
  switch (grouping) {
    case 'day':
      return date;
    case 'month': {
      const month = Number(date.slice(5, 7));
      return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
    }
    case 'year':
      return `${date.slice(0, 4)}-12-31`;
    default:
      return assertNever(grouping, 'grouping');
  }
}

/** Every period from `from` to `to`, in order, each clipped to the range; [] when the range is empty. */
export function periodsInRange(from: LocalDate, to: LocalDate, grouping: RegistryGrouping): RegistryPeriod[] {
  const periods: RegistryPeriod[] = [];
  let start = from;
  while (compareDates(start, to) <= 0) {
    const last = periodLastDay(start, grouping);
    const end = compareDates(last, to) <= 0 ? last : to;
    periods.push({ key: periodKey(start, grouping), from: start, to: end });
    start = addDays(end, 1);
  }
  return periods;
}

/** How many periods a range has, without listing them (to refuse a range too long for its grouping). */
export function periodCount(from: LocalDate, to: LocalDate, grouping: RegistryGrouping): number {
  if (compareDates(from, to) > 0) return 0;
  const months = (yearOf(to) - yearOf(from)) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  switch (grouping) {
    case 'day':
      return toDayNumber(to) - toDayNumber(from) + 1;
    case 'month':
      return months;
    case 'year':
      return yearOf(to) - yearOf(from) + 1;
    default:
      return assertNever(grouping, 'grouping');
  }
}

/**
 * The latest acceptance date whose divorce case is deemed withdrawn on or before `on` if nobody acts
 * (worklists and the nightly job use the same divorcePeriods). The deemed date never moves back when
 * the acceptance moves forward, so every case accepted on or before this date is deemed withdrawn
 * by `on` unless registered or withdrawn first, and every case accepted after it is not yet.
 */
export function lastAcceptanceDeemedBy(on: LocalDate, cal: WorkCalendar): LocalDate {
  // Both periods last at least their days, so an acceptance this recent cannot be deemed withdrawn yet.
  let accepted = addDays(on, -(COOLING_OFF_DAYS + COLLECTION_DAYS + 1));
  while (compareDates(divorcePeriods(accepted, cal).deemedWithdrawnOn, on) > 0) accepted = addDays(accepted, -1);
  return accepted;
}

/** The decade a date falls in, as its first year: '1996-05-20' → 1990. */
export function decadeOf(date: LocalDate): number {
  return Math.floor(yearOf(date) / 10) * 10;
}

/** The earlier of a date and today: figures that depend on time passing (deemed withdrawal, pending) stop at today. */
export function notAfter(date: LocalDate, today: LocalDate): LocalDate {
  return compareDates(date, today) <= 0 ? date : today;
}
