import type { UploadStatusView } from '../../../../main/contract';
import { CASE_KIND_LABELS } from '../../../../main/domain/case-labels';

/**
 * The provincial record kinds in words. A record of a registration carries its case's name; the
 * steps that are records of their own (a divorce application, its withdrawal, a revocation) are named here.
 */
export const RECORD_KIND_LABELS: Readonly<Record<string, string>> = {
  ...CASE_KIND_LABELS,
  divorce_application: '离婚申请',
  divorce_withdrawal: '撤回离婚申请',
  revocation: '撤销登记',
};

export function recordKindLabel(kind: string): string {
  return RECORD_KIND_LABELS[kind] ?? kind;
}

// The office works on Beijing time whatever the PC's own zone is.
const beijingClock = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** An instant (ISO) as HH:mm:ss, Beijing time. */
export function clockTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : beijingClock.format(at);
}

type UploadState = UploadStatusView['state'];
export type Rejection = UploadStatusView['rejections'][number];

export const STATE_COLORS: Readonly<Record<UploadState, string>> = {
  idle: 'success',
  sending: 'processing',
  retrying: 'warning',
  stopped: 'error',
  unconfigured: 'default',
};

/** The worker's state as the manager reads it; a retry says when it comes. */
export function stateText(status: Pick<UploadStatusView, 'state' | 'nextAttemptAt'>): string {
  switch (status.state) {
    case 'idle':
      return '空闲';
    case 'sending':
      return '上传中';
    case 'retrying':
      return status.nextAttemptAt ? `等待重试（下次 ${clockTime(status.nextAttemptAt)}）` : '等待重试';
    case 'stopped':
      return '已停止';
    case 'unconfigured':
      return '未配置省级平台';
  }
}

/** 95 → 1 小时 35 分钟, 3000 → 2 天 2 小时 (two units are enough to judge a backlog); 0 → 不到 1 分钟; null (nothing waits) → —. */
export function waitText(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes === 0) return '不到 1 分钟';
  if (minutes < 60) return `${minutes} 分钟`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const [big, small] = days > 0 ? [`${days} 天`, hours > 0 && `${hours} 小时`] : [`${hours} 小时`, minutes % 60 > 0 && `${minutes % 60} 分钟`];
  return small ? `${big} ${small}` : big;
}
