import type { LocalDate } from './case-types';
import type { WorkCalendar } from './calendar';
import { assertNever } from './assert-never';
import { addDays, compareDates, yearOf } from './dates';

// 民法典 1077: thirty days to withdraw, then thirty days to ask together for the certificates.
export const COOLING_OFF_DAYS = 30;
export const COLLECTION_DAYS = 30;

/** The dated stages of one divorce case, all derived from the acceptance date (Day 0). */
export interface DivorcePeriods {
  readonly acceptedOn: LocalDate;
  readonly coolingOffStarts: LocalDate;
  /** The last day on which either party alone may withdraw. */
  readonly coolingOffEnds: LocalDate;
  /** The first day on which the divorce may be registered. */
  readonly collectionStarts: LocalDate;
  readonly collectionEnds: LocalDate;
  /** The day an unregistered case counts as withdrawn, without anyone acting. */
  readonly deemedWithdrawnOn: LocalDate;
  /** A period reaches a year without official holiday data: its dates count weekends only and may move. */
  readonly provisional: boolean;
  readonly provisionalYears: readonly number[];
}

/**
 * 民法典 201: a period counted in days starts the day after the event (Day 0 = acceptance).
 * 民法典 203: a last day that may not end a period moves to the next one that may (cal.periodEnd).
 */
export function divorcePeriods(acceptedOn: LocalDate, cal: WorkCalendar): DivorcePeriods {
  const coolingOffStarts = addDays(acceptedOn, 1);
  const coolingOffEnds = cal.periodEnd(addDays(acceptedOn, COOLING_OFF_DAYS));
  const collectionStarts = addDays(coolingOffEnds, 1);
  const collectionEnds = cal.periodEnd(addDays(coolingOffEnds, COLLECTION_DAYS));
  const provisionalYears: number[] = [];
  for (let year = yearOf(coolingOffStarts); year <= yearOf(collectionEnds); year++) {
    if (!cal.hasOfficialData(year)) provisionalYears.push(year);
  }
  return {
    acceptedOn,
    coolingOffStarts,
    coolingOffEnds,
    collectionStarts,
    collectionEnds,
    deemedWithdrawnOn: addDays(collectionEnds, 1),
    provisional: provisionalYears.length > 0,
    provisionalYears,
  };
}

export const DIVORCE_STATUSES = ['cooling_off', 'collection', 'registered', 'withdrawn', 'deemed_withdrawn'] as const;
export type DivorceStatus = (typeof DIVORCE_STATUSES)[number];

export const DIVORCE_STATUS_LABELS: Readonly<Record<DivorceStatus, string>> = {
  cooling_off: '冷静期',
  collection: '待发证',
  registered: '已登记',
  withdrawn: '已撤回',
  deemed_withdrawn: '视为撤回',
};

/** The dates a divorce case's record keeps; its status on any day follows from them. */
export interface DivorceCaseFacts {
  readonly acceptedOn: LocalDate;
  readonly withdrawnOn: LocalDate | null;
  readonly registeredOn: LocalDate | null;
}

/** Closed for good: a new application starts a new Day 0. */
export function isDivorceClosed(status: DivorceStatus): boolean {
  return status === 'registered' || status === 'withdrawn' || status === 'deemed_withdrawn';
}

/**
 * The status of a case on a day. The earliest closing event (registration, withdrawal, or the
 * deemed withdrawal) decides, so a closed case stays closed on every later day. Days before
 * acceptance count as Day 0.
 */
export function divorceStatusOn(c: DivorceCaseFacts, on: LocalDate, cal: WorkCalendar): DivorceStatus {
  const periods = divorcePeriods(c.acceptedOn, cal);
  // In this order, so that on the same day a registration outranks a withdrawal, and both the deemed withdrawal.
  const closings: readonly [LocalDate | null, DivorceStatus][] = [
    [c.registeredOn, 'registered'],
    [c.withdrawnOn, 'withdrawn'],
    [periods.deemedWithdrawnOn, 'deemed_withdrawn'],
  ];
  let first: [LocalDate, DivorceStatus] | null = null;
  for (const [date, status] of closings) {
    if (date !== null && (first === null || compareDates(date, first[0]) < 0)) first = [date, status];
  }
  if (first !== null && compareDates(on, first[0]) >= 0) return first[1];
  return compareDates(on, periods.coolingOffEnds) <= 0 ? 'cooling_off' : 'collection';
}

export type DivorceAction = 'withdraw' | 'register';

/** The actions the desk may offer on a case in this status (the rules in rules/divorce-case.ts say why not). */
export function divorceActions(status: DivorceStatus): readonly DivorceAction[] {
  switch (status) {
    case 'cooling_off':
      return ['withdraw'];
    case 'collection':
      return ['register'];
    case 'registered':
    case 'withdrawn':
    case 'deemed_withdrawn':
      return [];
    default:
      return assertNever(status, 'divorce status');
  }
}
