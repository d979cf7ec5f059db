import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupProgress, BackupSettings } from '../../contract/backups';
import type { BackupTrigger } from '../../domain/backup-schedule';
import { ARCHIVE_DIR } from '../../store/archive';
import { fsyncDir, fsyncFile, mirrorArchive } from '../../store/archive-mirror';
import { BackupStopped, backupLiveDatabase, databaseBytes, makeSelfContained } from '../../store/backup';
import { copyDatabaseInWorker, inspectBackupFile } from '../../store/backup-worker';
import { recordBackupRun, type BackupRun } from '../../store/backup-runs';
import type { WritableDB } from '../../store/db';
import { BackupFailed, classifyBackupError, sizeText } from './failure';

/** Pages a step when the copy has to run on the host's connection: each step holds every request for its length. */
export const PAGES_PER_STEP = 1024;
/** Room to leave on the drive beyond the database itself. */
const HEADROOM_BYTES = 64 * 1024 ** 2;

export interface BackupJob {
  readonly db: WritableDB;
  readonly dataDir: string;
  readonly now: () => number;
  readonly settings: BackupSettings;
  readonly trigger: BackupTrigger;
  readonly actor: string;
  readonly pagesPerStep?: number;
  readonly onProgress: (phase: BackupProgress['phase'], done: number, total: number) => void;
  readonly shouldStop: () => boolean;
}

const stampFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** hall-backup-20261124-020005.sqlite, in Beijing time, so the names sort by when they were made. */
export function backupFileName(nowMs: number, taken: (name: string) => boolean): string {
  const stamp = stampFormat.format(new Date(nowMs)).replace(/[-:]/g, '').replace(' ', '-');
  for (let n = 1; ; n++) {
    const name = `hall-backup-${stamp}${n === 1 ? '' : `-${n}`}.sqlite`;
    if (!taken(name)) return name;
  }
}

export const BACKUP_FILE_PATTERN = /^hall-backup-\d{8}-\d{6}(-\d+)?\.sqlite$/;

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The database copied into `partial`: in a worker thread, so the desk never waits on it (its progress
 * read from the growing file); where no worker can run, on the host's own connection a step at a time.
 */
async function copyDatabase(job: BackupJob, partial: string): Promise<void> {
  const { db } = job;
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  const total = Number(db.pragma('page_count', { simple: true }));
  job.onProgress('database', 0, total);
  const watch = setInterval(() => {
    void fs.promises.stat(partial).then(
      (s) => job.onProgress('database', Math.min(total, Math.floor(s.size / pageSize)), total),
      () => undefined,
    );
  }, 500);
  try {
    const pages = await copyDatabaseInWorker(db.name, partial, job.shouldStop);
    if (pages !== null) {
      job.onProgress('database', pages, pages);
      return;
    }
  } finally {
    clearInterval(watch);
  }
  await backupLiveDatabase(db, partial, {
    pagesPerStep: job.pagesPerStep ?? PAGES_PER_STEP,
    onProgress: (done, all) => job.onProgress('database', done, all),
    shouldStop: job.shouldStop,
  });
  makeSelfContained(partial);
}

/** The folder must already exist: creating a missing USB drive's path would fill the PC's own disk instead. */
function checkFolder(folder: string, neededBytes: number): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (err) {
    throw classifyBackupError(err, folder);
  }
  if (!stat.isDirectory()) throw new BackupFailed('FOLDER_MISSING', '备份目录不是一个文件夹');
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (err) {
    throw classifyBackupError(err, folder);
  }
  let free: number | null = null;
  try {
    const fsStat = fs.statfsSync(folder);
    free = fsStat.bavail * fsStat.bsize;
  } catch {
    // Some network shares do not say; a full disk then shows as ENOSPC while copying.
  }
  if (free !== null && free < neededBytes) {
    throw new BackupFailed('DISK_FULL', `备份盘空间不足（需要约 ${sizeText(neededBytes)}，可用 ${sizeText(free)}）`);
  }
}

/**
 * One backup: the database copied online into the folder under a temporary name, made one file,
 * synced, checked read-only with integrity_check, hashed, given its real name; then the archive's new
 * files. Recorded with its audit entry whether it succeeded or failed; a stop for shutdown is not.
 */
export async function runBackup(job: BackupJob): Promise<BackupRun> {
  const { db, settings } = job;
  const folder = settings.folder;
  const startedAt = new Date(job.now()).toISOString();
  const written: string[] = [];
  const base = { trigger: job.trigger, folder, startedAt, startedBy: job.actor };
  try {
    checkFolder(folder, databaseBytes(db) + HEADROOM_BYTES);
    const fileName = backupFileName(job.now(), (name) => fs.existsSync(path.join(folder, name)) || fs.existsSync(path.join(folder, `${name}.partial`)));
    const final = path.join(folder, fileName);
    const partial = `${final}.partial`;
    written.push(partial, final);
    await copyDatabase(job, partial);
    job.onProgress('verifying', 0, 0);
    await fsyncFile(partial);
    const facts = await inspectBackupFile(partial);
    if (facts.integrity !== 'ok') throw new BackupFailed('INTEGRITY', `备份文件完整性检查未通过（integrity_check：${facts.integrity.slice(0, 200)}）`);
    const sha256 = await sha256OfFile(partial);
    const size = (await fs.promises.stat(partial)).size;
    await fs.promises.rename(partial, final);
    await fsyncDir(folder);
    const mirror = await mirrorArchive(path.join(job.dataDir, ARCHIVE_DIR), path.join(folder, ARCHIVE_DIR), {
      overwrite: true,
      onFile: (done) => job.onProgress('archive', done, 0),
      shouldStop: job.shouldStop,
    });
    if (job.shouldStop()) throw new BackupStopped('主机正在停止，备份中断');
    return recordBackupRun(db, {
      ...base, fileName, finishedAt: new Date(job.now()).toISOString(), ok: true, failure: null, message: null,
      size, sha256, integrity: facts.integrity, archiveFiles: mirror.files, archiveCopied: mirror.copied,
    });
  } catch (err) {
    // Only files this attempt wrote are removed; the archive mirror keeps what it copied (it is whole file by file).
    for (const file of written) await fs.promises.rm(file, { force: true }).catch(() => undefined);
    if (err instanceof BackupStopped) throw err;
    const failed = classifyBackupError(err, folder);
    return recordBackupRun(db, {
      ...base, fileName: null, finishedAt: new Date(job.now()).toISOString(), ok: false, failure: failed.failure, message: failed.message,
      size: null, sha256: null, integrity: failed.failure === 'INTEGRITY' ? failed.message : null, archiveFiles: 0, archiveCopied: 0,
    });
  }
}
