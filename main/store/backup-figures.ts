import type { ReadableDB } from './db';

export interface BackupFigures {
  /** Registrations made (status registered), by kind of case. */
  readonly registrationsByKind: Readonly<Record<string, number>>;
  readonly registrations: number;
  /** Every case, whatever its state (applications, withdrawn ones). */
  readonly cases: number;
  readonly users: number;
}

/** What a restored database holds, for the restore drill's report. */
export function backupFigures(db: ReadableDB): BackupFigures {
  const byKind = db.prepare("SELECT kind, count(*) AS n FROM cases WHERE status = 'registered' GROUP BY kind ORDER BY kind").all() as { kind: string; n: number }[];
  const registrationsByKind = Object.fromEntries(byKind.map((r) => [r.kind, r.n]));
  return {
    registrationsByKind,
    registrations: byKind.reduce((sum, r) => sum + r.n, 0),
    cases: db.prepare('SELECT count(*) FROM cases').pluck().get() as number,
    users: db.prepare('SELECT count(*) FROM users').pluck().get() as number,
  };
}
