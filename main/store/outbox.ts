import type { WritableDB } from './db';
import { prepared } from './prepared';

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
