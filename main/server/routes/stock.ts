import type { ReconciliationRowView, StockBalanceView, StockBatchView, StockUseView, WindowStock } from '../../contract/stock';
import { balanceHolds, totalHolds, typeTotals, type StockBalance } from '../../domain/printing/ledger';
import { reconciles, reconciliationTotals, type ReconciliationRow } from '../../domain/printing/reconciliation';
import { holderLabel, parseSerial } from '../../domain/printing/stock';
import type { By } from '../../store/cases';
import type { ReadableDB } from '../../store/db';
import { getWindow, listWindows } from '../../store/queue/windows';
import { batchInStore, monthlyReport, stockBalances } from '../../store/stock/figures';
import { assignRange, receiveBatch, returnRange } from '../../store/stock/movements';
import { getUse, listBatches, listRanges, recentUses, type StockBatch, type StockUse } from '../../store/stock/rows';
import { spoilBlank, voidUse } from '../../store/stock/uses';
import { ApiError } from '../api-error';
import { mayActAtWindow } from '../printing/window-access';
import { officeDate } from '../clock';
import type { Handlers } from '../handlers';

const RECENT_USES = 100;
const RETURNED_RANGES = 50;

function found<T>(v: T | undefined): T {
  if (v === undefined) throw new ApiError('NOT_FOUND');
  return v;
}

const byOf = ({ user, at, nowMs }: { user: { username: string }; at: string; nowMs: number }): By => ({ actor: user.username, at, on: officeDate(nowMs) });

/** Holders by window number, as people name them. */
function holders(db: ReadableDB): (windowId: number | null) => string {
  const numbers = new Map(listWindows(db).map((w) => [w.id, w.number]));
  return (windowId) => holderLabel(windowId === null ? null : (numbers.get(windowId) ?? windowId));
}

const batchView = (db: ReadableDB, b: StockBatch): StockBatchView => ({ ...b, ...batchInStore(db, b) });
const useView = (u: StockUse): StockUseView => ({ ...u });

function balanceViews(db: ReadableDB, rows: readonly StockBalance[]): StockBalanceView[] {
  const holder = holders(db);
  return rows.map((b) => ({ ...b, holder: holder(b.windowId), balanced: balanceHolds(b) }));
}

function reconciliationViews(holder: (windowId: number | null) => string, rows: readonly ReconciliationRow[], total = false): ReconciliationRowView[] {
  return rows.map((r) => ({ ...r, holder: total ? '合计' : holder(r.windowId), balanced: reconciles(r) }));
}

export const stockHandlers: Pick<Handlers, 'stockOverview' | 'stockReceive' | 'stockAssign' | 'stockReturn' | 'stockSpoil' | 'stockVoid' | 'stockWindow' | 'stockReport'> = {
  stockOverview(ctx) {
    const balances = stockBalances(ctx.db);
    return {
      totals: typeTotals(balances).map((t) => ({ ...t, balanced: totalHolds(t) })),
      balances: balanceViews(ctx.db, balances),
      batches: listBatches(ctx.db).map((b) => batchView(ctx.db, b)),
      ranges: listRanges(ctx.db, { returnedLimit: RETURNED_RANGES }),
      recentUses: recentUses(ctx.db, { limit: RECENT_USES }).map(useView),
      windows: listWindows(ctx.db).map((w) => ({ id: w.id, number: w.number, name: w.name, active: w.active })),
    };
  },
  stockReceive: (ctx, call) => batchView(ctx.db, receiveBatch(ctx.db, call.body, byOf(call))),
  stockAssign: (ctx, call) => assignRange(ctx.db, call.body, byOf(call)),
  stockReturn: (ctx, call) => found(returnRange(ctx.db, call.params.id, byOf(call))),
  stockSpoil(ctx, call) {
    const { serial, ...rest } = call.body;
    // The contract admits only serials that parse.
    const parsed = parseSerial(serial)!;
    return useView(spoilBlank(ctx.db, { ...rest, prefix: parsed.prefix, serial: parsed.serial }, byOf(call)));
  },
  stockVoid(ctx, call) {
    const use = found(getUse(ctx.db, call.params.id));
    mayActAtWindow(ctx.db, call.user, use.windowId);
    const voided = found(voidUse(ctx.db, use.id, call.body.note, byOf(call)));
    if (voided.caseId !== null) ctx.events.publish({ type: 'cases.changed', caseId: voided.caseId });
    return useView(voided);
  },
  stockWindow(ctx, { params, user }): WindowStock {
    const w = found(getWindow(ctx.db, params.id));
    mayActAtWindow(ctx.db, user, w.id);
    return {
      window: { id: w.id, number: w.number, name: w.name },
      balances: balanceViews(ctx.db, stockBalances(ctx.db).filter((b) => b.windowId === w.id)),
      ranges: listRanges(ctx.db, { windowId: w.id, returnedLimit: 10 }),
      recentUses: recentUses(ctx.db, { windowId: w.id, limit: 50 }).map(useView),
    };
  },
  stockReport(ctx, { query }) {
    const report = found(monthlyReport(ctx.db, query.month) ?? undefined);
    const holder = holders(ctx.db);
    return {
      ...report,
      rows: reconciliationViews(holder, report.rows),
      totals: reconciliationViews(holder, reconciliationTotals(report.rows), true),
      batches: report.batches.map((b) => batchView(ctx.db, b)),
      uses: report.uses.map(useView),
    };
  },
};
