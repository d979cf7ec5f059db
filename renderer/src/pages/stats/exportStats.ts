import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/browser';
import type { QueueStats } from '../../../../main/contract';
import { RATING_LABELS, RATINGS } from '../../../../main/domain';
import { chineseDateTime } from '../desk/format';
import { STAT_COLUMNS, statsTables, totals } from './statsFormat';

const HEADER = { fontWeight: 'bold', backgroundColor: '#f0f0f0' } as const;

/** A bold grey heading row, as every exported sheet starts. */
export function header(titles: readonly string[]): Row {
  return titles.map((value) => ({ value, ...HEADER }));
}

/** The figures as the page shows them, one sheet per table, Chinese headers; built and saved in the browser. */
export async function exportStats(stats: QueueStats): Promise<void> {
  const t = totals(stats);
  const a = stats.appointments;
  const summary: Row[] = [
    header(['项目', '数值']),
    ['统计期间', `${stats.from} 至 ${stats.to}`],
    ['取号数', t.tickets],
    ['办结数', t.served],
    ['过号数', t.noShows],
    ['预约名额', a.capacity],
    ['已预约', a.booked],
    ['已签到取号', a.checkedIn],
    ['预约未到', a.noShows],
    ['预约使用率', a.fillRate === null ? '—' : { value: a.fillRate, format: '0.0%' }],
    ...RATINGS.map((r): Row => [`评价：${RATING_LABELS[r]}`, stats.ratings[r]]),
  ];
  const sheets: Sheet<Blob>[] = [
    { sheet: '汇总', data: summary, columns: [{ width: 16 }, { width: 26 }] },
    ...statsTables(stats).map((table) => ({
      sheet: table.title,
      data: [header([table.first, ...STAT_COLUMNS.map((c) => c.title)]), ...table.rows.map((r): Row => [r.label, ...STAT_COLUMNS.map((c) => c.value(r))])],
      columns: [{ width: 16 }, ...STAT_COLUMNS.map(() => ({ width: 14 }))],
    })),
    {
      sheet: '不满意评价',
      data: [
        header(['时间', '号码', '窗口', '原因']),
        ...stats.ratings.recentDissatisfied.map((d): Row => [chineseDateTime(d.at), d.number, d.windowNumber === null ? '—' : `${d.windowNumber} 号窗口`, d.reason]),
      ],
      columns: [{ width: 22 }, { width: 10 }, { width: 12 }, { width: 40 }],
    },
  ];
  await writeXlsxFile(sheets).toFile(`大厅统计_${stats.from}_${stats.to}.xlsx`);
}
