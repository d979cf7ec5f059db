import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_DIR, archiveCompleteness, mirrorArchive } from '../store/archive-mirror';
import { backupDatabase, openBackupFile, restoreDatabase } from '../store/backup';
import type { HallConfig } from '../server/config';
import { DB_FILE } from '../server/host';
import { runningHostPid } from '../server/lock';
import { UsageError } from './args';

/** `hall backup FILE`: safe while the host runs. */
export async function backup(config: HallConfig, file: string | undefined, out: (line: string) => void): Promise<number> {
  if (!file) throw new UsageError('用法：hall backup 备份文件');
  const target = path.resolve(file);
  let last = -1;
  await backupDatabase(path.join(config.dataDir, DB_FILE), target, (done, total) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (pct >= last + 10) {
      last = pct;
      out(`备份进度 ${pct}%（${done}/${total} 页）`);
    }
  });
  out(`已备份到 ${target}`);
  return 0;
}

/**
 * The archive files beside a scheduled backup (its folder's archive/) go back into the data folder:
 * the ones missing there are copied, none already there is replaced. Then every archive item the
 * restored database lists is looked for.
 */
async function restoreArchive(config: HallConfig, backupFile: string, out: (line: string) => void): Promise<boolean> {
  const mirror = path.join(path.dirname(backupFile), ARCHIVE_DIR);
  if (fs.existsSync(mirror)) {
    const copied = await mirrorArchive(mirror, path.join(config.dataDir, ARCHIVE_DIR), { overwrite: false });
    out(`已从 ${mirror} 恢复档案文件 ${copied.copied} 个（备份中共 ${copied.files} 个，数据目录中已有的保持不变${copied.conflicts ? `，其中 ${copied.conflicts} 个与备份大小不同，未替换` : ''}）。`);
  }
  const db = openBackupFile(path.join(config.dataDir, DB_FILE));
  try {
    const check = await archiveCompleteness(db, config.dataDir);
    if (check.missing === 0) {
      out(`档案文件齐全：数据库记录的 ${check.items} 个文件都在。`);
      return true;
    }
    out(`缺少 ${check.missing} 个档案文件（共 ${check.items} 个），如：${check.missingExamples.join('、')}。请找到备份目录中的 archive 文件夹，放在备份文件旁边后再运行一次 hall restore。`);
    return false;
  } finally {
    db.close();
  }
}

/** `hall restore FILE`: checks the file first, refuses while a host uses the folder, keeps the old database, brings back the archive files. */
export async function restore(config: HallConfig, file: string | undefined, out: (line: string) => void): Promise<number> {
  if (!file) throw new UsageError('用法：hall restore 备份文件');
  const pid = runningHostPid(config.dataDir);
  if (pid !== null) {
    out(`主机进程（pid ${pid}）正在使用 ${config.dataDir}：请先停止主机再恢复。未做任何改动。`);
    return 1;
  }
  const backupFile = path.resolve(file);
  const { kept, check } = await restoreDatabase(path.join(config.dataDir, DB_FILE), backupFile, new Date().toISOString());
  out(`已从 ${backupFile} 恢复（完整性检查通过，结构版本 ${check.schemaVersion}）。`);
  if (kept) out(`原数据库已保留为 ${kept}`);
  return (await restoreArchive(config, backupFile, out)) ? 0 : 1;
}
