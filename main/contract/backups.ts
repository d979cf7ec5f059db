import { z } from 'zod';
import { TIME_OF_DAY_PATTERN } from '../domain/backup-schedule';

/** A full path: /media/backup, D:\备份, or a network share \\server\share. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+)/;

export const BackupSettings = z.strictObject({
  /** A second disk, a USB drive or a network share; never inside the data folder. */
  folder: z.string().trim().max(500).refine((v) => v === '' || ABSOLUTE_PATH.test(v), '须为完整路径，如 /media/backup、D:\\备份 或 \\\\服务器\\共享'),
  /** Beijing time, HH:MM. */
  timeOfDay: z.string().regex(TIME_OF_DAY_PATTERN, '须为 时:分，如 02:00'),
  keep: z.number().int().min(1).max(365),
  enabled: z.boolean(),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: '', timeOfDay: '02:00', keep: 14, enabled: true };

export const BACKUP_TRIGGERS = ['scheduled', 'catch-up', 'retry', 'manual'] as const;
export const BACKUP_FAILURES = ['FOLDER_MISSING', 'FOLDER_NOT_WRITABLE', 'DISK_FULL', 'INTEGRITY', 'FAILED'] as const;
export type BackupFailure = (typeof BACKUP_FAILURES)[number];

export const BackupRunView = z.object({
  id: z.number().int(),
  trigger: z.enum(BACKUP_TRIGGERS),
  folder: z.string(),
  /** Null when it failed before a file was written. */
  fileName: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  ok: z.boolean(),
  failure: z.enum(BACKUP_FAILURES).nullable(),
  /** What went wrong, in Chinese. */
  message: z.string().nullable(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  /** 'ok', or the first problem integrity_check found. */
  integrity: z.string().nullable(),
  archiveFiles: z.number().int(),
  archiveCopied: z.number().int(),
  startedBy: z.string(),
  /** The file is where it was written (false: the drive is unplugged or someone removed it). */
  present: z.boolean(),
});
export type BackupRunView = z.infer<typeof BackupRunView>;

export const BackupProgress = z.object({
  trigger: z.enum(BACKUP_TRIGGERS),
  startedAt: z.string(),
  phase: z.enum(['database', 'verifying', 'archive', 'pruning']),
  /** Pages of the database copied so far, or archive files looked at. */
  done: z.number().int(),
  total: z.number().int(),
});
export type BackupProgress = z.infer<typeof BackupProgress>;

export const BackupStatusView = z.object({
  settings: BackupSettings,
  /** Enabled with a folder set: only then is a missed backup an alert. */
  configured: z.boolean(),
  nextDueAt: z.string().nullable(),
  running: BackupProgress.nullable(),
  lastGood: BackupRunView.nullable(),
  lastAttempt: BackupRunView.nullable(),
  /** The good backups kept, newest first. */
  kept: z.array(BackupRunView),
  missedAfterHours: z.number().int(),
  /** A failed or missed backup: every manager screen says so, naming the reason and the folder. */
  alert: z.string().nullable(),
  alertKind: z.enum(['failed', 'missed']).nullable(),
});
export type BackupStatusView = z.infer<typeof BackupStatusView>;

export const BackupIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** What a restore drill found in a backup restored into a scratch folder; the live database is not touched. */
export const RestoreDrillReport = z.object({
  backupId: z.number().int(),
  fileName: z.string(),
  /** True only when the database is intact, of a known version, its audit chain verifies and every archive file is there. */
  ok: z.boolean(),
  /** 可以恢复, or what stands in the way, in Chinese. */
  verdict: z.string(),
  scratchFolder: z.string(),
  size: z.number().int(),
  sha256Matches: z.boolean(),
  integrity: z.string(),
  schemaVersion: z.number().int(),
  audit: z.object({ ok: z.boolean(), rows: z.number().int(), problem: z.string().nullable() }),
  registrations: z.object({ total: z.number().int(), byKind: z.record(z.string(), z.number().int()) }),
  cases: z.number().int(),
  users: z.number().int(),
  archive: z.object({ items: z.number().int(), present: z.number().int(), missing: z.number().int() }),
  durationMs: z.number().int(),
});
export type RestoreDrillReport = z.infer<typeof RestoreDrillReport>;
