import fs from 'node:fs';
import path from 'node:path';
import type { BackupRunView, BackupSettings, BackupStatusView } from '../../contract/backups';
import { BACKUP_MISSED_AFTER_MS, backupConfigured, backupMissed, nextSlotAfter } from '../../domain/backup-schedule';
import { keptBackups, lastBackupRun, type BackupRun } from '../../store/backup-runs';
import type { HostContext } from '../handlers';
import { BACKUP_ADVICE } from './failure';

const minuteFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

/** 2026-11-24 02:00, Beijing time, as the alert writes an instant. */
function beijingMinute(iso: string): string {
  return minuteFormat.format(new Date(iso));
}

async function runView(run: BackupRun): Promise<BackupRunView> {
  // Asynchronous: a network share that has gone away can take many seconds to say so.
  const present = run.fileName !== null && (await fs.promises.access(path.join(run.folder, run.fileName)).then(() => true, () => false));
  return { ...run, present };
}

/** The sentence every manager screen shows when the last backup failed or none succeeded for too long. */
export function backupAlert(
  settings: BackupSettings,
  lastGood: BackupRun | null,
  lastAttempt: BackupRun | null,
  nowMs: number,
): { kind: 'failed' | 'missed'; text: string } | null {
  if (!backupConfigured(settings)) return null;
  const since = lastGood ? `最近一次成功的备份在 ${beijingMinute(lastGood.finishedAt)}。` : '还没有成功的备份。';
  if (lastAttempt && !lastAttempt.ok && lastAttempt.failure) {
    return {
      kind: 'failed',
      text: `数据备份失败：${lastAttempt.message ?? ''}（备份目录 ${lastAttempt.folder}，${beijingMinute(lastAttempt.finishedAt)}）。${BACKUP_ADVICE[lastAttempt.failure]}${since}`,
    };
  }
  if (backupMissed(nowMs, lastGood ? Date.parse(lastGood.finishedAt) : null)) {
    const hours = BACKUP_MISSED_AFTER_MS / 3_600_000;
    return {
      kind: 'missed',
      text: lastGood
        ? `已超过 ${hours} 小时没有成功的数据备份（备份目录 ${settings.folder}）。${since}请确认每天 ${settings.timeOfDay} 时本机开着，或立即备份。`
        : `尚无成功的数据备份（备份目录 ${settings.folder}）。请立即备份。`,
    };
  }
  return null;
}

/** The backup panel's figures and the alert. */
export async function backupStatus(ctx: HostContext, nowMs: number): Promise<BackupStatusView> {
  const settings = ctx.backups.settings();
  const configured = backupConfigured(settings);
  const lastGood = lastBackupRun(ctx.db, true);
  const lastAttempt = lastBackupRun(ctx.db, false);
  const alert = backupAlert(settings, lastGood, lastAttempt, nowMs);
  return {
    settings,
    configured,
    nextDueAt: configured ? new Date(nextSlotAfter(nowMs, settings.timeOfDay)).toISOString() : null,
    running: ctx.backups.current(),
    lastGood: lastGood && (await runView(lastGood)),
    lastAttempt: lastAttempt && (await runView(lastAttempt)),
    kept: await Promise.all(keptBackups(ctx.db).map(runView)),
    missedAfterHours: BACKUP_MISSED_AFTER_MS / 3_600_000,
    alert: alert?.text ?? null,
    alertKind: alert?.kind ?? null,
  };
}
