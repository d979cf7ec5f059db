import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { pickNext } from '../../main/domain/queue/ordering';
import { DEFAULT_POLICY, POLICY_MODES, type PriorityReason } from '../../main/domain/queue/policy';
import { BOOKABLE_SERVICES, SERVICES } from '../../main/domain/queue/services';
import { openDatabase } from '../../main/store/db';
import { insertTicket, pickCandidates, waitingForPick } from '../../main/store/queue/tickets';
import { insertWindow } from '../../main/store/queue/windows';
import { tempDataDir } from '../helpers/host';

const dir = tempDataDir();
const db = openDatabase(path.join(dir, 'hall.sqlite'));
// Tickets here carry appointment slots without appointment rows: only the ordering is under test.
db.pragma('foreign_keys = OFF');
const by = { actor: 'test', at: '2026-11-23T01:00:00.000Z' };
const windowIds = [1, 2, 3].map((n) => insertWindow(db, { number: n, name: `${n}`, services: [...SERVICES], active: true }, by).id);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const T0 = Date.parse('2026-11-23T09:00:00+08:00');
const MIN = 60_000;

const ticketArb = fc.record({
  service: fc.constantFrom(...BOOKABLE_SERVICES, 'ceremony' as const),
  issuedMin: fc.integer({ min: 0, max: 240 }),
  // Mostly ordinary tickets, as in a hall: then an appointment in its slot is often the one that decides.
  priority: fc.oneof({ arbitrary: fc.constant([] as PriorityReason[]), weight: 3 }, { arbitrary: fc.subarray(['elderly', 'disabled', 'military'] as PriorityReason[]), weight: 1 }),
  slot: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  transferredMin: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
  target: fc.option(fc.constantFrom(...windowIds), { nil: null }),
});

let day = 0;

describe('the candidates the store reads for call-next', () => {
  it('lead the ordering rule to the same ticket as the whole queue would, whatever the queue, window and policy', () => {
    fc.assert(
      fc.property(
        fc.array(ticketArb, { maxLength: 40 }),
        fc.subarray([...SERVICES], { minLength: 1 }),
        fc.constantFrom(...windowIds),
        fc.record({ mode: fc.constantFrom(...POLICY_MODES), afterWaitMinutes: fc.integer({ min: 0, max: 60 }), maxOrdinaryWaitMinutes: fc.integer({ min: 1, max: 120 }), appointmentEarlyMinutes: fc.integer({ min: 0, max: 30 }) }),
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.boolean(), { maxLength: 6 }),
        (tickets, services, windowId, p, nowMin, recent) => {
          // Each run gets a day of its own in the one database.
          const d = `2030-01-${String((day++ % 28) + 1).padStart(2, '0')}-${day}`;
          tickets.forEach((t, seq) => {
            insertTicket(db, {
              day: d, service: t.service, seq, number: `X${seq}`, priority: t.priority,
              appointment: t.slot === null ? null : { id: 0, startMs: T0 + t.slot * MIN, endMs: T0 + (t.slot + 30) * MIN },
              issuedAt: by.at, issuedMs: T0 + t.issuedMin * MIN, issuedBy: 'test', persons: [], parentId: null,
              windowId: t.target, transferredMs: t.transferredMin === null ? null : T0 + t.transferredMin * MIN,
            });
          });
          const policy = { ...DEFAULT_POLICY, ...p };
          const w = { id: windowId, services };
          const now = T0 + nowMin * MIN;
          const whole = pickNext(waitingForPick(db, d), w, policy, now, recent);
          const fromCandidates = pickNext(pickCandidates(db, d, w, now, policy.appointmentEarlyMinutes * MIN), w, policy, now, recent);
          expect(fromCandidates?.ticket.id ?? null).toBe(whole?.ticket.id ?? null);
          expect(fromCandidates?.reason ?? null).toBe(whole?.reason ?? null);
        },
      ),
      { numRuns: 1000 },
    );

  });
});
