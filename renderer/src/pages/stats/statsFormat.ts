import type { QueueStats } from '../../../../main/contract';

export type StatsRow = QueueStats['byService'][number];
export type Summary = StatsRow['waiting'];

/** Seconds as minutes with one decimal (the figures staff compare), or null when there is nothing to measure. */
export function minutes(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 6) / 10;
}

export function minutesText(seconds: number | null): string {
  const m = minutes(seconds);
  return m === null ? '—' : m.toFixed(1);
}

export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The columns of every statistics table and sheet, in one place: the page and the Excel file say the same. */
export const STAT_COLUMNS: readonly { readonly title: string; readonly value: (r: StatsRow) => number | null }[] = [
  { title: '取号数', value: (r) => r.tickets },
  { title: '办结数', value: (r) => r.served },
  { title: '过号数', value: (r) => r.noShows },
  { title: '平均等候（分钟）', value: (r) => minutes(r.waiting.mean) },
  { title: '等候中位数（分钟）', value: (r) => minutes(r.waiting.median) },
  { title: '等候90%分位（分钟）', value: (r) => minutes(r.waiting.p90) },
  { title: '平均办理（分钟）', value: (r) => minutes(r.service.mean) },
  { title: '办理中位数（分钟）', value: (r) => minutes(r.service.median) },
  { title: '办理90%分位（分钟）', value: (r) => minutes(r.service.p90) },
];

/** The four breakdowns of the answer, each with the name of its first column. */
export function statsTables(stats: QueueStats): { key: string; title: string; first: string; rows: StatsRow[] }[] {
  return [
    { key: 'service', title: '按业务', first: '业务', rows: stats.byService },
    { key: 'window', title: '按窗口', first: '窗口', rows: stats.byWindow },
    { key: 'registrar', title: '按登记员', first: '登记员', rows: stats.byRegistrar },
    { key: 'day', title: '按日期', first: '日期', rows: stats.byDay },
  ];
}

/** All tickets of the range: every ticket belongs to exactly one day. */
export function totals(stats: QueueStats): { tickets: number; served: number; noShows: number } {
  return stats.byDay.reduce((t, r) => ({ tickets: t.tickets + r.tickets, served: t.served + r.served, noShows: t.noShows + r.noShows }), { tickets: 0, served: 0, noShows: 0 });
}
