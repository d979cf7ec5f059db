import type { BookedPerson, BookingSource } from '../domain/appointments/booking-rules';
import { DEFAULT_PLAN, type AppointmentPlan, type Slot } from '../domain/appointments/plan';
import type { BookableService } from '../domain/queue/services';
import { appendAudit } from './audit';
import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';
import { getJsonSetting, putJsonSetting } from './settings';
import type { Actor } from './users';

const PLAN_KEY = 'appointments.plan';

export function getPlan(db: ReadableDB): AppointmentPlan {
  return getJsonSetting(db, PLAN_KEY, DEFAULT_PLAN);
}

export function putPlan(db: WritableDB, plan: AppointmentPlan, by: Actor): AppointmentPlan {
  return putJsonSetting(db, PLAN_KEY, DEFAULT_PLAN, plan, by);
}

export type AppointmentState = 'booked' | 'checked_in' | 'cancelled' | 'no_show';

export interface AppointmentRow {
  readonly id: number;
  readonly service: BookableService;
  readonly date: string;
  readonly slotStart: string;
  readonly slotEnd: string;
  readonly source: BookingSource;
  readonly provincialId: string | null;
  readonly state: AppointmentState;
  readonly phone: string;
  readonly note: string;
  readonly ticketId: number | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly persons: readonly BookedPerson[];
}

const COLUMNS = `id, service, date, slot_start AS slotStart, slot_end AS slotEnd, source, provincial_id AS provincialId, state, phone, note,
  ticket_id AS ticketId, created_at AS createdAt, created_by AS createdBy`;

function withPersons(db: ReadableDB, row: Omit<AppointmentRow, 'persons'>): AppointmentRow {
  const persons = prepared(db, 'SELECT id_type AS idType, id_number AS idNumber, name FROM appointment_persons WHERE appointment_id = ? ORDER BY position')
    .all(row.id) as BookedPerson[];
  return { ...row, persons };
}

export function getAppointment(db: ReadableDB, id: number): AppointmentRow | undefined {
  const row = prepared(db, `SELECT ${COLUMNS} FROM appointments WHERE id = ?`).get(id) as Omit<AppointmentRow, 'persons'> | undefined;
  return row && withPersons(db, row);
}

export interface AppointmentFilter {
  readonly from?: string;
  readonly to?: string;
  readonly state?: AppointmentState;
  readonly idNumber?: string;
}

export function listAppointments(db: ReadableDB, f: AppointmentFilter): AppointmentRow[] {
  const rows = prepared(db, `SELECT ${COLUMNS} FROM appointments a
      WHERE (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to) AND (@state IS NULL OR state = @state)
        AND (@idNumber IS NULL OR EXISTS (SELECT 1 FROM appointment_persons p WHERE p.appointment_id = a.id AND p.id_number = @idNumber))
      ORDER BY date, slot_start, id LIMIT 2000`)
    .all({ from: f.from ?? null, to: f.to ?? null, state: f.state ?? null, idNumber: f.idNumber ?? null }) as Omit<AppointmentRow, 'persons'>[];
  return rows.map((r) => withPersons(db, r));
}

/** Active (booked or checked-in) bookings per slot and service for a range of days. */
export function bookingLoad(db: ReadableDB, from: string, to: string): { date: string; slotStart: string; service: BookableService; n: number }[] {
  return prepared(db, `SELECT date, slot_start AS slotStart, service, COUNT(*) AS n FROM appointments
      WHERE date BETWEEN ? AND ? AND state IN ('booked', 'checked_in') GROUP BY date, slot_start, service`)
    .all(from, to) as { date: string; slotStart: string; service: BookableService; n: number }[];
}

export function slotLoad(db: ReadableDB, date: string, slotStart: string, service: string, exceptId: number | null): number {
  return prepared(db, `SELECT COUNT(*) FROM appointments WHERE date = ? AND slot_start = ? AND service = ? AND state IN ('booked', 'checked_in') AND id IS NOT ?`)
    .pluck().get(date, slotStart, service, exceptId) as number;
}

