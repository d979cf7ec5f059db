import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';
import { appendAudit } from './audit';

/** The provincial contract's record kinds (provincial-api.md). */
export type OutboxKind = 'marriage' | 'divorce_application' | 'divorce_withdrawal' | 'divorce' | 'reissue' | 'adoption' | 'adoption_dissolution' | 'revocation';

export interface OutboxRecord {
  readonly recordId: string;
  readonly revision: number;
  readonly kind: OutboxKind;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Queues one record for the province. Call inside the transaction that makes the registration. */
export function enqueueOutbox(db: WritableDB, record: OutboxRecord, at: string): void {
  prepared(db, 'INSERT INTO outbox (record_id, revision, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)').run(
    record.recordId,
    record.revision,
    record.kind,
    JSON.stringify(record.payload),
    at,
  );
}

export interface OutboxRow {
  readonly id: number;
  readonly recordId: string;
  readonly revision: number;
  readonly kind: string;
  readonly payload: string;
  readonly attempts: number;
}

/**
 * The next batch, oldest first: a revision goes only once every earlier revision of its record is
 * delivered. Not even in the same batch as its predecessor: were that one refused, the province
 * would refuse the correction too (E_REVISION_GAP), and it would need a person for nothing.
 */
export function nextBatch(db: ReadableDB, limit: number): OutboxRow[] {
  const candidates = prepared(db, `SELECT id, record_id AS recordId, revision, kind, payload, attempts FROM outbox WHERE state = 'pending' ORDER BY id LIMIT ?`)
    .all(limit * 5) as OutboxRow[];
  const batch: OutboxRow[] = [];
  for (const row of candidates) {
    if (batch.length >= limit) break;
    const earliestOpen = prepared(db, "SELECT MIN(revision) FROM outbox WHERE record_id = ? AND state NOT IN ('delivered', 'acknowledged')").pluck().get(row.recordId) as number;
    if (row.revision === earliestOpen) batch.push(row);
  }
  return batch;
}

export type DeliveryResult =
  | { readonly id: number; readonly status: 'accepted' | 'duplicate'; readonly receipt: string }
  | { readonly id: number; readonly status: 'rejected'; readonly code: string; readonly message: string };

/** Stores the province's answers, all in one transaction: a row is delivered only once its answer is written. */
export function recordDeliveries(db: WritableDB, results: readonly DeliveryResult[], at: string): void {
  db.transaction(() => {
    for (const r of results) {
      if (r.status === 'rejected') {
        prepared(db, "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, error_code = ?, error_message = ?, next_attempt_at = NULL WHERE id = ? AND state = 'pending'").run(r.code, r.message, r.id);
      } else {
        prepared(db, "UPDATE outbox SET state = 'delivered', attempts = attempts + 1, receipt = ?, error_code = NULL, error_message = NULL, delivered_at = ? WHERE id = ? AND state = 'pending'").run(r.receipt, at, r.id);
      }
    }
  }).immediate();
}

/** A failed attempt of a whole batch (no answer, or the province unavailable): counted, and the reason kept. */
export function recordAttemptFailure(db: WritableDB, ids: readonly number[], code: string, message: string): void {
  db.transaction(() => {
    for (const id of ids) prepared(db, "UPDATE outbox SET attempts = attempts + 1, error_code = ?, error_message = ? WHERE id = ? AND state = 'pending'").run(code, message, id);
  }).immediate();
}

export interface OutboxCounts {
  readonly pending: number;
  readonly rejected: number;
  readonly deliveredSince: number;
  readonly oldestPendingAt: string | null;
}

export function outboxCounts(db: ReadableDB, sinceIso: string): OutboxCounts {
  return prepared(db, `SELECT
      COALESCE(SUM(state = 'pending'), 0) AS pending,
      COALESCE(SUM(state = 'rejected'), 0) AS rejected,
      COALESCE(SUM(state = 'delivered' AND delivered_at >= ?), 0) AS deliveredSince,
      MIN(CASE WHEN state = 'pending' THEN created_at END) AS oldestPendingAt
    FROM outbox`).get(sinceIso) as OutboxCounts;
}

export interface RejectedRow {
  readonly id: number;
  readonly recordId: string;
  readonly revision: number;
  readonly kind: string;
  readonly code: string;
  readonly message: string;
  readonly caseId: number | null;
  readonly certificateNumber: string | null;
}

/** Records the province refused on their merits, parked for a manager, with the case they came from. */
export function rejectedRows(db: ReadableDB): RejectedRow[] {
  return prepared(db, `SELECT o.id, o.record_id AS recordId, o.revision, o.kind, COALESCE(o.error_code, '') AS code, COALESCE(o.error_message, '') AS message,
      c.id AS caseId, c.certificate_number AS certificateNumber
    FROM outbox o LEFT JOIN cases c ON c.record_id = o.record_id WHERE o.state = 'rejected' ORDER BY o.id`).all() as RejectedRow[];
}

/** A manager's decision on a parked rejection: send it again as it is, or acknowledge it; audited either way. */
export function settleRejection(db: WritableDB, id: number, decision: { action: 'retry' } | { action: 'acknowledge'; note: string }, by: { actor: string; at: string }): boolean {
  return db.transaction(() => {
    const row = prepared(db, "SELECT record_id AS recordId, revision, error_code AS code FROM outbox WHERE id = ? AND state = 'rejected'").get(id) as
      { recordId: string; revision: number; code: string | null } | undefined;
    if (!row) return false;
    if (decision.action === 'retry') prepared(db, "UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE id = ?").run(id);
    else prepared(db, "UPDATE outbox SET state = 'acknowledged' WHERE id = ?").run(id);
    appendAudit(db, {
      at: by.at, actor: by.actor, action: `outbox.${decision.action}`, subject: `record:${row.recordId}#${row.revision}`,
      detail: { code: row.code, note: decision.action === 'acknowledge' ? decision.note : null },
    });
    return true;
  }).immediate();
}
