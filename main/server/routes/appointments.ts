import type { z } from 'zod';
import type { AppointmentPlanSchema, DayLoad } from '../../contract/appointments';
import { checkCancellation } from '../../domain/appointments/booking-rules';
import { dayPlan, slotsOf } from '../../domain/appointments/plan';
import { addDays, compareDates, daysBetween } from '../../domain/dates';
import { BOOKABLE_SERVICES, type BookableService } from '../../domain/queue/services';
import { violation } from '../../domain/rule-codes';
import { bookingLoad, changeAppointment, getAppointment, getPlan, insertAppointment, listAppointments, putPlan, type AppointmentRow } from '../../store/appointments';
import { getTicket } from '../../store/queue/tickets';
import { refuseIf, RuleRefusal } from '../../store/registrations/context';
import { ApiError } from '../api-error';
import type { HostContext, Handlers } from '../handlers';
import { bookingViolations, proposalOf } from '../queue/booking';
import { appointmentView } from '../queue/views';
import { registrationContext } from '../registration';

/** Two months of days at most per calendar request. */
const MAX_CALENDAR_DAYS = 62;

function view(ctx: HostContext, a: AppointmentRow) {
  return appointmentView(a, a.ticketId === null ? null : (getTicket(ctx.db, a.ticketId)?.number ?? null));
}

function emptyLoad(): Record<BookableService, number> {
  return Object.fromEntries(BOOKABLE_SERVICES.map((s) => [s, 0])) as Record<BookableService, number>;
}

export const appointmentHandlers: Pick<Handlers, 'getPlan' | 'putPlan' | 'appointmentCalendar' | 'listAppointments' | 'checkBooking' | 'book' | 'changeAppointment'> = {
  // The domain's plan is read-only; the wire type is the same shape.
  getPlan: (ctx) => getPlan(ctx.db) as AppointmentPlanSchema,
  putPlan(ctx, { body, user, at }) {
    if (slotsOf(body).length === 0) throw new RuleRefusal([violation('APPT_SLOT_INVALID', 'slotMinutes', '办公时间内排不下一个时段')]);
    const saved = putPlan(ctx.db, body, { actor: user.username, at });
    ctx.events.publish({ type: 'appointments.changed', date: '' });
    return saved as AppointmentPlanSchema;
  },
  appointmentCalendar(ctx, { query, user, nowMs }) {
    const span = daysBetween(query.from, query.to);
    if (span < 0 || span >= MAX_CALENDAR_DAYS) throw new ApiError('VALIDATION', [{ code: 'FIELD_INVALID', field: 'to', message: `日期范围须在 ${MAX_CALENDAR_DAYS} 天以内` }]);
    const rctx = registrationContext(ctx, user, nowMs);
    const plan = getPlan(ctx.db);
    const load = bookingLoad(ctx.db, query.from, query.to);
    const days: z.infer<typeof DayLoad>[] = [];
    for (let d = query.from; compareDates(d, query.to) <= 0; d = addDays(d, 1)) {
      const p = dayPlan(plan, rctx.calendar, d);
      days.push({
        date: d, kind: p.kind, note: p.note, capacity: p.capacity,
        slots: p.slots.map((s) => {
          const l = emptyLoad();
          for (const x of load) if (x.date === d && x.slotStart === s.start) l[x.service] = x.n;
          return { start: s.start, end: s.end, load: l };
        }),
      });
    }
    const today = rctx.by.on;
    return { today, bookFrom: addDays(today, plan.bookAheadMinDays), bookTo: addDays(today, plan.bookAheadMaxDays), days };
  },
  listAppointments(ctx, { query }) {
    const from = query.date ?? query.from;
    const to = query.date ?? query.to;
    return { items: listAppointments(ctx.db, { from, to, state: query.state, idNumber: query.idNumber }).map((a) => view(ctx, a)) };
  },
  checkBooking(ctx, { body, user, nowMs }) {
    return { violations: bookingViolations(ctx.db, proposalOf(body, body.source), registrationContext(ctx, user, nowMs), null) };
  },
  book(ctx, { body, user, at, nowMs }) {
    const rctx = registrationContext(ctx, user, nowMs);
    const plan = getPlan(ctx.db);
    const slot = dayPlan(plan, rctx.calendar, body.date).slots.find((s) => s.start === body.slotStart) ?? { start: body.slotStart, end: body.slotStart };
    const a = insertAppointment(
      ctx.db,
      { service: body.service, date: body.date, slot, source: body.source, provincialId: null, persons: body.persons, phone: body.phone, note: body.note },
      { actor: user.username, at },
      () => refuseIf(bookingViolations(ctx.db, proposalOf(body, body.source), rctx, null, plan)),
    );
    ctx.events.publish({ type: 'appointments.changed', date: a.date });
    return view(ctx, a);
  },
  changeAppointment(ctx, { params, body, user, at, nowMs }) {
    const rctx = registrationContext(ctx, user, nowMs);
    const plan = getPlan(ctx.db);
    const today = rctx.by.on;
    const refuseUnlessBooked = (a: AppointmentRow) => {
      if (a.state !== 'booked') throw new RuleRefusal([violation('APPT_STATE', 'state')]);
    };
    const by = { actor: user.username, at };
    let a: AppointmentRow;
    if (body.action === 'cancel') {
      a = changeAppointment(ctx.db, params.id, { state: 'cancelled', reason: body.reason }, 'cancel', by, (cur) => {
        refuseUnlessBooked(cur);
        refuseIf(checkCancellation(cur.date, today, plan));
      });
    } else if (body.action === 'move') {
      const slot = dayPlan(plan, rctx.calendar, body.date).slots.find((s) => s.start === body.slotStart);
      a = changeAppointment(ctx.db, params.id, { date: body.date, slot, reason: body.reason }, 'move', by, (cur) => {
        refuseUnlessBooked(cur);
        refuseIf(bookingViolations(ctx.db, proposalOf({ ...cur, date: body.date, slotStart: body.slotStart }, cur.source === 'online' ? 'phone' : cur.source), rctx, cur.id, plan));
      });
    } else {
      a = changeAppointment(ctx.db, params.id, { state: 'no_show' }, 'no_show', by, (cur) => {
        refuseUnlessBooked(cur);
        if (compareDates(cur.date, today) > 0) throw new RuleRefusal([violation('APPT_STATE', 'state', '预约日尚未到，不能记为未到')]);
      });
    }
    if (!getAppointment(ctx.db, params.id)) throw new ApiError('NOT_FOUND');
    ctx.events.publish({ type: 'appointments.changed', date: a.date });
    return view(ctx, a);
  },
};
