import type Database from 'better-sqlite3';

/**
 * One row per backup attempt, good or failed: the panel's list, the alert, and which files in the
 * backup folder are ours to delete when more than the kept number exist (a file with no row is never deleted).
 */
export default {
  version: 110,
  name: 'backup-runs',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE backup_runs (
        id INTEGER PRIMARY KEY,
        trigger TEXT NOT NULL CHECK (trigger IN ('scheduled', 'catch-up', 'retry', 'manual')),
        folder TEXT NOT NULL,
        file_name TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
        failure TEXT CHECK (failure IN ('FOLDER_MISSING', 'FOLDER_NOT_WRITABLE', 'DISK_FULL', 'INTEGRITY', 'FAILED')),
        message TEXT,
        size INTEGER,
        sha256 TEXT,
        integrity TEXT,
        archive_files INTEGER NOT NULL DEFAULT 0,
        archive_copied INTEGER NOT NULL DEFAULT 0,
        started_by TEXT NOT NULL,
        pruned_at TEXT,
        CHECK (ok = 0 OR (file_name IS NOT NULL AND sha256 IS NOT NULL AND size IS NOT NULL))
      ) STRICT;
      CREATE INDEX backup_runs_kept ON backup_runs(ok, pruned_at, id);
    `);
  },
};
