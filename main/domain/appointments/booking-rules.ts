import type { IdType, LocalDate, OfficeFacts, Violation } from '../case-types';
import { addDays, compareDates, daysBetween } from '../dates';
import type { DivorcePeriods } from '../divorce';
import { ageOn, birthDateFromId, checkIdNumber, sexFromId } from '../identity';
import { minimumMarriageAge } from '../rules/marriage';
import { violation } from '../rule-codes';
import { needsCouple, SERVICE_LABELS, type BookableService } from '../queue/services';
import type { AppointmentPlan, ClockTime, DayPlan } from './plan';

export const BOOKING_SOURCES = ['online', 'phone', 'walk_in'] as const;
export type BookingSource = (typeof BOOKING_SOURCES)[number];

export interface BookedPerson {
  readonly idType: IdType;
  readonly idNumber: string;
  readonly name: string;
}

export interface BookingProposal {
  readonly service: BookableService;
  readonly date: LocalDate;
  readonly slotStart: ClockTime;
  readonly source: BookingSource;
  /** Both parties for a couple's service, one otherwise. */
  readonly persons: readonly BookedPerson[];
}

/** What the store knows when a booking is proposed (the booking being moved is left out of every count). */
export interface BookingFacts {
  readonly today: LocalDate;
  readonly plan: AppointmentPlan;
  readonly day: DayPlan;
  /** Active bookings already in the slot for the service. */
  readonly slotLoad: number;
  /** Active bookings each person already holds on the day, by ID number. */
  readonly personLoad: Readonly<Record<string, number>>;
  /** Each person's no-show dates, by ID number (any order). */
  readonly noShows: Readonly<Record<string, readonly LocalDate[]>>;
  readonly office: OfficeFacts;
  /** The couple's open divorce application, for a divorce-registration booking. */
  readonly openDivorce: DivorcePeriods | null;
}

/**
 * Every reason to refuse a booking, all at once: the plan (day open, slot, capacity, booking
 * window), the per-person limit, the no-show block (online only), and the registration rules
 * that can already be checked for the planned day, so the couple hears now what the window would say.
 */
export function checkBooking(p: BookingProposal, f: BookingFacts): Violation[] {
  const found: Violation[] = [];
  const expected = needsCouple(p.service) ? 2 : 1;
  if (p.persons.length !== expected) {
    found.push(violation('APPT_PARTIES', 'persons', `${SERVICE_LABELS[p.service]}须登记 ${expected} 名当事人`));
  } else if (expected === 2 && p.persons[0]!.idNumber === p.persons[1]!.idNumber) {
    found.push(violation('APPT_PARTIES', 'persons', '两名当事人的证件号码相同'));
  }
  p.persons.forEach((person, i) => {
    if (checkIdNumber(person.idType, person.idNumber)) found.push(violation('ID_NUMBER_INVALID', `persons.${i}.idNumber`));
  });

  found.push(...checkPlanPlace(p, f));

  p.persons.forEach((person, i) => {
    if ((f.personLoad[person.idNumber] ?? 0) >= f.plan.perPersonPerDay) {
      found.push(violation('APPT_PERSON_LIMIT', `persons.${i}.idNumber`, `${person.name} 当日已有预约`));
    }
    if (p.source === 'online') {
      const until = noShowBlockedUntil(f.noShows[person.idNumber] ?? [], f.today, f.plan.noShow);
      if (until) found.push(violation('APPT_NO_SHOW_BLOCKED', `persons.${i}.idNumber`, `${person.name} 至 ${until} 前不能网上预约`));
    }
  });

  // The law's pre-check needs the persons established; with them, it is reported beside any plan refusal.
  if (!found.some((v) => v.code === 'APPT_PARTIES' || v.code === 'ID_NUMBER_INVALID')) found.push(...precheckRegistration(p, f));
  return found;
}

/** The day, the slot, the capacity and the booking window. A walk-in is booked for today. */
function checkPlanPlace(p: BookingProposal, f: BookingFacts): Violation[] {
  const found: Violation[] = [];
  const ahead = daysBetween(f.today, p.date);
  if (p.source === 'walk_in') {
    if (ahead !== 0) found.push(violation('APPT_OUTSIDE_WINDOW', 'date', '现场取号只能办理当日'));
  } else if (ahead < f.plan.bookAheadMinDays || ahead > f.plan.bookAheadMaxDays) {
    found.push(violation('APPT_OUTSIDE_WINDOW', 'date', `可预约 ${addDays(f.today, f.plan.bookAheadMinDays)} 至 ${addDays(f.today, f.plan.bookAheadMaxDays)}`));
  }
  if (f.day.kind === 'closed' || f.day.capacity[p.service] === 0) {
    found.push(violation('APPT_CLOSED_DAY', 'date', f.day.note || `${p.date} 不办理${SERVICE_LABELS[p.service]}预约`));
    return found;
  }
  if (!f.day.slots.some((s) => s.start === p.slotStart)) {
    found.push(violation('APPT_SLOT_INVALID', 'slotStart'));
  } else if (f.slotLoad >= f.day.capacity[p.service]) {
    found.push(violation('APPT_SLOT_FULL', 'slotStart', `${p.date} ${p.slotStart} 的 ${f.day.capacity[p.service]} 个名额已约满`));
  }
  return found;
}

