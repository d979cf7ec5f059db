import type { ReadableDB } from '../db';
import { prepared } from '../prepared';

export interface TicketTiming {
  readonly day: string;
  readonly service: string;
  readonly state: string;
  readonly windowNumber: number | null;
  readonly registrar: string | null;
  readonly issuedMs: number;
  readonly firstCalledMs: number | null;
  readonly startedMs: number | null;
  readonly finishedMs: number | null;
}

/** Every ticket of a date range with its times, window and registrar: the statistics are computed from these. */
export function ticketTimings(db: ReadableDB, from: string, to: string): TicketTiming[] {
  return prepared(db, `SELECT t.day, t.service, t.state, w.number AS windowNumber, u.display_name AS registrar, t.issued_ms AS issuedMs,
      t.first_called_ms AS firstCalledMs, t.started_ms AS startedMs, t.finished_ms AS finishedMs
    FROM tickets t LEFT JOIN windows w ON w.id = t.window_id LEFT JOIN users u ON u.id = t.served_by
    WHERE t.day BETWEEN ? AND ? ORDER BY t.id`).all(from, to) as TicketTiming[];
}

export function ratingCounts(db: ReadableDB, from: string, to: string): Record<string, number> {
  const rows = prepared(db, `SELECT r.rating, COUNT(*) AS n FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE t.day BETWEEN ? AND ? GROUP BY r.rating`)
    .all(from, to) as { rating: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.rating, r.n]));
}

export function recentDissatisfied(db: ReadableDB, from: string, to: string, limit: number): { at: string; number: string; windowNumber: number | null; reason: string }[] {
  return prepared(db, `SELECT r.at, t.number, w.number AS windowNumber, r.reason FROM ratings r JOIN tickets t ON t.id = r.ticket_id LEFT JOIN windows w ON w.id = t.window_id
      WHERE t.day BETWEEN ? AND ? AND r.rating = 'dissatisfied' ORDER BY r.at DESC LIMIT ?`).all(from, to, limit) as {
    at: string; number: string; windowNumber: number | null; reason: string;
  }[];
}