/** Active bookings each ID number holds on a day. */
export function personLoad(db: ReadableDB, date: string, idNumbers: readonly string[], exceptId: number | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of idNumbers) {
    out[id] = prepared(db, `SELECT COUNT(*) FROM appointments a JOIN appointment_persons p ON p.appointment_id = a.id
        WHERE a.date = ? AND p.id_number = ? AND a.state IN ('booked', 'checked_in') AND a.id IS NOT ?`)
      .pluck().get(date, id, exceptId) as number;
  }
  return out;
}

export function noShowDates(db: ReadableDB, idNumbers: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const id of idNumbers) {
    out[id] = prepared(db, `SELECT a.date FROM appointments a JOIN appointment_persons p ON p.appointment_id = a.id
        WHERE p.id_number = ? AND a.state = 'no_show' ORDER BY a.date`).pluck().all(id) as string[];
  }
  return out;
}

export interface NewAppointment {
  readonly service: BookableService;
  readonly date: string;
  readonly slot: Slot;
  readonly source: BookingSource;
  readonly provincialId: string | null;
  readonly persons: readonly BookedPerson[];
  readonly phone: string;
  readonly note: string;
}

/** Writes a booking the rules accepted; `check` runs inside the same transaction so two desks cannot both take the last place. */
export function insertAppointment(db: WritableDB, a: NewAppointment, by: Actor, check: () => void): AppointmentRow {
  return db.transaction(() => {
    check();
    const id = Number(
      prepared(db, `INSERT INTO appointments (service, date, slot_start, slot_end, source, provincial_id, state, phone, note, created_at, created_by, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?)`)
        .run(a.service, a.date, a.slot.start, a.slot.end, a.source, a.provincialId, a.phone, a.note, by.at, by.actor, by.at).lastInsertRowid,
    );
    a.persons.forEach((p, i) => {
      prepared(db, 'INSERT INTO appointment_persons (appointment_id, position, id_type, id_number, name) VALUES (?, ?, ?, ?, ?)').run(id, i, p.idType, p.idNumber, p.name);
    });
    appendAudit(db, { at: by.at, actor: by.actor, action: 'appointment.book', subject: `appointment:${id}`, detail: { service: a.service, date: a.date, slot: a.slot.start, source: a.source } });
    return getAppointment(db, id)!;
  }).immediate();
}

/** Cancels, moves or marks a booking absent, audited; `check` runs inside the transaction. */
export function changeAppointment(
  db: WritableDB,
  id: number,
  change: { state?: AppointmentState; date?: string; slot?: Slot; reason?: string },
  action: string,
  by: Actor,
  check: (current: AppointmentRow) => void,
): AppointmentRow {
  return db.transaction(() => {
    const current = getAppointment(db, id);
    if (!current) return undefined;
    check(current);
    prepared(db, 'UPDATE appointments SET state = ?, date = ?, slot_start = ?, slot_end = ?, updated_at = ? WHERE id = ?').run(
      change.state ?? current.state, change.date ?? current.date, change.slot?.start ?? current.slotStart, change.slot?.end ?? current.slotEnd, by.at, id,
    );
    appendAudit(db, {
      at: by.at, actor: by.actor, action: `appointment.${action}`, subject: `appointment:${id}`,
      detail: { from: { date: current.date, slot: current.slotStart, state: current.state }, reason: change.reason ?? null },
    });
    return getAppointment(db, id)!;
  }).immediate() as AppointmentRow;
}

/** Bookings of past days never checked in become no-shows (the nightly job); returns how many. */
export function markPastNoShows(db: WritableDB, today: string, at: string): number {
  return db.transaction(() => {
    const ids = prepared(db, "SELECT id FROM appointments WHERE state = 'booked' AND date < ?").pluck().all(today) as number[];
    for (const id of ids) prepared(db, "UPDATE appointments SET state = 'no_show', updated_at = ? WHERE id = ?").run(at, id);
    if (ids.length > 0) appendAudit(db, { at, actor: 'system', action: 'appointment.no_show', subject: 'appointments', detail: { ids } });
    return ids.length;
  }).immediate();
}

