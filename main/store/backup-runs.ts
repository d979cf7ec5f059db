import type { BackupFailure } from '../contract/backups';
import type { BackupTrigger } from '../domain/backup-schedule';
import { appendAudit } from './audit';
import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';

export interface BackupRun {
  readonly id: number;
  readonly trigger: BackupTrigger;
  readonly folder: string;
  readonly fileName: string | null;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly ok: boolean;
  readonly failure: BackupFailure | null;
  readonly message: string | null;
  readonly size: number | null;
  readonly sha256: string | null;
  readonly integrity: string | null;
  readonly archiveFiles: number;
  readonly archiveCopied: number;
  readonly startedBy: string;
}

interface BackupRunRow {
  id: number;
  trigger: BackupTrigger;
  folder: string;
  file_name: string | null;
  started_at: string;
  finished_at: string;
  ok: 0 | 1;
  failure: BackupFailure | null;
  message: string | null;
  size: number | null;
  sha256: string | null;
  integrity: string | null;
  archive_files: number;
  archive_copied: number;
  started_by: string;
}

function rowToRun(row: BackupRunRow): BackupRun {
  return {
    id: row.id, trigger: row.trigger, folder: row.folder, fileName: row.file_name, startedAt: row.started_at, finishedAt: row.finished_at,
    ok: row.ok === 1, failure: row.failure, message: row.message, size: row.size, sha256: row.sha256, integrity: row.integrity,
    archiveFiles: row.archive_files, archiveCopied: row.archive_copied, startedBy: row.started_by,
  };
}

export type NewBackupRun = Omit<BackupRun, 'id'>;

/** Records an attempt and its audit entry in one transaction. */
export function recordBackupRun(db: WritableDB, run: NewBackupRun): BackupRun {
  return db.transaction(() => {
    const { lastInsertRowid } = prepared(db, `
      INSERT INTO backup_runs (trigger, folder, file_name, started_at, finished_at, ok, failure, message, size, sha256, integrity, archive_files, archive_copied, started_by)
      VALUES (@trigger, @folder, @fileName, @startedAt, @finishedAt, @ok, @failure, @message, @size, @sha256, @integrity, @archiveFiles, @archiveCopied, @startedBy)`)
      .run({ ...run, ok: run.ok ? 1 : 0 });
    const id = Number(lastInsertRowid);
    appendAudit(db, {
      at: run.finishedAt, actor: run.startedBy, action: run.ok ? 'backup.made' : 'backup.failed', subject: `backup:${id}`,
      detail: {
        trigger: run.trigger, folder: run.folder, fileName: run.fileName, size: run.size, sha256: run.sha256, integrity: run.integrity,
        failure: run.failure, message: run.message, archiveFiles: run.archiveFiles, archiveCopied: run.archiveCopied,
      },
    });
    return { ...run, id };
  }).immediate();
}

/** Marks backups whose files were deleted to keep the last N, with one audit entry naming them. */
export function markBackupsPruned(db: WritableDB, runs: readonly BackupRun[], by: { actor: string; at: string }): void {
  if (runs.length === 0) return;
  db.transaction(() => {
    for (const run of runs) prepared(db, 'UPDATE backup_runs SET pruned_at = ? WHERE id = ? AND pruned_at IS NULL').run(by.at, run.id);
    appendAudit(db, {
      at: by.at, actor: by.actor, action: 'backup.pruned', subject: 'backups',
      detail: { removed: runs.map((r) => ({ id: r.id, folder: r.folder, fileName: r.fileName, sha256: r.sha256 })) },
    });
  }).immediate();
}

/** The good backups not yet deleted, newest first. */
export function keptBackups(db: ReadableDB): BackupRun[] {
  return (prepared(db, 'SELECT * FROM backup_runs WHERE ok = 1 AND pruned_at IS NULL ORDER BY id DESC').all() as BackupRunRow[]).map(rowToRun);
}

export function lastBackupRun(db: ReadableDB, goodOnly: boolean): BackupRun | null {
  const row = prepared(db, goodOnly ? 'SELECT * FROM backup_runs WHERE ok = 1 ORDER BY id DESC LIMIT 1' : 'SELECT * FROM backup_runs ORDER BY id DESC LIMIT 1')
    .get() as BackupRunRow | undefined;
  return row ? rowToRun(row) : null;
}

export function backupRun(db: ReadableDB, id: number): BackupRun | null {
  const row = prepared(db, 'SELECT * FROM backup_runs WHERE id = ?').get(id) as BackupRunRow | undefined;
  return row ? rowToRun(row) : null;
}
