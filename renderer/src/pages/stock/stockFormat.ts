import type { ReconciliationRowView, StockBalanceView, StockBatchView, StockRangeView, StockUseView } from '../../../../main/contract';
import { SPOIL_REASON_LABELS, STOCK_TYPE_LABELS } from '../../../../main/domain/printing/stock';
import { chineseDate, chineseDateTime } from '../desk/format';

/** The ledger's tables as columns, in one place: the page and the Excel file say the same. */
export interface Column<T> {
  readonly title: string;
  readonly value: (row: T) => string | number;
  readonly numeric?: boolean;
}

const count = <T>(title: string, value: (row: T) => number): Column<T> => ({ title, value, numeric: true });
const typeOf = <T extends { type: keyof typeof STOCK_TYPE_LABELS }>(): Column<T> => ({ title: '证书', value: (r) => STOCK_TYPE_LABELS[r.type] });

export const BALANCE_COLUMNS: readonly Column<StockBalanceView>[] = [
  typeOf(),
  { title: '保管', value: (r) => r.holder },
  count('入库', (r) => r.received),
  count('领入', (r) => r.handedIn),
  count('交出', (r) => r.handedOut),
  count('已打印', (r) => r.printed),
  count('作废/损坏/遗失', (r) => r.spoiled),
  count('结存', (r) => r.onHand),
  { title: '核对', value: (r) => (r.balanced ? '相符' : '不符') },
];

export const RECONCILIATION_COLUMNS: readonly Column<ReconciliationRowView>[] = [
  typeOf(),
  { title: '保管', value: (r) => r.holder },
  count('月初结存', (r) => r.opening),
  count('入库', (r) => r.received),
  count('领入', (r) => r.handedIn),
  count('交出', (r) => r.handedOut),
  count('已打印', (r) => r.printed),
  count('作废（打印错误）', (r) => r.spoiled.misprint),
  count('损坏', (r) => r.spoiled.damage),
  count('遗失', (r) => r.spoiled.loss),
  count('月末结存', (r) => r.closing),
  { title: '核对', value: (r) => (r.balanced ? '相符' : '不符') },
];

/** What became of a blank, as the ledger says it: 已打印, or spoiled with its reason. */
export function outcomeLabel(u: Pick<StockUseView, 'outcome' | 'reason'>): string {
  return u.outcome === 'printed' || u.reason === null ? '已打印' : SPOIL_REASON_LABELS[u.reason];
}

export const USE_COLUMNS: readonly Column<StockUseView>[] = [
  { title: '印制号', value: (u) => u.serialLabel },
  typeOf(),
  { title: '保管', value: (u) => u.holder },
  { title: '结果', value: outcomeLabel },
  { title: '证书编号', value: (u) => u.certificateNumber ?? '' },
  { title: '案件', value: (u) => (u.caseId === null ? '' : String(u.caseId)) },
  { title: '时间', value: (u) => chineseDateTime(u.usedAt) },
  { title: '经办', value: (u) => u.usedBy },
  { title: '作废', value: (u) => (u.voidedAt ? `${chineseDateTime(u.voidedAt)} ${u.voidedBy ?? ''}` : '') },
  { title: '说明', value: (u) => u.note },
];

export const RANGE_COLUMNS: readonly Column<StockRangeView>[] = [
  { title: '窗口', value: (r) => r.holder },
  typeOf(),
  { title: '号段', value: (r) => `${r.fromLabel}–${r.toLabel}` },
  count('数量', (r) => r.size),
  count('已用', (r) => r.used),
  count('在手', (r) => r.onHand),
  { title: '发放', value: (r) => `${chineseDate(r.assignedOn)} ${r.assignedBy}` },
  { title: '交回', value: (r) => (r.returnedOn ? `${chineseDate(r.returnedOn)} ${r.returnedBy ?? ''}` : '') },
];

export const BATCH_COLUMNS: readonly Column<StockBatchView>[] = [
  typeOf(),
  { title: '印制号段', value: (b) => `${b.fromLabel}–${b.toLabel}` },
  count('数量', (b) => b.size),
  { title: '入库日期', value: (b) => chineseDate(b.receivedOn) },
  { title: '接收人', value: (b) => b.receivedBy },
  { title: '登记人', value: (b) => b.createdBy },
  { title: '备注', value: (b) => b.note },
];

/** The month before or after `2026-11`. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** 2026-11 → 2026年11月. */
export const chineseMonth = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
