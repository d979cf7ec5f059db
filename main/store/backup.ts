import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SchemaTooNewError, userVersion, type ReadableDB, type WritableDB } from './db';

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

export class BackupStopped extends Error {}

export interface LiveBackupOptions {
  /** Pages copied per step; the host's requests wait at most one step. */
  readonly pagesPerStep: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked between steps: true abandons the copy (the host is closing). */
  readonly shouldStop?: () => boolean;
}

/**
 * Copies the host's database through the host's own connection, a step at a time between requests.
 * SQLite carries writes made meanwhile on that connection into the copy; a write from another
 * connection would restart the copy from the first page, which under a busy desk might never end.
 * Returns the number of pages copied.
 */
export async function backupLiveDatabase(db: WritableDB, target: string, opts: LiveBackupOptions): Promise<number> {
  const done = await db.backup(target, {
    progress: ({ totalPages, remainingPages }) => {
      if (opts.shouldStop?.()) throw new BackupStopped('主机正在停止，备份中断');
      opts.onProgress?.(totalPages - remainingPages, totalPages);
      return opts.pagesPerStep;
    },
  });
  opts.onProgress?.(done.totalPages, done.totalPages);
  return done.totalPages;
}

/** The copy keeps the live file's WAL flag; back to a rollback journal it is one file that opens anywhere, read-only too. */
export function makeSelfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** The live database's size in bytes, to check the backup drive has room before starting. */
export function databaseBytes(db: ReadableDB): number {
  return Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
}

export interface BackupFacts {
  /** 'ok', or integrity_check's findings joined. */
  readonly integrity: string;
  readonly schemaVersion: number;
  readonly hasAudit: boolean;
}

export interface RestoreCheck {
  readonly schemaVersion: number;
  readonly tables: number;
}

/** The statements that read a backup's facts, shared with the worker thread that runs them off the host's loop. */
export const BACKUP_FACT_SQL = {
  integrity: 'PRAGMA integrity_check',
  audit: "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'audit'",
} as const;

/** What a backup file holds, read on a connection of its own. */
export function readBackupFacts(db: ReadableDB): BackupFacts {
  const problems = db.prepare(BACKUP_FACT_SQL.integrity).pluck().all() as string[];
  const hasAudit = (db.prepare(BACKUP_FACT_SQL.audit).pluck().get() as number) > 0;
  return { integrity: problems.join('; '), schemaVersion: userVersion(db), hasAudit };
}

/** Refuses a candidate unless it is intact and of a version this program knows; says why in Chinese. */
export function judgeBackup(file: string, facts: BackupFacts): RestoreCheck {
  if (facts.integrity !== 'ok') throw new Error(`备份文件损坏（integrity_check: ${facts.integrity}），未做任何替换`);
  if (facts.schemaVersion > SCHEMA_VERSION) throw new SchemaTooNewError(facts.schemaVersion, SCHEMA_VERSION, file);
  if (facts.schemaVersion === 0 || !facts.hasAudit) throw new Error(`${file} 不是本系统的数据库备份，未做任何替换`);
  return { schemaVersion: facts.schemaVersion, tables: 1 };
}

export function openBackupFile(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new Error(`备份文件不存在：${file}`);
  try {
    return new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new Error(`无法打开备份文件 ${file}：${(err as Error).message}`, { cause: err });
  }
}

/** SQLite's own words for a file that is no database, or a damaged one, said in Chinese. */
export function notADatabase(file: string, err: unknown): unknown {
  if (err instanceof Error && /file is not a database|SQLITE_NOTADB/.test(err.message)) {
    return new Error(`${file} 不是 SQLite 数据库，未做任何替换`, { cause: err });
  }
  if (err instanceof Error && /malformed|SQLITE_CORRUPT/.test(err.message)) {
    return new Error(`${file} 已损坏（${err.message}），未做任何替换`, { cause: err });
  }
  return err;
}

/** A backup file's facts, read here on the calling thread. */
export function readBackupFile(file: string): BackupFacts {
  const db = openBackupFile(file);
  try {
    return readBackupFacts(db);
  } catch (err) {
    throw notADatabase(file, err);
  } finally {
    db.close();
  }
}

/** Opens a candidate backup read-only and refuses it unless it is intact and of a version this program knows. */
export function checkBackup(file: string): RestoreCheck {
  return judgeBackup(file, readBackupFile(file));
}

/**
 * Replaces the database with a checked backup. The current file is kept beside it
 * (`hall.sqlite.before-restore-<time>`) so a wrong restore can be undone. The host must be stopped
 * (the restore drill restores into a scratch folder instead, inspecting off the host's loop).
 */
export interface RestoreSteps {
  /** Reads the candidate's facts (the drill does it in a worker thread). */
  readonly inspect: (file: string) => BackupFacts | Promise<BackupFacts>;
  /** Copies a database file to a new one (the drill does it in a worker thread). */
  readonly copy: (from: string, to: string) => Promise<unknown>;
}

const RESTORE_HERE: RestoreSteps = { inspect: readBackupFile, copy: backupDatabase };

export async function restoreDatabase(
  dbFile: string,
  backupFile: string,
  stamp: string,
  steps: RestoreSteps = RESTORE_HERE,
): Promise<{ kept: string | null; check: RestoreCheck }> {
  const check = judgeBackup(backupFile, await steps.inspect(backupFile));
  const dir = path.dirname(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const staging = `${dbFile}.restoring`;
  fs.rmSync(staging, { force: true });
  // Copy through the backup API so the staged file is a clean single file without WAL leftovers.
  await steps.copy(backupFile, staging);
  let kept: string | null = null;
  if (fs.existsSync(dbFile)) {
    kept = `${dbFile}.before-restore-${stamp.replace(/[:.]/g, '-')}`;
    await backupDatabase(dbFile, kept);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(staging, dbFile);
  return { kept, check };
}
