import fs from 'node:fs';
import path from 'node:path';
import { backupsToPrune } from '../../domain/backup-schedule';
import { keptBackups, markBackupsPruned, type BackupRun } from '../../store/backup-runs';
import type { WritableDB } from '../../store/db';
import { BACKUP_FILE_PATTERN } from './run-backup';

export interface PruneResult {
  readonly deleted: readonly string[];
  /** Files left alone: their folder is not reachable now (tried again after the next backup) or they changed since. */
  readonly skipped: readonly string[];
}

/**
 * Deletes the good backups beyond the newest `keep`. Only files this host recorded as its own backups
 * are candidates, and only under a name of its pattern and the size it recorded: anything else in the folder
 * is someone else's and stays.
 */
export async function pruneBackups(db: WritableDB, keep: number, by: { actor: string; at: string }): Promise<PruneResult> {
  const deleted: string[] = [];
  const skipped: string[] = [];
  const settled: BackupRun[] = [];
  for (const run of backupsToPrune(keptBackups(db), keep)) {
    const file = path.join(run.folder, run.fileName!);
    if (!fs.existsSync(run.folder)) {
      skipped.push(file);
      continue;
    }
    const size = await fs.promises.stat(file).then((s) => s.size, () => null);
    if (size === run.size && BACKUP_FILE_PATTERN.test(run.fileName!)) {
      await fs.promises.rm(file);
      deleted.push(file);
    } else if (size !== null) {
      skipped.push(file);
    }
    // Gone already, deleted now, or no longer ours: in each case it is no longer a kept backup.
    settled.push(run);
  }
  markBackupsPruned(db, settled, by);
  return { deleted, skipped };
}
