import type { IdType } from '../../domain/case-types';
import type { WaitingTicket } from '../../domain/queue/ordering';
import type { PriorityReason } from '../../domain/queue/policy';
import type { Service } from '../../domain/queue/services';
import type { TicketState } from '../../domain/queue/tickets';
import type { ReadableDB, WritableDB } from '../db';
import { prepared } from '../prepared';

export interface TicketPersonRow {
  readonly idType: IdType;
  readonly idNumber: string;
  readonly name: string;
  readonly verified: 'reader' | 'staff';
}

export interface TicketRow {
  readonly id: number;
  readonly day: string;
  readonly service: Service;
  readonly seq: number;
  readonly number: string;
  readonly state: TicketState;
  readonly priority: readonly PriorityReason[];
  readonly appointmentId: number | null;
  readonly slotStartMs: number | null;
  readonly slotEndMs: number | null;
  readonly issuedAt: string;
  readonly issuedMs: number;
  readonly issuedBy: string;
  readonly windowId: number | null;
  readonly transferredMs: number | null;
  readonly callCount: number;
  readonly firstCalledMs: number | null;
  readonly lastCalledMs: number | null;
  readonly startedMs: number | null;
  readonly finishedMs: number | null;
  readonly servedBy: number | null;
  readonly parentId: number | null;
  readonly persons: readonly TicketPersonRow[];
}

const COLUMNS = `id, day, service, seq, number, state, priority, appointment_id AS appointmentId, slot_start_ms AS slotStartMs, slot_end_ms AS slotEndMs,
  issued_at AS issuedAt, issued_ms AS issuedMs, issued_by AS issuedBy, window_id AS windowId, transferred_ms AS transferredMs, call_count AS callCount,
  first_called_ms AS firstCalledMs, last_called_ms AS lastCalledMs, started_ms AS startedMs, finished_ms AS finishedMs, served_by AS servedBy, parent_id AS parentId`;

type Raw = Omit<TicketRow, 'priority' | 'persons'> & { priority: string };

function hydrate(db: ReadableDB, r: Raw): TicketRow {
  const persons = prepared(db, 'SELECT id_type AS idType, id_number AS idNumber, name, verified FROM ticket_persons WHERE ticket_id = ? ORDER BY position')
    .all(r.id) as TicketPersonRow[];
  return { ...r, priority: JSON.parse(r.priority) as PriorityReason[], persons };
}

export function getTicket(db: ReadableDB, id: number): TicketRow | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM tickets WHERE id = ?`).get(id) as Raw | undefined;
  return r && hydrate(db, r);
}

export function ticketByNumber(db: ReadableDB, day: string, number: string): TicketRow | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM tickets WHERE day = ? AND number = ?`).get(day, number) as Raw | undefined;
  return r && hydrate(db, r);
}

export function ticketsInState(db: ReadableDB, day: string, states: readonly TicketState[]): TicketRow[] {
  const placeholders = states.map(() => '?').join(', ');
  return (prepared(db, `SELECT ${COLUMNS} FROM tickets WHERE day = ? AND state IN (${placeholders}) ORDER BY issued_ms, id`).all(day, ...states) as Raw[]).map((r) => hydrate(db, r));
}

