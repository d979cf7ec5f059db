import type { AppointmentView, TicketView, WindowView } from '../../contract';
import { maskIdNumber } from '../../domain/mask';
import { maskName } from '../../domain/mask-name';
import type { QueuePolicy } from '../../domain/queue/policy';
import type { AppointmentRow } from '../../store/appointments';
import type { ReadableDB } from '../../store/db';
import type { TicketRow } from '../../store/queue/tickets';
import { currentTicketOf } from '../../store/queue/tickets';
import { getWindow, type WindowRow } from '../../store/queue/windows';

const masked = (persons: readonly { name: string; idNumber: string }[]) => persons.map((p) => ({ name: p.name, idNumberMasked: maskIdNumber(p.idNumber) }));

export function appointmentView(a: AppointmentRow, ticketNumber: string | null): AppointmentView {
  return {
    id: a.id, service: a.service, date: a.date, slotStart: a.slotStart, slotEnd: a.slotEnd, source: a.source, provincialId: a.provincialId, state: a.state,
    persons: masked(a.persons), phone: a.phone, note: a.note, ticketNumber, createdAt: a.createdAt, createdBy: a.createdBy,
  };
}

const beijingTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

/** `ahead`: for a waiting ticket, how many waiting tickets of its service were issued before it. */
export function ticketView(db: ReadableDB, t: TicketRow, ahead: number | null = null): TicketView {
  const w = t.windowId === null ? undefined : getWindow(db, t.windowId);
  return {
    id: t.id, day: t.day, number: t.number, service: t.service, state: t.state, priority: [...t.priority], persons: masked(t.persons),
    appointmentId: t.appointmentId,
    appointmentSlot: t.slotStartMs === null ? null : `${beijingTime.format(t.slotStartMs)}–${beijingTime.format(t.slotEndMs!)}`,
    issuedAt: t.issuedAt, windowId: t.windowId, windowNumber: w?.number ?? null, callCount: t.callCount,
    lastCalledAt: t.lastCalledMs === null ? null : new Date(t.lastCalledMs).toISOString(), transferred: t.transferredMs !== null, ahead,
  };
}

export function windowView(db: ReadableDB, w: WindowRow, day: string): WindowView {
  const current = currentTicketOf(db, w.id, day);
  return {
    id: w.id, number: w.number, name: w.name, services: [...w.services], active: w.active, open: w.openBy !== null, openBy: w.openBy,
    current: current ? ticketView(db, current) : null,
  };
}

/** The names the board may show: masked (张*三), or none at all, by the hall's setting. */
export function boardNames(t: TicketRow, policy: QueuePolicy): string {
  return policy.boardNames === 'hidden' ? '' : t.persons.map((p) => maskName(p.name)).join('、');
}
