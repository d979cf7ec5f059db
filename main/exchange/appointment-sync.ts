import { addDays } from '../domain/dates';
import type { BookableService } from '../domain/queue/services';
import { appointmentCursor, saveAppointmentCursor, upsertOnlineAppointment, type OnlineAppointment } from '../store/appointments';
import type { WritableDB } from '../store/db';
import { errorCodeOf, provinceRequest, type ProvinceConfig } from './client';

/** Today and the next 15 days: the booking window the province offers citizens. */
export const SYNC_DAYS = 15;

/** The contract's service names; its `divorce` is the registration after the cooling-off period. */
const SERVICES: Readonly<Record<string, BookableService>> = {
  marriage: 'marriage', divorce_application: 'divorce_application', divorce: 'divorce_registration', reissue: 'reissue', adoption: 'adoption',
};

interface Wire {
  id?: unknown; date?: unknown; slot?: unknown; service?: unknown; status?: unknown; updatedAt?: unknown;
  parties?: { name?: unknown; idType?: unknown; idNumber?: unknown; phone?: unknown }[];
}

/** One appointment of the province's answer, or null when it does not follow the contract (skipped, not guessed). */
function fromWire(w: Wire): OnlineAppointment | null {
  const slot = typeof w.slot === 'string' ? /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(w.slot) : null;
  const service = typeof w.service === 'string' ? SERVICES[w.service] : undefined;
  if (typeof w.id !== 'string' || typeof w.date !== 'string' || !slot || !service || !Array.isArray(w.parties)) return null;
  const persons = w.parties.map((p) => ({ idType: String(p.idType ?? 'resident_id') as OnlineAppointment['persons'][number]['idType'], idNumber: String(p.idNumber ?? ''), name: String(p.name ?? '') }));
  return {
    provincialId: w.id, service, date: w.date, slot: { start: slot[1]!, end: slot[2]! }, cancelled: w.status === 'cancelled', persons,
    phone: String(w.parties.find((p) => typeof p.phone === 'string' && p.phone)?.phone ?? ''),
  };
}

export interface SyncOutcome {
  readonly changed: number;
  readonly skipped: number;
  readonly failedDays: readonly { date: string; reason: string }[];
}

/**
 * Pulls the online bookings of today and the next 15 days, each day from its own cursor, into the
 * appointment store: a re-pull never duplicates (the provincial id is unique) and an online
 * cancellation cancels here. A day that fails is tried again at the next pull from the same cursor.
 */
export async function syncAppointments(db: WritableDB, cfg: ProvinceConfig, today: string, nowIso: () => string): Promise<SyncOutcome> {
  let changed = 0;
  let skipped = 0;
  const failedDays: { date: string; reason: string }[] = [];
  for (let i = 0; i <= SYNC_DAYS; i++) {
    const date = addDays(today, i);
    const cursor = appointmentCursor(db, date);
    const query = new URLSearchParams({ date, ...(cursor ? { cursor } : {}) }).toString();
    let answer;
    try {
      answer = await provinceRequest(cfg, 'GET', `/v1/appointments?${query}`);
    } catch (err) {
      failedDays.push({ date, reason: (err as Error).message });
      continue;
    }
    const body = answer.json as { appointments?: Wire[]; cursor?: unknown } | null;
    if (answer.status !== 200 || !Array.isArray(body?.appointments) || typeof body.cursor !== 'string') {
      failedDays.push({ date, reason: `${answer.status} ${errorCodeOf(answer) ?? ''}`.trim() });
      continue;
    }
    for (const w of body.appointments) {
      const a = fromWire(w);
      if (!a) skipped += 1;
      else if (upsertOnlineAppointment(db, a, nowIso())) changed += 1;
    }
    saveAppointmentCursor(db, date, body.cursor, nowIso());
  }
  return { changed, skipped, failedDays };
}
