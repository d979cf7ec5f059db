import type { BackEntryProgress, RegistryFigures, RegistryStats } from '../../../../main/contract';

/** A period as the tables name it: 2026年5月20日, 2026年5月, 2026年, or 合计. */
export function periodLabel(key: string): string {
  if (key === 'total') return '合计';
  const [y, m, d] = key.split('-');
  if (d) return `${y}年${Number(m)}月${Number(d)}日`;
  if (m) return `${y}年${Number(m)}月`;
  return `${y}年`;
}

export interface FigureColumn {
  readonly title: string;
  readonly value: (r: RegistryFigures) => number | null;
  /** Shown with one decimal (a mean age), not as a whole count. */
  readonly decimal?: boolean;
}

export interface FigureTable {
  readonly key: string;
  readonly title: string;
  readonly columns: readonly FigureColumn[];
}

/**
 * The tables of 登记统计, in one place: the page shows them and the Excel file has one sheet each,
 * with the same Chinese headings.
 */
export const FIGURE_TABLES: readonly FigureTable[] = [
  {
    key: 'marriage',
    title: '结婚登记',
    columns: [
      { title: '结婚登记（对）', value: (r) => r.marriages },
      { title: '内地居民（对）', value: (r) => r.marriages - r.marriagesForeign },
      { title: '涉外及港澳台、华侨（对）', value: (r) => r.marriagesForeign },
      { title: '初婚（人）', value: (r) => r.firstMarriages },
      { title: '再婚（人）', value: (r) => r.remarriages },
      { title: '男方平均年龄（岁）', value: (r) => r.meanAgeMale, decimal: true },
      { title: '女方平均年龄（岁）', value: (r) => r.meanAgeFemale, decimal: true },
    ],
  },
  {
    key: 'divorce',
    title: '离婚登记',
    columns: [
      { title: '离婚登记（对）', value: (r) => r.divorces },
      { title: '受理离婚申请', value: (r) => r.divorceApplications },
      { title: '撤回', value: (r) => r.divorcesWithdrawn },
      { title: '视为撤回', value: (r) => r.divorcesDeemedWithdrawn },
      { title: '期末未办结', value: (r) => r.divorcesPending },
    ],
  },
  {
    key: 'other',
    title: '补领撤销收养',
    columns: [
      { title: '补领证书', value: (r) => r.reissues },
      { title: '撤销或宣告无效', value: (r) => r.revocations },
      { title: '收养登记', value: (r) => r.adoptions },
      { title: '解除收养关系', value: (r) => r.adoptionDissolutions },
    ],
  },
  {
    key: 'backentry',
    title: '历史补录进度',
    columns: [{ title: '补录件数（按录入日期）', value: (r) => r.backEntered }],
  },
];

/** A figure as a cell shows it: a dash for none, one decimal for a mean. */
export function figureText(value: number | null, decimal = false): string {
  if (value === null) return '—';
  return decimal ? value.toFixed(1) : String(value);
}

/** The rows of every figure table: each period, then the range's total. */
export function figureRows(stats: RegistryStats): RegistryFigures[] {
  return [...stats.periods, stats.total];
}

export const DECADE_COLUMNS: readonly { readonly title: string; readonly value: (d: BackEntryProgress['byDecade'][number]) => number }[] = [
  { title: '结婚登记', value: (d) => d.marriage },
  { title: '离婚登记', value: (d) => d.divorce },
  { title: '补领证书', value: (d) => d.reissue },
  { title: '合计', value: (d) => d.total },
];

export function decadeLabel(decade: number): string {
  return `${decade}年代`;
}

export const GROUPING_FIRST_COLUMN = { day: '日期', month: '月份', year: '年份' } as const;