/** The ticket a window is calling or serving, if any. */
export function currentTicketOf(db: ReadableDB, windowId: number, day: string): TicketRow | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM tickets WHERE day = ? AND window_id = ? AND state IN ('called', 'serving') ORDER BY last_called_ms DESC LIMIT 1`)
    .get(day, windowId) as Raw | undefined;
  return r && hydrate(db, r);
}

export function asWaiting(t: TicketRow): WaitingTicket {
  return {
    id: t.id, service: t.service, issuedAtMs: t.issuedMs, priority: t.priority,
    appointment: t.slotStartMs !== null && t.slotEndMs !== null ? { startMs: t.slotStartMs, endMs: t.slotEndMs } : null,
    transferredAtMs: t.transferredMs, windowId: t.state === 'waiting' ? t.windowId : null,
  };
}

type RawWaiting = {
  id: number; service: Service; issued_ms: number; priority: string; slot_start_ms: number | null; slot_end_ms: number | null; transferred_ms: number | null; window_id: number | null;
};

const WAITING_COLUMNS = 'id, service, issued_ms, priority, slot_start_ms, slot_end_ms, transferred_ms, window_id';

function toWaiting(r: RawWaiting): WaitingTicket {
  return {
    id: r.id, service: r.service, issuedAtMs: r.issued_ms, priority: JSON.parse(r.priority) as PriorityReason[],
    appointment: r.slot_start_ms !== null && r.slot_end_ms !== null ? { startMs: r.slot_start_ms, endMs: r.slot_end_ms } : null,
    transferredAtMs: r.transferred_ms, windowId: r.window_id,
  };
}

/** Every waiting ticket of the day as the ordering rule reads them (no persons). */
export function waitingForPick(db: ReadableDB, day: string): WaitingTicket[] {
  return (prepared(db, `SELECT ${WAITING_COLUMNS} FROM tickets WHERE day = ? AND state = 'waiting'`).all(day) as RawWaiting[]).map(toWaiting);
}

/**
 * The only waiting tickets the ordering rule can choose for a window: the first transferred one, and
 * the earliest issued of each class (fixed priority, appointment in its slot now, ordinary). The rule
 * looks at nothing but these minima, so it picks the same ticket from them as from the whole queue,
 * in a few indexed lookups instead of reading thousands of rows on every press of "call next".
 */
export function pickCandidates(db: ReadableDB, day: string, window: { id: number; services: readonly Service[] }, nowMs: number, earlyMs: number): WaitingTicket[] {
  const eligible = `day = @day AND state = 'waiting' AND service IN (SELECT value FROM json_each(@services)) AND (window_id IS NULL OR window_id = @window)`;
  const inSlot = 'slot_start_ms IS NOT NULL AND @now >= slot_start_ms - @early AND @now < slot_end_ms';
  const first = (where: string, order = 'issued_ms, id') =>
    prepared(db, `SELECT ${WAITING_COLUMNS} FROM tickets WHERE ${eligible} AND ${where} ORDER BY ${order} LIMIT 1`)
      .get({ day, services: JSON.stringify(window.services), window: window.id, now: nowMs, early: earlyMs }) as RawWaiting | undefined;
  const found = [
    first('transferred_ms IS NOT NULL', 'transferred_ms, id'),
    first("priority != '[]'"),
    first(inSlot),
    first(`priority = '[]' AND NOT (${inSlot})`),
  ].filter((r): r is RawWaiting => r !== undefined);
  return [...new Map(found.map((r) => [r.id, toWaiting(r)])).values()];
}

/** Open tickets (waiting, called, serving) today for a service that name this ID number. */
export function openTicketsFor(db: ReadableDB, day: string, service: Service, idNumber: string): number {
  return prepared(db, `SELECT COUNT(*) FROM tickets t JOIN ticket_persons p ON p.ticket_id = t.id
      WHERE t.day = ? AND t.service = ? AND p.id_number = ? AND t.state IN ('waiting', 'called', 'serving')`).pluck().get(day, service, idNumber) as number;
}

export function nextSeq(db: ReadableDB, day: string, service: Service): number {
  return (prepared(db, 'SELECT COALESCE(MAX(seq), 0) + 1 FROM tickets WHERE day = ? AND service = ?').pluck().get(day, service) as number);
}

export interface NewTicket {
  readonly day: string;
  readonly service: Service;
  readonly seq: number;
  readonly number: string;
  readonly priority: readonly PriorityReason[];
  readonly appointment: { readonly id: number; readonly startMs: number; readonly endMs: number } | null;
  readonly issuedAt: string;
  readonly issuedMs: number;
  readonly issuedBy: string;
  readonly persons: readonly TicketPersonRow[];
  readonly parentId: number | null;
  readonly windowId: number | null;
  readonly transferredMs: number | null;
}

/** Inserts a ticket and its persons; call inside the transaction that decided it. */
export function insertTicket(db: WritableDB, t: NewTicket): number {
  const id = Number(
    prepared(db, `INSERT INTO tickets (day, service, seq, number, state, priority, appointment_id, slot_start_ms, slot_end_ms, issued_at, issued_ms, issued_by,
        parent_id, window_id, transferred_ms) VALUES (?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(t.day, t.service, t.seq, t.number, JSON.stringify(t.priority), t.appointment?.id ?? null, t.appointment?.startMs ?? null, t.appointment?.endMs ?? null,
        t.issuedAt, t.issuedMs, t.issuedBy, t.parentId, t.windowId, t.transferredMs).lastInsertRowid,
  );
  t.persons.forEach((p, i) => {
    prepared(db, 'INSERT INTO ticket_persons (ticket_id, position, id_type, id_number, name, verified) VALUES (?, ?, ?, ?, ?, ?)').run(id, i, p.idType, p.idNumber, p.name, p.verified);
  });
  return id;
}

