import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_BACKUP_SETTINGS, type BackupSettings } from '../../contract/backups';
import { backupRun } from '../../store/backup-runs';
import { putJsonSetting } from '../../store/settings';
import { ApiError } from '../api-error';
import { restoreDrill } from '../backups/drill';
import { BACKUP_SETTINGS_KEY } from '../backups/service';
import { backupStatus } from '../backups/status';
import type { HostContext, Handlers } from '../handlers';

function folderRefusal(code: string, message: string): ApiError {
  return new ApiError('VALIDATION', [{ code, field: 'folder', message: `备份目录：${message}` }]);
}

/**
 * A backup folder must be elsewhere than the data it protects (a copy on the same folder is lost with
 * it, and the archive would be copied into itself), and must exist: a path to a USB drive that is not
 * plugged in would otherwise be created on the PC's own disk.
 */
function checkFolder(ctx: HostContext, settings: BackupSettings): void {
  if (settings.folder === '') {
    if (settings.enabled) throw folderRefusal('BACKUP_FOLDER_REQUIRED', '启用定时备份须先填写备份目录');
    return;
  }
  const folder = path.resolve(settings.folder);
  const data = path.resolve(ctx.config.dataDir);
  const relative = path.relative(data, folder);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw folderRefusal('BACKUP_FOLDER_IN_DATA', `不能在数据目录 ${data} 之内，请选第二块硬盘、U 盘或网络共享`);
  }
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(folder);
  } catch {
    // reported below
  }
  if (!stat) throw folderRefusal('BACKUP_FOLDER_MISSING', `${folder} 不存在（U 盘或网络共享是否已接好？）`);
  if (!stat.isDirectory()) throw folderRefusal('BACKUP_FOLDER_NOT_DIR', `${folder} 不是文件夹`);
}

export const backupHandlers: Pick<Handlers, 'backupStatus' | 'putBackupSettings' | 'startBackup' | 'restoreDrill'> = {
  backupStatus: (ctx, { nowMs }) => backupStatus(ctx, nowMs),
  putBackupSettings(ctx, { body, user, at, nowMs }) {
    checkFolder(ctx, body);
    putJsonSetting(ctx.db, BACKUP_SETTINGS_KEY, DEFAULT_BACKUP_SETTINGS, body, { actor: user.username, at });
    ctx.backups.settingsChanged();
    ctx.events.publish({ type: 'backups.changed' });
    return backupStatus(ctx, nowMs);
  },
  startBackup(ctx, { user, nowMs }) {
    if (ctx.backups.settings().folder === '') throw new ApiError('BACKUP_NO_FOLDER');
    ctx.backups.runNow(user.username);
    return backupStatus(ctx, nowMs);
  },
  async restoreDrill(ctx, { params, at }) {
    const run = backupRun(ctx.db, params.id);
    if (!run || !run.ok) throw new ApiError('NOT_FOUND', undefined, `备份 ${params.id}`);
    return restoreDrill(run, at);
  },
};
