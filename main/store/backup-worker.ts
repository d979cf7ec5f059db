import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { BACKUP_FACT_SQL, BackupStopped, backupDatabase, notADatabase, openBackupFile, readBackupFile, type BackupFacts } from './backup';

/**
 * The long parts of a backup run in a worker thread with a connection of its own, so the host's event
 * loop (every desk's requests) never waits for them: the copy itself, whose final commit syncs the whole
 * file to a possibly slow USB drive, and integrity_check, which reads every page. The worker is plain JS
 * given as text, so it needs no separate build entry under tsx, vitest or electron-vite.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
function inspect(Database, file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = db.prepare(workerData.sql.integrity).pluck().all();
    const hasAudit = db.prepare(workerData.sql.audit).pluck().get() > 0;
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    return { integrity: problems.join('; '), schemaVersion, hasAudit };
  } finally {
    db.close();
  }
}
async function copy(Database, source, target) {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  let pages;
  try {
    db.pragma('busy_timeout = 10000');
    // After the first (empty) step, one step copies every page under one read snapshot: in WAL mode the host
    // keeps writing meanwhile, and no write of another connection can make SQLite restart the copy.
    pages = (await db.backup(target, { progress: () => 0x7fffffff })).totalPages;
  } finally {
    db.close();
  }
  // A rollback journal makes the copy one file that opens anywhere, read-only too.
  const out = new Database(target, { fileMustExist: true });
  try {
    out.pragma('journal_mode = DELETE');
  } finally {
    out.close();
  }
  return pages;
}
async function run() {
  let Database;
  try {
    Database = require(workerData.driver);
  } catch (err) {
    return { kind: 'no-driver', message: String(err && err.message) };
  }
  try {
    if (workerData.task === 'inspect') return { kind: 'facts', facts: inspect(Database, workerData.file) };
    return { kind: 'copied', pages: await copy(Database, workerData.file, workerData.target) };
  } catch (err) {
    return { kind: 'error', message: String(err && err.message), code: err && err.code };
  }
}
run().then((answer) => parentPort.postMessage(answer));
`;

type WorkerAnswer =
  | { kind: 'facts'; facts: BackupFacts }
  | { kind: 'copied'; pages: number }
  | { kind: 'error'; message: string; code?: string }
  | { kind: 'no-driver'; message: string };

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** The worker's answer; null where a worker cannot load the driver (a packaging that hides it): the caller does the work itself. */
function inWorker(data: Record<string, unknown>, running?: (worker: Worker) => void): Promise<WorkerAnswer | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, sql: BACKUP_FACT_SQL, ...data } });
    } catch {
      resolve(null);
      return;
    }
    running?.(worker);
    worker.once('message', (answer: WorkerAnswer) => resolve(answer.kind === 'no-driver' ? null : answer));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

function workerError(answer: { message: string; code?: string }): Error {
  return Object.assign(new Error(answer.message), answer.code ? { code: answer.code } : {});
}

/** A backup file's integrity, schema version and whether it is ours, read off the host's event loop. */
export async function inspectBackupFile(file: string): Promise<BackupFacts> {
  openBackupFile(file).close();
  const answer = await inWorker({ task: 'inspect', file });
  if (answer === null) return readBackupFile(file);
  if (answer.kind === 'error') throw notADatabase(file, workerError(answer));
  if (answer.kind !== 'facts') throw new Error(`unexpected worker answer ${answer.kind}`);
  return answer.facts;
}

/**
 * Copies the database file `source` to `target` (one self-contained file) in a worker thread; `null`
 * when no worker could run it, and the caller copies on its own connection instead. `shouldStop` is asked
 * twice a second: true ends the worker (the host is closing) and rejects with BackupStopped.
 */
export async function copyDatabaseInWorker(source: string, target: string, shouldStop: () => boolean): Promise<number | null> {
  let worker: Worker | undefined;
  let stopped = false;
  const watch = setInterval(() => {
    if (worker && shouldStop()) {
      stopped = true;
      void worker.terminate();
    }
  }, 500);
  try {
    const answer = await inWorker({ task: 'copy', file: source, target }, (w) => (worker = w));
    if (stopped) throw new BackupStopped('主机正在停止，备份中断');
    if (answer === null) return null;
    if (answer.kind === 'error') throw workerError(answer);
    if (answer.kind !== 'copied') throw new Error(`unexpected worker answer ${answer.kind}`);
    return answer.pages;
  } finally {
    clearInterval(watch);
  }
}

/** A database file copied in a worker thread where one can run, else on this thread. */
export async function copyDatabaseOffThread(from: string, to: string): Promise<void> {
  if ((await copyDatabaseInWorker(from, to, () => false)) === null) await backupDatabase(from, to);
}
