import chineseDays from 'chinese-days';
import type { LocalDate } from '../case-types';
import type { WorkCalendar } from '../calendar';
import { addDays, monthDayOf, yearOf } from '../dates';
import { BOOKABLE_SERVICES, type BookableService } from '../queue/services';

/** 'HH:MM', local office time. */
export type ClockTime = string;

export type Capacity = Readonly<Record<BookableService, number>>;

/**
 * The office's appointment plan (domain.md, "Appointments"); every figure is the office's to set.
 * Capacities are per slot and service.
 */
export interface AppointmentPlan {
  /** Office hours as sessions, e.g. morning and afternoon. */
  readonly sessions: readonly { readonly from: ClockTime; readonly to: ClockTime }[];
  readonly slotMinutes: number;
  readonly capacity: Capacity;
  /** 20 May, 14 February and Qixi (七夕, 7th day of the 7th lunar month) get their own capacity. */
  readonly specialDates: { readonly enabled: boolean; readonly capacity: Capacity };
  /** Single days the office sets itself: a capacity of its own (all zero closes the day to bookings). */
  readonly dayOverrides: readonly { readonly date: LocalDate; readonly capacity: Capacity; readonly note: string }[];
  readonly bookAheadMinDays: number;
  readonly bookAheadMaxDays: number;
  /** Cancelling is allowed until this many days before the booked day (1: until the day before). */
  readonly cancelDaysBefore: number;
  readonly noShow: { readonly count: number; readonly withinDays: number; readonly blockDays: number };
  /** Slots one ID number may hold on one day, across services. */
  readonly perPersonPerDay: number;
}

const capacity = (n: number, marriage: number): Capacity => ({
  marriage, divorce_application: n, divorce_registration: n, reissue: n, adoption: Math.min(n, 1),
});

export const DEFAULT_PLAN: AppointmentPlan = {
  sessions: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '17:00' }],
  slotMinutes: 30,
  capacity: capacity(2, 4),
  specialDates: { enabled: true, capacity: capacity(1, 10) },
  dayOverrides: [],
  bookAheadMinDays: 1,
  bookAheadMaxDays: 15,
  cancelDaysBefore: 1,
  noShow: { count: 2, withinDays: 30, blockDays: 15 },
  perPersonPerDay: 1,
};

export function minutesOf(t: ClockTime): number {
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
}

export function clockTime(minutes: number): ClockTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface Slot {
  readonly start: ClockTime;
  readonly end: ClockTime;
}

/** The slots of a working day: each session cut into slots; a last piece shorter than a slot is dropped. */
export function slotsOf(plan: Pick<AppointmentPlan, 'sessions' | 'slotMinutes'>): Slot[] {
  const slots: Slot[] = [];
  for (const s of plan.sessions) {
    for (let t = minutesOf(s.from); t + plan.slotMinutes <= minutesOf(s.to); t += plan.slotMinutes) {
      slots.push({ start: clockTime(t), end: clockTime(t + plan.slotMinutes) });
    }
  }
  return slots;
}

export type SpecialDay = '520' | 'valentine' | 'qixi';

export const SPECIAL_DAY_LABELS: Readonly<Record<SpecialDay, string>> = { '520': '5月20日', valentine: '2月14日', qixi: '七夕' };

/**
 * Qixi of a Gregorian year, from the lunar calendar (e.g. 2026-08-19). The package's lunar-to-solar
 * answer is a day early west of Greenwich; reading the lunar date of a given day is right in every
 * zone, so the (always July–August) day is found by reading.
 */
export function qixiOf(year: number): LocalDate {
  for (let d = `${year}-07-25`; d <= `${year}-09-05`; d = addDays(d, 1)) {
    const lunar = chineseDays.getLunarDate(d);
    if (lunar.lunarMon === 7 && lunar.lunarDay === 7 && !lunar.isLeap) return d;
  }
  throw new Error(`七夕 not found in ${year}`);
}

export function specialDayOf(d: LocalDate): SpecialDay | null {
  const { month, day } = monthDayOf(d);
  if (month === 5 && day === 20) return '520';
  if (month === 2 && day === 14) return 'valentine';
  if (d === qixiOf(yearOf(d))) return 'qixi';
  return null;
}

export type DayKind = 'closed' | 'override' | 'special' | 'ordinary';

export interface DayPlan {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly special: SpecialDay | null;
  readonly note: string;
  readonly slots: readonly Slot[];
  /** Per slot and service; all zero on a closed day. */
  readonly capacity: Capacity;
}

const ZERO: Capacity = Object.fromEntries(BOOKABLE_SERVICES.map((s) => [s, 0])) as Capacity;

/**
 * What the plan offers on one day. The office's own override wins; a non-working day (the work
 * calendar, with the office's opened and closed days) is closed; special dates have their capacity.
 */
export function dayPlan(plan: AppointmentPlan, cal: WorkCalendar, d: LocalDate): DayPlan {
  const special = specialDayOf(d);
  const slots = slotsOf(plan);
  const override = plan.dayOverrides.find((o) => o.date === d);
  if (override) {
    const open = BOOKABLE_SERVICES.some((s) => override.capacity[s] > 0) && cal.isWorkingDay(d);
    return { date: d, kind: open ? 'override' : 'closed', special, note: override.note, slots: open ? slots : [], capacity: open ? override.capacity : ZERO };
  }
  if (!cal.isWorkingDay(d)) return { date: d, kind: 'closed', special, note: '非工作日', slots: [], capacity: ZERO };
  if (special && plan.specialDates.enabled) {
    return { date: d, kind: 'special', special, note: SPECIAL_DAY_LABELS[special], slots, capacity: plan.specialDates.capacity };
  }
  return { date: d, kind: 'ordinary', special, note: '', slots, capacity: plan.capacity };
}

/** The slot that holds a time of day, if any. */
export function slotAt(plan: Pick<AppointmentPlan, 'sessions' | 'slotMinutes'>, time: ClockTime): Slot | null {
  const m = minutesOf(time);
  return slotsOf(plan).find((s) => minutesOf(s.start) <= m && m < minutesOf(s.end)) ?? null;
}
