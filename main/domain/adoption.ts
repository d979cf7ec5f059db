import type { LocalDate } from './case-types';
import type { WorkCalendar } from './calendar';
import { addDays, compareDates, daysBetween, yearOf } from './dates';

/*
 * The dates of an adoption case (中国公民收养子女登记办法 8): the office decides within 30 days of
 * the application; a child whose parents cannot be found is first announced in a 60-day public
 * notice (公告, 民法典 1105), and the notice days are not counted in the 30.
 */

export const ADOPTION_DECISION_DAYS = 30;
export const ADOPTION_NOTICE_DAYS = 60;

/**
 * The last day of the public notice. 民法典 201: the day of publication is not counted, so day 1
 * is the day after it and day 60 is the 60th day after it. 民法典 203 applies (204: no law provides
 * otherwise): the notice is the time the birth parents have to come forward at the office, and a last
 * day on which the office is closed would take their last chance from them, so an end on a day that
 * may not end a period moves to the next one that may (cal.periodEnd, the office's own setting).
 */
export function noticeEnds(noticeStartsOn: LocalDate, cal: WorkCalendar): LocalDate {
  return cal.periodEnd(addDays(noticeStartsOn, ADOPTION_NOTICE_DAYS));
}

/** "自公告之日起满60日": the notice has run out on the day after its last day, not on the last day itself. */
export function noticeRunOut(noticeStartsOn: LocalDate, on: LocalDate, cal: WorkCalendar): boolean {
  return compareDates(on, noticeEnds(noticeStartsOn, cal)) > 0;
}

/**
 * The last day for the decision. Without a notice: Day 0 is the application, day 30 the 30th day
 * after it, moved by cal.periodEnd (民法典 201, 203), exactly like the divorce periods.
 *
 * With a notice the 30 days are suspended while it runs ("公告期间不计算在登记办理期限内"): the days
 * after the application up to and including the day of publication count (the notice period itself
 * starts the day after, 民法典 201), the notice days (day after publication to noticeEnds) do not,
 * and the count resumes the day after noticeEnds with the days still left:
 *   due = periodEnd(noticeEnds + (30 − days counted before the notice)).
 * Worked example (2026 calendar): applied Monday 08-03, notice published Wednesday 08-05. Counted
 * before it: 08-04 and 08-05, 2 days. The notice's day 60 is 10-04, inside National Day (10-01 to
 * 10-07), so it ends Thursday 10-08 and registration is possible from 10-09. The 28 days left run
 * 10-09 to 11-05, a Thursday: the decision is due 2026-11-05.
 *
 * A notice published before the application counts only for the part that overlaps it (the count
 * starts after the later of the two); one that ended by the application day, or one published after
 * the 30th day, suspends nothing: a notice cannot revive a limit that has already run out.
 */
export function adoptionDecisionDue(appliedOn: LocalDate, cal: WorkCalendar, noticeStartsOn: LocalDate | null = null): LocalDate {
  const unsuspended = cal.periodEnd(addDays(appliedOn, ADOPTION_DECISION_DAYS));
  if (noticeStartsOn === null) return unsuspended;
  const ends = noticeEnds(noticeStartsOn, cal);
  const countedBefore = Math.max(0, daysBetween(appliedOn, noticeStartsOn));
  if (compareDates(ends, appliedOn) <= 0 || countedBefore >= ADOPTION_DECISION_DAYS) return unsuspended;
  return cal.periodEnd(addDays(ends, ADOPTION_DECISION_DAYS - countedBefore));
}

/** The dates the desk and the worklist show for one case, from its application and its notice (if any). */
export interface AdoptionDates {
  readonly appliedOn: LocalDate;
  readonly noticeStartsOn: LocalDate | null;
  /** The notice's last day; null without a notice. */
  readonly noticeEnds: LocalDate | null;
  /** The first day the notice has run out and the adoption may be registered; null without a notice. */
  readonly registrableFrom: LocalDate | null;
  readonly decisionDue: LocalDate;
  /** A date reaches a year without official holiday data: it counts weekends only and may move. */
  readonly provisional: boolean;
  readonly provisionalYears: readonly number[];
}

export function adoptionDates(appliedOn: LocalDate, noticeStartsOn: LocalDate | null, cal: WorkCalendar): AdoptionDates {
  const ends = noticeStartsOn === null ? null : noticeEnds(noticeStartsOn, cal);
  const decisionDue = adoptionDecisionDue(appliedOn, cal, noticeStartsOn);
  const first = noticeStartsOn !== null && compareDates(noticeStartsOn, appliedOn) < 0 ? noticeStartsOn : appliedOn;
  const last = ends !== null && compareDates(ends, decisionDue) > 0 ? ends : decisionDue;
  const provisionalYears: number[] = [];
  for (let year = yearOf(first); year <= yearOf(last); year++) {
    if (!cal.hasOfficialData(year)) provisionalYears.push(year);
  }
  return {
    appliedOn,
    noticeStartsOn,
    noticeEnds: ends,
    registrableFrom: ends === null ? null : addDays(ends, 1),
    decisionDue,
    provisional: provisionalYears.length > 0,
    provisionalYears,
  };
}
