import type { QueueStats } from '../../contract/queue';
import { dayPlan } from '../../domain/appointments/plan';
import { addDays, compareDates } from '../../domain/dates';
import { summarize } from '../../domain/queue/stats';
import { BOOKABLE_SERVICES, SERVICE_LABELS, type Service } from '../../domain/queue/services';
import { appointmentCounts, getPlan } from '../../store/appointments';
import { ratingCounts, recentDissatisfied, ticketTimings, type TicketTiming } from '../../store/queue/stats';
import { ApiError } from '../api-error';
import type { HostContext } from '../handlers';
import { officeCalendar } from '../registration';

/** A year of days at most: the statistics are read on screen, not a data export. */
const MAX_DAYS = 366;

function row(key: string, label: string, ts: readonly TicketTiming[]): QueueStats['byService'][number] {
  const waits = ts.filter((t) => t.firstCalledMs !== null).map((t) => (t.firstCalledMs! - t.issuedMs) / 1000);
  const services = ts.filter((t) => t.startedMs !== null && t.finishedMs !== null).map((t) => (t.finishedMs! - t.startedMs!) / 1000);
  return {
    key, label, tickets: ts.length, served: ts.filter((t) => t.state === 'done').length, noShows: ts.filter((t) => t.state === 'no_show').length,
    waiting: summarize(waits), service: summarize(services),
  };
}

function groupBy(ts: readonly TicketTiming[], keyOf: (t: TicketTiming) => string | null, labelOf: (k: string) => string): QueueStats['byService'] {
  const groups = new Map<string, TicketTiming[]>();
  for (const t of ts) {
    const k = keyOf(t);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh-CN', { numeric: true })).map(([k, g]) => row(k, labelOf(k), g));
}

/** Tickets, waiting and service times (mean, median, 90th percentile), no-shows, appointment fill rate and ratings for a date range. */
export function queueStats(ctx: HostContext, from: string, to: string): QueueStats {
  if (compareDates(from, to) > 0) throw new ApiError('VALIDATION', [{ code: 'FIELD_INVALID', field: 'to', message: '结束日期不能早于开始日期' }]);
  const plan = getPlan(ctx.db);
  const cal = officeCalendar(ctx.db);
  let capacity = 0;
  let days = 0;
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) {
    if (++days > MAX_DAYS) throw new ApiError('VALIDATION', [{ code: 'FIELD_INVALID', field: 'to', message: `统计区间最长 ${MAX_DAYS} 天` }]);
    const day = dayPlan(plan, cal, d);
    capacity += day.slots.length * BOOKABLE_SERVICES.reduce((s, svc) => s + day.capacity[svc], 0);
  }
  const ts = ticketTimings(ctx.db, from, to);
  const counts = appointmentCounts(ctx.db, from, to);
  const ratings = ratingCounts(ctx.db, from, to);
  return {
    from, to,
    byService: groupBy(ts, (t) => t.service, (k) => SERVICE_LABELS[k as Service] ?? k),
    byWindow: groupBy(ts, (t) => (t.windowNumber === null ? null : String(t.windowNumber)), (k) => `${k} 号窗口`),
    byRegistrar: groupBy(ts, (t) => t.registrar, (k) => k),
    byDay: groupBy(ts, (t) => t.day, (k) => k),
    appointments: { capacity, ...counts, fillRate: capacity === 0 ? null : counts.booked / capacity },
    ratings: {
      satisfied: ratings.satisfied ?? 0, basically_satisfied: ratings.basically_satisfied ?? 0, dissatisfied: ratings.dissatisfied ?? 0,
      recentDissatisfied: recentDissatisfied(ctx.db, from, to, 20),
    },
  };
}
