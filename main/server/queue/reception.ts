import { checkCheckIn } from '../../domain/appointments/booking-rules';
import { slotAt } from '../../domain/appointments/plan';
import { violation } from '../../domain/rule-codes';
import { bookedTodayFor, getPlan, listAppointments, type AppointmentRow } from '../../store/appointments';
import { getHallDevice } from '../../store/hall-devices';
import { issueTicket } from '../../store/queue/actions';
import { getTicket, waitingAhead } from '../../store/queue/tickets';
import { getOfficeSettings } from '../../store/settings';
import { refuseIf, RuleRefusal } from '../../store/registrations/context';
import { ApiError } from '../api-error';
import { sendToPrinter, TicketPrintError, ticketBytes } from '../devices/ticket-printer';
import type { Handlers } from '../handlers';
import { officeInstant, queueAct } from './act';
import { ticketView } from './views';

/** A kiosk reads cards; only staff may vouch for documents they checked by hand, or declare a priority. */
function refuseKioskClaims(device: unknown, persons: readonly { verified: string }[], priority: readonly string[]): void {
  if (!device) return;
  if (persons.some((p) => p.verified !== 'reader') || priority.length > 0) {
    throw new ApiError('AUTH_FORBIDDEN', undefined, '自助机只能凭读卡取号，优先资格须由工作人员核验');
  }
}

export const issueHandler: Handlers['issueTicket'] = (ctx, { body, user, device, nowMs }) => {
  refuseKioskClaims(device, body.persons, body.priority);
  const act = queueAct(ctx.db, { user, device }, nowMs);
  const t = issueTicket(ctx.db, { service: body.service, persons: body.persons, declared: body.priority, appointment: null }, act);
  ctx.events.publish({ type: 'queue.changed', day: act.day });
  return ticketView(ctx.db, t, waitingAhead(ctx.db, t));
};

/** The appointment these persons hold today, exactly: a partial match is a slot passed on to someone else. */
function appointmentFor(db: Parameters<typeof bookedTodayFor>[0], day: string, ids: readonly string[]): AppointmentRow {
  const candidates = bookedTodayFor(db, day, ids);
  const exact = candidates.find((a) => checkCheckIn(a.persons.map((p) => p.idNumber), ids, a.date, day).length === 0);
  if (exact) return exact;
  if (candidates.length > 0) refuseIf(checkCheckIn(candidates[0]!.persons.map((p) => p.idNumber), ids, day, day));
  const elsewhere = ids.flatMap((id) => listAppointments(db, { idNumber: id, state: 'booked' }));
  if (elsewhere[0]) refuseIf(checkCheckIn(elsewhere[0].persons.map((p) => p.idNumber), ids, elsewhere[0].date, day));
  throw new RuleRefusal([violation('APPT_NOT_FOUND', 'persons')]);
}

export const checkInHandler: Handlers['checkIn'] = (ctx, { body, user, device, nowMs }) => {
  refuseKioskClaims(device, body.persons, []);
  const act = queueAct(ctx.db, { user, device }, nowMs);
  const a = appointmentFor(ctx.db, act.day, body.persons.map((p) => p.idNumber));
  const slot = slotAt(getPlan(ctx.db), a.slotStart) ?? { start: a.slotStart, end: a.slotEnd };
  const t = issueTicket(ctx.db, {
    service: a.service, persons: body.persons, declared: [],
    appointment: { id: a.id, startMs: officeInstant(a.date, slot.start), endMs: officeInstant(a.date, a.slotEnd) },
  }, act);
  ctx.events.publish({ type: 'queue.changed', day: act.day });
  ctx.events.publish({ type: 'appointments.changed', date: a.date });
  return ticketView(ctx.db, t, waitingAhead(ctx.db, t));
};

/** Prints on the kiosk's own ESC/POS printer; without one (or for staff) the page prints it through the browser. */
export const printHandler: Handlers['printTicket'] = async (ctx, { params, device }) => {
  const t = getTicket(ctx.db, params.id);
  if (!t) throw new ApiError('NOT_FOUND');
  const printer = device ? (getHallDevice(ctx.db, device.id)?.printer ?? '') : '';
  if (printer === '') return { outcome: 'browser' as const, printer: '' };
  const view = ticketView(ctx.db, t, t.state === 'waiting' ? waitingAhead(ctx.db, t) : null);
  const bytes = ticketBytes({ officeName: getOfficeSettings(ctx.db).officeName, number: t.number, service: t.service, ahead: view.ahead, issuedAt: t.issuedAt, appointmentSlot: view.appointmentSlot });
  try {
    await sendToPrinter(printer, bytes);
  } catch (err) {
    if (err instanceof TicketPrintError) throw new ApiError('PRINTER_FAILED', undefined, err.message);
    throw err;
  }
  return { outcome: 'printed' as const, printer };
};