export interface TicketChange {
  readonly state?: TicketState;
  readonly service?: Service;
  readonly windowId?: number | null;
  readonly transferredMs?: number | null;
  readonly callCount?: number;
  readonly firstCalledMs?: number | null;
  readonly lastCalledMs?: number | null;
  readonly startedMs?: number | null;
  readonly finishedMs?: number | null;
  readonly servedBy?: number | null;
}

const CHANGE_COLUMNS: Readonly<Record<keyof TicketChange, string>> = {
  state: 'state', service: 'service', windowId: 'window_id', transferredMs: 'transferred_ms', callCount: 'call_count', firstCalledMs: 'first_called_ms',
  lastCalledMs: 'last_called_ms', startedMs: 'started_ms', finishedMs: 'finished_ms', servedBy: 'served_by',
};

export function updateTicket(db: WritableDB, id: number, change: TicketChange): void {
  const keys = (Object.keys(change) as (keyof TicketChange)[]).filter((k) => change[k] !== undefined);
  if (keys.length === 0) return;
  prepared(db, `UPDATE tickets SET ${keys.map((k) => `${CHANGE_COLUMNS[k]} = ?`).join(', ')} WHERE id = ?`).run(...keys.map((k) => change[k]), id);
}

export interface TicketEvent {
  readonly ticketId: number;
  readonly at: string;
  readonly atMs: number;
  readonly action: string;
  readonly windowId: number | null;
  readonly actor: string;
  readonly priorityCall?: boolean;
  readonly reason?: string;
  readonly explanation?: string;
}

export function addTicketEvent(db: WritableDB, e: TicketEvent): void {
  prepared(db, 'INSERT INTO ticket_events (ticket_id, at, at_ms, action, window_id, actor, priority_call, reason, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    e.ticketId, e.at, e.atMs, e.action, e.windowId, e.actor, e.priorityCall === undefined ? null : e.priorityCall ? 1 : 0, e.reason ?? '', e.explanation ?? '',
  );
}

/** A window's calls today, newest first: whether each called a priority ticket (the ratio policy reads this). */
export function recentCallKinds(db: ReadableDB, windowId: number, sinceMs: number, limit = 40): boolean[] {
  return (prepared(db, "SELECT priority_call FROM ticket_events WHERE window_id = ? AND action IN ('call', 'call_chosen') AND at_ms >= ? ORDER BY id DESC LIMIT ?")
    .pluck().all(windowId, sinceMs, limit) as number[]).map((p) => p === 1);
}

/** Each window's last call today with its reason, for the registrar's "why this ticket". */
export function lastCalls(db: ReadableDB, sinceMs: number): { windowId: number; number: string; reason: string; explanation: string }[] {
  return prepared(db, `SELECT e.window_id AS windowId, t.number, e.reason, e.explanation FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
      WHERE e.id IN (SELECT MAX(id) FROM ticket_events WHERE action IN ('call', 'call_chosen') AND at_ms >= ? GROUP BY window_id)`).all(sinceMs) as {
    windowId: number; number: string; reason: string; explanation: string;
  }[];
}

/** The last calls of the day for the board, newest first. */
export function recentCallEvents(db: ReadableDB, sinceMs: number, limit: number): { ticketId: number; windowId: number; at: string }[] {
  return prepared(db, "SELECT ticket_id AS ticketId, window_id AS windowId, at FROM ticket_events WHERE action IN ('call', 'call_chosen', 'recall') AND at_ms >= ? ORDER BY id DESC LIMIT ?")
    .all(sinceMs, limit) as { ticketId: number; windowId: number; at: string }[];
}

export function insertRating(db: WritableDB, ticketId: number, at: string, rating: string, reason: string, source: string): boolean {
  return prepared(db, 'INSERT INTO ratings (ticket_id, at, rating, reason, source) VALUES (?, ?, ?, ?, ?) ON CONFLICT(ticket_id) DO NOTHING').run(ticketId, at, rating, reason, source).changes === 1;
}

/** Waiting tickets of the same service issued before this one. */
export function waitingAhead(db: ReadableDB, t: TicketRow): number {
  return prepared(db, "SELECT COUNT(*) FROM tickets WHERE day = ? AND service = ? AND state = 'waiting' AND (issued_ms < ? OR (issued_ms = ? AND id < ?))")
    .pluck().get(t.day, t.service, t.issuedMs, t.issuedMs, t.id) as number;
}
