import type { UploadStatusView } from '../../contract/exchange';
import { outboxCounts, rejectedRows, settleRejection } from '../../store/outbox';
import { ApiError } from '../api-error';
import type { HostContext, Handlers } from '../handlers';
import { dayStartMs } from '../queue/act';
import { officeDate } from '../clock';

const MINUTE = 60_000;

/** A wait as people say it: 35 分钟, 2 小时 5 分钟, 3 天 4 小时. */
function waited(minutes: number): string {
  if (minutes < 60) return ` ${minutes} 分钟`;
  if (minutes < 24 * 60) return ` ${Math.floor(minutes / 60)} 小时${minutes % 60 ? ` ${minutes % 60} 分钟` : ''}`;
  const hours = Math.floor(minutes / 60) % 24;
  return ` ${Math.floor(minutes / 1440)} 天${hours ? ` ${hours} 小时` : ''}`;
}

/** The upload panel's figures and the alert every manager screen shows when uploads need a person. */
export function uploadStatus(ctx: HostContext, nowMs: number): UploadStatusView {
  const worker = ctx.uploads?.current() ?? null;
  const counts = outboxCounts(ctx.db, new Date(dayStartMs(officeDate(nowMs))).toISOString());
  const oldestPendingMinutes = counts.oldestPendingAt === null ? null : Math.max(0, Math.floor((nowMs - Date.parse(counts.oldestPendingAt)) / MINUTE));
  const limit = ctx.config.uploadAlertMinutes;
  let alert: string | null = null;
  if (worker?.state === 'stopped') {
    alert = `${worker.lastError?.message ?? '上传已停止'}（${worker.lastError?.code ?? ''}）。请核对密钥与登记机关代码，运行 hall province ping，更正配置后重启主机。`;
  } else if (oldestPendingMinutes !== null && oldestPendingMinutes > limit) {
    alert = `${counts.pending} 条登记待上传，最早的已等待${waited(oldestPendingMinutes)}${ctx.uploads ? '' : '：尚未配置省级平台（HALL_PROVINCE_URL、HALL_PROVINCE_KEY）'}`;
  }
  return {
    configured: ctx.uploads !== null,
    state: worker?.state ?? 'unconfigured',
    lastError: worker?.lastError ?? null,
    nextAttemptAt: worker?.nextAttemptAt ?? null,
    pending: counts.pending,
    rejected: counts.rejected,
    deliveredToday: counts.deliveredSince,
    oldestPendingAt: counts.oldestPendingAt,
    oldestPendingMinutes,
    alertAfterMinutes: limit,
    alert,
    rejections: rejectedRows(ctx.db),
  };
}

export const exchangeHandlers: Pick<Handlers, 'uploadStatus' | 'actOnRejection'> = {
  uploadStatus: (ctx, { nowMs }) => uploadStatus(ctx, nowMs),
  actOnRejection(ctx, { params, body, user, at, nowMs }) {
    if (!settleRejection(ctx.db, params.id, body, { actor: user.username, at })) throw new ApiError('NOT_FOUND');
    if (body.action === 'retry') ctx.uploads?.wake();
    ctx.events.publish({ type: 'uploads.changed' });
    return uploadStatus(ctx, nowMs);
  },
};
