import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';

export interface StatusCheckRecord {
  readonly position: number;
  readonly made: boolean;
  readonly status: string | null;
  readonly reason: string | null;
  readonly checkedAt: string;
}

export function recordStatusCheck(db: WritableDB, caseId: number, c: StatusCheckRecord): void {
  prepared(db, 'INSERT INTO marital_status_checks (case_id, position, made, status, reason, checked_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    caseId,
    c.position,
    c.made ? 1 : 0,
    c.status,
    c.reason,
    c.checkedAt,
  );
}

/** Every check made for a case, oldest first; the latest per party is the one the rules use. */
export function statusChecks(db: ReadableDB, caseId: number): StatusCheckRecord[] {
  return (
    prepared(db, 'SELECT position, made, status, reason, checked_at AS checkedAt FROM marital_status_checks WHERE case_id = ? ORDER BY id').all(caseId) as (Omit<
      StatusCheckRecord,
      'made'
    > & { made: number })[]
  ).map((r) => ({ ...r, made: r.made === 1 }));
}

export function latestStatusCheck(db: ReadableDB, caseId: number, position: number): StatusCheckRecord | undefined {
  return statusChecks(db, caseId).filter((c) => c.position === position).at(-1);
}
