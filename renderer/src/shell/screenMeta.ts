import type { Screen } from '../../../main/domain';

export interface ScreenMeta {
  readonly label: string;
  /** Reached from another screen (a case from a list), not from the menu. */
  readonly hidden?: boolean;
  /** Alt+<digit> jumps here from anywhere. */
  readonly shortcut?: number;
}

/** Each screen's menu label and keyboard shortcut (the pages are in screens.tsx). */
export const SCREEN_META: Readonly<Record<Screen, ScreenMeta>> = {
  home: { label: '工作台' },
  worklists: { label: '今日工作', shortcut: 1 },
  queue: { label: '窗口叫号', shortcut: 7 },
  marriage: { label: '结婚登记', shortcut: 2 },
  divorce: { label: '离婚申请', shortcut: 3 },
  'divorce-register': { label: '离婚登记', shortcut: 4 },
  reissue: { label: '补领证书', shortcut: 5 },
  adoption: { label: '收养登记', shortcut: 9 },
  search: { label: '案件查询', shortcut: 6 },
  archive: { label: '档案查询' },
  cases: { label: '案件详情', hidden: true },
  appointments: { label: '预约管理', shortcut: 8 },
  hall: { label: '大厅设置' },
  stats: { label: '统计分析' },
  registry: { label: '登记统计' },
  stock: { label: '空白证书' },
  printing: { label: '打印设置' },
  uploads: { label: '上传省级平台' },
  backups: { label: '数据备份' },
  backentry: { label: '历史数据补录' },
  'hand-entry': { label: '手工补录' },
  users: { label: '用户管理' },
  settings: { label: '登记机关设置' },
  calendar: { label: '工作日历' },
};
