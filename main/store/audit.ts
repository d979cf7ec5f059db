import smCrypto from 'sm-crypto';
import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  readonly at: string;
  /** Username, or 'system' / 'cli' for entries without a signed-in user. */
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** SM3 in pure JS, so the chain verifies the same under Electron's BoringSSL as under Node. */
export function auditHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const content = JSON.stringify([row.seq, row.at, row.actor, row.action, row.subject, row.detail]);
  return smCrypto.sm3(`${prevHash}\n${content}`);
}

/** Appends one entry. Call inside the transaction that makes the change it records. */
export function appendAudit(db: WritableDB, entry: AuditEntry): number {
  const head = prepared(db, 'SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const row = {
    seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  const hash = auditHash(prevHash, row);
  prepared(db, 
    'INSERT INTO audit (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @subject, @detail, @prevHash, @hash)',
  ).run({ ...row, prevHash, hash });
  prepared(db, 'INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash').run(seq, hash);
  return seq;
}

export type AuditVerdict =
  | { readonly ok: true; readonly rows: number }
  | { readonly ok: false; readonly rows: number; readonly badSeq: number; readonly reason: string };

/**
 * Walks the whole chain; names the first row that was edited, deleted, inserted or moved. Yields the
 * rows checked so far after each row, so a long chain can be walked in slices (verifyAuditInSlices).
 */
function* walkAudit(db: ReadableDB): Generator<number, AuditVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM audit ORDER BY seq').iterate() /* own statement: iterated */ as IterableIterator<AuditRow>) {
    rows++;
    if (row.seq !== expectedSeq) return { ok: false, rows, badSeq: row.seq, reason: `序号不连续：应为 ${expectedSeq}，实为 ${row.seq}（有记录被删除或插入）` };
    if (row.prev_hash !== prevHash) return { ok: false, rows, badSeq: row.seq, reason: '前一条记录的哈希不符（前面的记录被删除、调换或修改）' };
    if (auditHash(prevHash, row) !== row.hash) return { ok: false, rows, badSeq: row.seq, reason: '记录内容与其哈希不符（此记录被修改）' };
    prevHash = row.hash;
    expectedSeq++;
    yield rows;
  }
  const head = prepared(db, 'SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  const headSeq = head?.seq ?? 0;
  if (headSeq !== rows || (head && head.hash !== prevHash)) {
    return { ok: false, rows, badSeq: rows + 1, reason: `链尾不符：应有 ${headSeq} 条记录，实有 ${rows} 条（末尾记录被删除）` };
  }
  return { ok: true, rows };
}

export function verifyAudit(db: ReadableDB): AuditVerdict {
  const walk = walkAudit(db);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * The same walk, giving the event loop back every `rowsPerSlice` rows: SM3 in JS takes about 12 µs a
 * row, so a chain of millions would otherwise hold up every request of the host for many seconds.
 * Only for a connection nobody writes meanwhile (a backup being checked).
 */
export async function verifyAuditInSlices(db: ReadableDB, rowsPerSlice = 4000): Promise<AuditVerdict> {
  const walk = walkAudit(db);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    if (step.value % rowsPerSlice === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
