import fs from 'node:fs';
import type { BackupFailure } from '../../contract/backups';

/** A backup refused for a reason the manager can act on; the message is Chinese and names the figures. */
export class BackupFailed extends Error {
  constructor(
    readonly failure: BackupFailure,
    message: string,
  ) {
    super(message);
  }
}

/** What the manager can do about each failure: the alert appends it. */
export const BACKUP_ADVICE: Readonly<Record<BackupFailure, string>> = {
  FOLDER_MISSING: '请接好备份盘（U 盘、第二块硬盘）或网络共享，或在“数据备份”中更正备份目录。',
  FOLDER_NOT_WRITABLE: '请检查该目录的写入权限，或换一个备份目录。',
  DISK_FULL: '请清理备份盘或换用更大的备份盘，也可减少保留份数。',
  INTEGRITY: '损坏的备份已删除；请检查备份盘是否有坏道，再立即备份一次。',
  FAILED: '请查看主机日志，再立即备份一次。',
};

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ENODEV', 'ENXIO', 'EHOSTDOWN', 'EHOSTUNREACH', 'ENETUNREACH', 'ESTALE']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY']);
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'SQLITE_FULL']);

/**
 * Names the reason of a failed backup. A folder that is gone by now (a USB drive pulled out mid-way,
 * a share that dropped) explains any I/O error better than the error's own code.
 */
export function classifyBackupError(err: unknown, folder: string, folderExists: (dir: string) => boolean = fs.existsSync): BackupFailed {
  if (err instanceof BackupFailed) return err;
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  const detail = err instanceof Error ? err.message : String(err);
  if (!folderExists(folder) || MISSING.has(code)) return new BackupFailed('FOLDER_MISSING', '备份目录不存在或无法访问');
  if (FULL.has(code)) return new BackupFailed('DISK_FULL', '备份盘空间不足');
  if (NOT_WRITABLE.has(code) || code === 'SQLITE_CANTOPEN') return new BackupFailed('FOLDER_NOT_WRITABLE', '备份目录不能写入（权限不足或为只读）');
  return new BackupFailed('FAILED', `备份出错：${detail}`);
}

/** Megabytes or gigabytes, as the alert says them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / 1024 ** 2))} MB`;
}
