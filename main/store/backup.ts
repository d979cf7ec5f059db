import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SchemaTooNewError, userVersion } from './db';

/** SQLite's online backup: consistent even while the host is writing. */
export async function backupDatabase(dbFile: string, target: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (!fs.existsSync(dbFile)) throw new Error(`数据库不存在：${dbFile}`);
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return 100;
      },
    });
  } finally {
    db.close();
  }
}

export interface RestoreCheck {
  readonly schemaVersion: number;
  readonly tables: number;
}

/** Opens a candidate backup read-only and refuses it unless it is intact and of a version this program knows. */
export function checkBackup(file: string): RestoreCheck {
  if (!fs.existsSync(file)) throw new Error(`备份文件不存在：${file}`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new Error(`无法打开备份文件 ${file}：${(err as Error).message}`, { cause: err });
  }
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`备份文件损坏（integrity_check: ${String(result)}），未做任何替换`);
    const version = userVersion(db);
    if (version > SCHEMA_VERSION) throw new SchemaTooNewError(version, SCHEMA_VERSION, file);
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'audit'").get() as { n: number }).n;
    if (version === 0 || tables === 0) throw new Error(`${file} 不是本系统的数据库备份，未做任何替换`);
    return { schemaVersion: version, tables };
  } catch (err) {
    if (err instanceof Error && /file is not a database|SQLITE_NOTADB/.test(err.message)) {
      throw new Error(`${file} 不是 SQLite 数据库，未做任何替换`, { cause: err });
    }
    throw err;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database with a checked backup. The current file is kept beside it
 * (`hall.sqlite.before-restore-<time>`) so a wrong restore can be undone. The host must be stopped.
 */
export async function restoreDatabase(dbFile: string, backupFile: string, stamp: string): Promise<{ kept: string | null; check: RestoreCheck }> {
  const check = checkBackup(backupFile);
  const dir = path.dirname(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const staging = `${dbFile}.restoring`;
  fs.rmSync(staging, { force: true });
  // Copy through the backup API so the staged file is a clean single file without WAL leftovers.
  await backupDatabase(backupFile, staging);
  let kept: string | null = null;
  if (fs.existsSync(dbFile)) {
    kept = `${dbFile}.before-restore-${stamp.replace(/[:.]/g, '-')}`;
    await backupDatabase(dbFile, kept);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(staging, dbFile);
  return { kept, check };
}
