import path from 'node:path';
import { backupDatabase, restoreDatabase } from '../store/backup';
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

/** `hall restore FILE`: checks the file first, refuses while a host uses the folder, keeps the old database. */
export async function restore(config: HallConfig, file: string | undefined, out: (line: string) => void): Promise<number> {
  if (!file) throw new UsageError('用法：hall restore 备份文件');
  const pid = runningHostPid(config.dataDir);
  if (pid !== null) {
    out(`主机进程（pid ${pid}）正在使用 ${config.dataDir}：请先停止主机再恢复。未做任何改动。`);
    return 1;
  }
  const { kept, check } = await restoreDatabase(path.join(config.dataDir, DB_FILE), path.resolve(file), new Date().toISOString());
  out(`已从 ${path.resolve(file)} 恢复（完整性检查通过，结构版本 ${check.schemaVersion}）。`);
  if (kept) out(`原数据库已保留为 ${kept}`);
  return 0;
}
