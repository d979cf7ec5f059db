import type { BackupProgress, BackupRunView } from '../../../../main/contract';
import { assertNever } from '../../../../main/domain/assert-never';

export const TRIGGER_LABELS: Readonly<Record<BackupRunView['trigger'], string>> = {
  scheduled: '定时',
  'catch-up': '补做',
  retry: '重试',
  manual: '手动',
};

/** 1.2 GB, 35 MB, 12 KB. */
export function sizeText(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What a running backup is doing, in words, and how far it is (null: no measure for this phase). */
export function progressText(p: BackupProgress): { text: string; percent: number | null } {
  switch (p.phase) {
    case 'database':
      return { text: `正在复制数据库（${p.done}/${p.total} 页）`, percent: p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0 };
    case 'verifying':
      return { text: '正在检查备份文件（完整性检查、SHA-256）', percent: null };
    case 'archive':
      return { text: `正在复制新的档案文件（已核对 ${p.done} 个）`, percent: null };
    case 'pruning':
      return { text: '正在删除超出保留份数的旧备份', percent: null };
    default:
      return assertNever(p.phase, 'backup phase');
  }
}

/** The first and last characters of a SHA-256, enough to compare by eye. */
export function shortHash(sha256: string | null): string {
  return sha256 ? `${sha256.slice(0, 8)}…${sha256.slice(-4)}` : '—';
}
