/**
 * The online appointment book, per office, with the contract's change cursor. Every change (booking,
 * edit, cancellation) takes the next number of one global sequence; a cursor is that number made opaque,
 * so "changed since the cursor" is simply "sequence number greater than it". A client keeps one cursor
 * per date it pulls.
 */
import { APPOINTMENT_SERVICES, ID_TYPES } from './schema';

export interface AppointmentParty {
  readonly name: string;
  readonly idType: string;
  readonly idNumber: string;
  readonly phone: string;
}

export interface Appointment {
  readonly id: string;
  readonly date: string;
  readonly slot: string;
  readonly service: (typeof APPOINTMENT_SERVICES)[number];
  readonly status: 'booked' | 'cancelled';
  readonly parties: readonly AppointmentParty[];
  readonly updatedAt: string;
}

export type AppointmentInput = Omit<Appointment, 'updatedAt' | 'status'> & { status?: Appointment['status'] };

/** Opaque to the hall; base64url of a versioned sequence number, so a hand-made cursor is rejected. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`v1:${seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  const m = /^v1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
}

export class AppointmentBook {
  private seq = 0;
  private readonly byKey = new Map<string, { office: string; seq: number; appointment: Appointment }>();

  constructor(private readonly now: () => number) {}

  /** Adds or replaces an appointment (by office and id); throws on a shape the contract does not allow. */
  put(office: string, input: AppointmentInput): Appointment {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new Error(`appointment ${input.id}: date must be YYYY-MM-DD`);
    if (!/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/.test(input.slot)) throw new Error(`appointment ${input.id}: slot must be HH:MM-HH:MM`);
    if (!APPOINTMENT_SERVICES.includes(input.service)) throw new Error(`appointment ${input.id}: unknown service ${input.service}`);
    for (const p of input.parties) {
      if (!(ID_TYPES as readonly string[]).includes(p.idType)) throw new Error(`appointment ${input.id}: unknown idType ${p.idType}`);
    }
    const appointment: Appointment = { ...input, status: input.status ?? 'booked', updatedAt: new Date(this.now()).toISOString() };
    this.byKey.set(`${office}/${input.id}`, { office, seq: ++this.seq, appointment });
    return appointment;
  }

  cancel(office: string, id: string): Appointment {
    const current = this.byKey.get(`${office}/${id}`);
    if (!current) throw new Error(`no appointment ${id} at office ${office}`);
    return this.put(office, { ...current.appointment, status: 'cancelled' });
  }

  /** The office's appointments on `date` changed after `since`, in change order, and the cursor to send next. */
  changes(office: string, date: string, since: number): { appointments: Appointment[]; cursor: string } {
    const rows = [...this.byKey.values()]
      .filter((r) => r.office === office && r.appointment.date === date && r.seq > since)
      .sort((a, b) => a.seq - b.seq);
    return { appointments: rows.map((r) => r.appointment), cursor: encodeCursor(this.seq) };
  }

  all(office: string): Appointment[] {
    return [...this.byKey.values()].filter((r) => r.office === office).map((r) => r.appointment);
  }
}
