import type { Violation } from '../../domain/case-types';
import { checkBooking, type BookingProposal } from '../../domain/appointments/booking-rules';
import { dayPlan, type AppointmentPlan } from '../../domain/appointments/plan';
import { divorcePeriods, type DivorcePeriods } from '../../domain/divorce';
import { getPlan, noShowDates, personLoad, slotLoad } from '../../store/appointments';
import { openDivorces } from '../../store/case-search';
import { caseParties } from '../../store/cases';
import type { ReadableDB } from '../../store/db';
import type { RegistrationContext } from '../../store/registrations/context';

/** The couple's open divorce application, found by both ID numbers (any order). */
function openDivorceOf(db: ReadableDB, ids: readonly string[], rctx: RegistrationContext): DivorcePeriods | null {
  if (ids.length !== 2) return null;
  const wanted = [...ids].sort().join(',');
  const c = openDivorces(db).find((d) => caseParties(db, d.id).map((p) => p.idNumber).sort().join(',') === wanted);
  return c?.acceptedOn ? divorcePeriods(c.acceptedOn, rctx.calendar) : null;
}

export function proposalOf(b: Pick<BookingProposal, 'service' | 'date' | 'slotStart' | 'persons'>, source: BookingProposal['source']): BookingProposal {
  return { service: b.service, date: b.date, slotStart: b.slotStart, source, persons: b.persons };
}

/** Every violation of a proposed booking, from the plan and the store as they are now (the booking being moved left out). */
export function bookingViolations(db: ReadableDB, p: BookingProposal, rctx: RegistrationContext, exceptId: number | null, plan: AppointmentPlan = getPlan(db)): Violation[] {
  const ids = p.persons.map((x) => x.idNumber);
  return checkBooking(p, {
    today: rctx.by.on,
    plan,
    day: dayPlan(plan, rctx.calendar, p.date),
    slotLoad: slotLoad(db, p.date, p.slotStart, p.service, exceptId),
    personLoad: personLoad(db, p.date, ids, exceptId),
    noShows: noShowDates(db, ids),
    office: rctx.office,
    openDivorce: openDivorceOf(db, ids, rctx),
  });
}