/**
 * Two no-shows within `withinDays` block online booking for `blockDays` from the second one.
 * Returns the first day booking is possible again, or null when not blocked.
 */
export function noShowBlockedUntil(dates: readonly LocalDate[], today: LocalDate, rule: AppointmentPlan['noShow']): LocalDate | null {
  const sorted = [...dates].filter((d) => compareDates(d, today) <= 0).sort(compareDates);
  let until: LocalDate | null = null;
  for (let i = rule.count - 1; i < sorted.length; i++) {
    const first = sorted[i - rule.count + 1]!;
    const last = sorted[i]!;
    if (daysBetween(first, last) < rule.withinDays) {
      const end = addDays(last, rule.blockDays);
      if (compareDates(today, end) < 0 && (until === null || compareDates(end, until) > 0)) until = end;
    }
  }
  return until;
}

/** The registration rules that can be judged from ID numbers and dated records alone, for the booked day. */
function precheckRegistration(p: BookingProposal, f: BookingFacts): Violation[] {
  const found: Violation[] = [];
  if (p.service === 'marriage') {
    const sexes = p.persons.map((x) => sexFromId(x.idType, x.idNumber));
    if (sexes.every((s) => s !== null) && new Set(sexes).size !== 2) found.push(violation('MAR_SEXES', 'persons'));
    p.persons.forEach((x, i) => {
      const birth = birthDateFromId(x.idType, x.idNumber);
      const sex = sexes[i];
      if (!birth || !sex) return;
      const minimum = minimumMarriageAge(sex, undefined, f.office);
      const age = ageOn(birth, p.date);
      if (age < minimum) {
        found.push(violation(sex === 'male' ? 'MAR_AGE_MAN' : 'MAR_AGE_WOMAN', `persons.${i}.idNumber`, `预约日 ${p.date} 年满 ${age} 周岁，须年满 ${minimum} 周岁`));
      }
    });
  }
  if (p.service === 'divorce_application' && f.openDivorce) {
    found.push(violation('DIV_CASE_OPEN', 'persons', `已于 ${f.openDivorce.acceptedOn} 受理`));
  }
  if (p.service === 'divorce_registration') {
    const d = f.openDivorce;
    if (!d) found.push(violation('APPT_NO_DIVORCE_CASE', 'persons'));
    else if (compareDates(p.date, d.collectionStarts) < 0) {
      found.push(violation('DIV_COOLING_OFF', 'date', `冷静期至 ${d.coolingOffEnds}，请预约 ${d.collectionStarts} 至 ${d.collectionEnds} 之间的日期`));
    } else if (compareDates(p.date, d.collectionEnds) > 0) {
      found.push(violation('DIV_DEEMED_WITHDRAWN', 'date', `申请发证的期限至 ${d.collectionEnds}`));
    }
  }
  return found;
}

/** A booking may be cancelled until `cancelDaysBefore` days before its day. */
export function checkCancellation(bookedFor: LocalDate, today: LocalDate, plan: AppointmentPlan): Violation[] {
  const last = addDays(bookedFor, -plan.cancelDaysBefore);
  return compareDates(today, last) > 0 ? [violation('APPT_CANCEL_TOO_LATE', 'date', `最迟于 ${last} 取消`)] : [];
}

/**
 * At check-in the cards read must be exactly the persons booked (in any order): a slot on a
 * popular date cannot be passed on to someone else.
 */
export function checkCheckIn(booked: readonly string[], presented: readonly string[], bookedFor: LocalDate, today: LocalDate): Violation[] {
  const found: Violation[] = [];
  if (bookedFor !== today) found.push(violation('APPT_NOT_TODAY', 'date', `预约日期为 ${bookedFor}`));
  const a = [...booked].sort().join(',');
  const b = [...new Set(presented)].sort().join(',');
  if (a !== b) found.push(violation('APPT_MISMATCH', 'persons'));
  return found;
}
