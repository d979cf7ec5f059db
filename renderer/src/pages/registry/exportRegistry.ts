import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/browser';
import type { BackEntryProgress, RegistryStats } from '../../../../main/contract';
import { REGISTRY_GROUPING_LABELS } from '../../../../main/domain/registry-periods';
import { chineseDate } from '../desk/format';
import { header } from '../stats/exportStats';
import { DECADE_COLUMNS, decadeLabel, FIGURE_TABLES, figureRows, GROUPING_FIRST_COLUMN, periodLabel, type FigureColumn } from './registryFormat';

function figureCell(c: FigureColumn, value: number | null): Cell {
  if (value === null) return '—';
  return c.decimal ? { value, format: '0.0' } : value;
}

/**
 * 登记统计 as the county bureau asks for it: a cover sheet with the range, then one sheet per table
 * with the page's own Chinese headings, built and saved in the browser.
 */
export async function exportRegistry(stats: RegistryStats, progress: BackEntryProgress, officeName: string): Promise<void> {
  const first = GROUPING_FIRST_COLUMN[stats.grouping];
  const cover: Row[] = [
    header(['项目', '内容']),
    ['登记机关', officeName],
    ['统计期间', `${chineseDate(stats.from)}至${chineseDate(stats.to)}`],
    ['分组', REGISTRY_GROUPING_LABELS[stats.grouping]],
    ['数据截至', chineseDate(stats.asOf)],
    ['口径', '均按登记档案当场统计，含历史补录档案；视为撤回与未办结按办公日历推算至数据截至日'],
  ];
  const sheets: Sheet<Blob>[] = [
    { sheet: '说明', data: cover, columns: [{ width: 14 }, { width: 60 }] },
    ...FIGURE_TABLES.map((table) => ({
      sheet: table.title,
      data: [
        header([first, ...table.columns.map((c) => c.title)]),
        ...figureRows(stats).map((r): Row => [periodLabel(r.key), ...table.columns.map((c) => figureCell(c, c.value(r)))]),
      ],
      columns: [{ width: 16 }, ...table.columns.map(() => ({ width: 18 }))],
    })),
    {
      sheet: '补录按登记年代',
      data: [
        header(['登记年代', ...DECADE_COLUMNS.map((c) => c.title)]),
        ...progress.byDecade.map((d): Row => [decadeLabel(d.decade), ...DECADE_COLUMNS.map((c) => c.value(d))]),
        ['合计', '', '', '', progress.total],
      ],
      columns: [{ width: 14 }, ...DECADE_COLUMNS.map(() => ({ width: 12 }))],
    },
  ];
  await writeXlsxFile(sheets).toFile(`登记统计_${stats.from}_${stats.to}.xlsx`);
}