/** Today's booked appointments that name any of these ID numbers (check-in looks for the couple's). */
export function bookedTodayFor(db: ReadableDB, today: string, idNumbers: readonly string[]): AppointmentRow[] {
  const ids = new Set<number>();
  for (const n of idNumbers) {
    for (const id of prepared(db, `SELECT a.id FROM appointments a JOIN appointment_persons p ON p.appointment_id = a.id
        WHERE a.date = ? AND p.id_number = ? AND a.state = 'booked'`).pluck().all(today, n) as number[]) ids.add(id);
  }
  return [...ids].map((id) => getAppointment(db, id)!);
}

export function linkTicket(db: WritableDB, appointmentId: number, ticketId: number, at: string): void {
  prepared(db, "UPDATE appointments SET state = 'checked_in', ticket_id = ?, updated_at = ? WHERE id = ?").run(ticketId, at, appointmentId);
}

/** Appointment figures for a date range: capacity is summed by the caller from the plan. */
export function appointmentCounts(db: ReadableDB, from: string, to: string): { booked: number; checkedIn: number; noShows: number } {
  return prepared(db, `SELECT
      COALESCE(SUM(state IN ('booked', 'checked_in', 'no_show')), 0) AS booked,
      COALESCE(SUM(state = 'checked_in'), 0) AS checkedIn,
      COALESCE(SUM(state = 'no_show'), 0) AS noShows
    FROM appointments WHERE date BETWEEN ? AND ?`).get(from, to) as { booked: number; checkedIn: number; noShows: number };
}

/** An appointment booked online, as the province reports it (provincial-api.md `GET /v1/appointments`). */
export interface OnlineAppointment {
  readonly provincialId: string;
  readonly service: BookableService;
  readonly date: string;
  readonly slot: Slot;
  readonly cancelled: boolean;
  readonly persons: readonly BookedPerson[];
  readonly phone: string;
}

/**
 * Brings one online booking into the store by its provincial id: new ones are added, a cancellation
 * online cancels here, a moved one moves; pulling the same answer again changes nothing. Returns whether anything changed.
 */
export function upsertOnlineAppointment(db: WritableDB, a: OnlineAppointment, at: string): boolean {
  return db.transaction(() => {
    const id = prepared(db, 'SELECT id FROM appointments WHERE provincial_id = ?').pluck().get(a.provincialId) as number | undefined;
    const by = { actor: 'province', at };
    if (id === undefined) {
      if (a.cancelled) return false;
      insertAppointment(db, { service: a.service, date: a.date, slot: a.slot, source: 'online', provincialId: a.provincialId, persons: a.persons, phone: a.phone, note: '' }, by, () => undefined);
      return true;
    }
    const current = getAppointment(db, id)!;
    if (current.state !== 'booked') return false;
    if (a.cancelled) {
      changeAppointment(db, id, { state: 'cancelled', reason: '网上取消' }, 'cancel', by, () => undefined);
      return true;
    }
    if (current.date === a.date && current.slotStart === a.slot.start) return false;
    changeAppointment(db, id, { date: a.date, slot: a.slot, reason: '网上改约' }, 'move', by, () => undefined);
    return true;
  }).immediate();
}

const CURSOR_KEY = (date: string) => `appointments.cursor.${date}`;

/** The province's cursor for one day's online bookings (what was already pulled). */
export function appointmentCursor(db: ReadableDB, date: string): string | null {
  return (prepared(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(CURSOR_KEY(date)) as string | undefined) ?? null;
}

export function saveAppointmentCursor(db: WritableDB, date: string, cursor: string, at: string): void {
  prepared(db, 'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(CURSOR_KEY(date), cursor, at);
}
