import { compareBalances, type StockBalance } from '../../domain/printing/ledger';
import { isQuiet, monthSpan, type ReconciliationRow } from '../../domain/printing/reconciliation';
import { SPOIL_REASONS, type SpoilReason, type StockType } from '../../domain/printing/stock';
import type { ReadableDB } from '../db';
import { prepared } from '../prepared';
import { batchesReceivedBetween, rangesMovedBetween, usesBetween, type StockBatch, type StockRange, type StockUse } from './rows';

/**
 * The ledger's figures counted from its rows for a period of office dates: flows between `first` and `last`, and
 * what each holder holds unused at the end of `last` (blanks of its ranges, or of the store's batches outside any
 * range, that no use has taken by then). Nothing here is a stored total.
 */
const EVER = '0000-01-01';
const NEVER = '9999-12-31';

interface Flows {
  received: number;
  handedIn: number;
  handedOut: number;
  printed: number;
  spoiled: Record<SpoilReason, number>;
  onHand: number;
}

type Key = `${StockType}|${number | ''}`;
const keyOf = (type: StockType, windowId: number | null): Key => `${type}|${windowId ?? ''}`;

function ledger(): { get(type: StockType, windowId: number | null): Flows; entries(): [StockType, number | null, Flows][] } {
  const rows = new Map<Key, [StockType, number | null, Flows]>();
  return {
    get(type, windowId) {
      const key = keyOf(type, windowId);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = [type, windowId, { received: 0, handedIn: 0, handedOut: 0, printed: 0, spoiled: { misprint: 0, damage: 0, loss: 0 }, onHand: 0 }]));
      return row[2];
    },
    entries: () => [...rows.values()],
  };
}

const SIZE = '(r.last_serial - r.first_serial + 1)';

/** Unused blanks each holder holds at the end of `day`; every type and holder that held any blank by then has a row. */
function onHandAt(db: ReadableDB, day: string, into: ReturnType<typeof ledger>): void {
  const received = prepared(db, 'SELECT type, sum(last_serial - first_serial + 1) AS n FROM stock_batches WHERE received_on <= ? GROUP BY type').all(day) as { type: StockType; n: number }[];
  const usedTotal = new Map((prepared(db, 'SELECT type, count(*) AS n FROM stock_uses WHERE used_on <= ? GROUP BY type').all(day) as { type: StockType; n: number }[]).map((r) => [r.type, r.n]));
  // A range counts towards its window while it is held at the end of the day; its blanks are free unless a use took them.
  const held = prepared(db, `SELECT b.type, r.window_id AS windowId,
      sum(CASE WHEN r.returned_on IS NULL OR r.returned_on > @day THEN ${SIZE} ELSE 0 END) AS size,
      sum(CASE WHEN r.returned_on IS NULL OR r.returned_on > @day
        THEN (SELECT count(*) FROM stock_uses u WHERE u.batch_id = r.batch_id AND u.serial BETWEEN r.first_serial AND r.last_serial AND u.used_on <= @day)
        ELSE 0 END) AS used
    FROM stock_ranges r JOIN stock_batches b ON b.id = r.batch_id WHERE r.assigned_on <= @day GROUP BY b.type, r.window_id`).all({ day }) as { type: StockType; windowId: number; size: number; used: number }[];
  for (const r of received) {
    const windows = held.filter((h) => h.type === r.type);
    for (const h of windows) into.get(h.type, h.windowId).onHand = h.size - h.used;
    // The store holds every received blank outside the windows' ranges that no use has taken.
    const inRanges = windows.reduce((n, h) => n + h.size, 0);
    const usedInRanges = windows.reduce((n, h) => n + h.used, 0);
    into.get(r.type, null).onHand = r.n - inRanges - ((usedTotal.get(r.type) ?? 0) - usedInRanges);
  }
}

function flowsBetween(db: ReadableDB, first: string, last: string, into: ReturnType<typeof ledger>): void {
  const span = { first, last };
  for (const r of prepared(db, 'SELECT type, sum(last_serial - first_serial + 1) AS n FROM stock_batches WHERE received_on BETWEEN @first AND @last GROUP BY type').all(span) as { type: StockType; n: number }[]) {
    into.get(r.type, null).received += r.n;
  }
  const assigned = prepared(db, `SELECT b.type, r.window_id AS windowId, sum(${SIZE}) AS n FROM stock_ranges r JOIN stock_batches b ON b.id = r.batch_id
    WHERE r.assigned_on BETWEEN @first AND @last GROUP BY b.type, r.window_id`).all(span) as { type: StockType; windowId: number; n: number }[];
  for (const r of assigned) {
    into.get(r.type, null).handedOut += r.n;
    into.get(r.type, r.windowId).handedIn += r.n;
  }
  // What a return gives back is the range less the blanks the window used from it.
  const returned = prepared(db, `SELECT b.type, r.window_id AS windowId, sum(${SIZE} - (SELECT count(*) FROM stock_uses u WHERE u.range_id = r.id)) AS n
    FROM stock_ranges r JOIN stock_batches b ON b.id = r.batch_id WHERE r.returned_on BETWEEN @first AND @last GROUP BY b.type, r.window_id`).all(span) as { type: StockType; windowId: number; n: number }[];
  for (const r of returned) {
    into.get(r.type, r.windowId).handedOut += r.n;
    into.get(r.type, null).handedIn += r.n;
  }
  const uses = prepared(db, `SELECT type, window_id AS windowId, outcome, reason, count(*) AS n FROM stock_uses
    WHERE used_on BETWEEN @first AND @last GROUP BY type, window_id, outcome, reason`).all(span) as { type: StockType; windowId: number | null; outcome: 'printed' | 'spoiled'; reason: SpoilReason | null; n: number }[];
  for (const r of uses) {
    const row = into.get(r.type, r.windowId);
    if (r.outcome === 'printed') row.printed += r.n;
    else row.spoiled[r.reason!] += r.n;
  }
}

/** Each holder's books now: received, handed in and out, printed, spoiled, and the unused blanks it holds. */
export function stockBalances(db: ReadableDB): StockBalance[] {
  const figures = ledger();
  flowsBetween(db, EVER, NEVER, figures);
  onHandAt(db, NEVER, figures);
  return figures.entries()
    .map(([type, windowId, f]): StockBalance => ({
      type, windowId, received: f.received, handedIn: f.handedIn, handedOut: f.handedOut, printed: f.printed,
      spoiled: SPOIL_REASONS.reduce((n, k) => n + f.spoiled[k], 0), onHand: f.onHand,
    }))
    .sort(compareBalances);
}

export interface MonthlyStock {
  readonly month: string;
  readonly first: string;
  readonly last: string;
  readonly rows: ReconciliationRow[];
  readonly batches: StockBatch[];
  readonly ranges: StockRange[];
  readonly uses: StockUse[];
}

/** The monthly reconciliation (月度核对): opening and closing on hand counted at the month's edges, the flows between. */
export function monthlyReport(db: ReadableDB, month: string): MonthlyStock | null {
  const span = monthSpan(month);
  if (!span) return null;
  const opening = ledger();
  onHandAt(db, span.dayBefore, opening);
  const figures = ledger();
  flowsBetween(db, span.first, span.last, figures);
  onHandAt(db, span.last, figures);
  for (const [type, windowId] of opening.entries()) figures.get(type, windowId);
  const rows = figures.entries()
    .map(([type, windowId, f]): ReconciliationRow => ({
      type, windowId, opening: opening.get(type, windowId).onHand, received: f.received, handedIn: f.handedIn, handedOut: f.handedOut,
      printed: f.printed, spoiled: f.spoiled, closing: f.onHand,
    }))
    .filter((r) => !isQuiet(r))
    .sort(compareBalances);
  return {
    month, first: span.first, last: span.last, rows,
    batches: batchesReceivedBetween(db, span.first, span.last),
    ranges: rangesMovedBetween(db, span.first, span.last),
    uses: usesBetween(db, span.first, span.last),
  };
}

/** What the store holds of one batch: how many blanks, and the lowest (where the next range to hand out starts). */
export function batchInStore(db: ReadableDB, batch: { id: number; from: number; to: number }): { inStore: number; firstInStore: number | null } {
  const held = prepared(db, `SELECT coalesce(sum(${SIZE}), 0) AS size,
      coalesce(sum((SELECT count(*) FROM stock_uses u WHERE u.batch_id = r.batch_id AND u.serial BETWEEN r.first_serial AND r.last_serial)), 0) AS used
    FROM stock_ranges r WHERE r.batch_id = ? AND r.returned_at IS NULL`).get(batch.id) as { size: number; used: number };
  const used = prepared(db, 'SELECT count(*) AS n FROM stock_uses WHERE batch_id = ?').get(batch.id) as { n: number };
  const inStore = batch.to - batch.from + 1 - held.size - (used.n - held.used);
  if (inStore === 0) return { inStore, firstInStore: null };
  // The lowest free serial is the batch's first, or follows a range's end or a used serial.
  const first = prepared(db, `SELECT min(c) AS s FROM (
      SELECT @from AS c
      UNION ALL SELECT last_serial + 1 FROM stock_ranges WHERE batch_id = @id AND returned_at IS NULL
      UNION ALL SELECT serial + 1 FROM stock_uses WHERE batch_id = @id)
    WHERE c <= @to
      AND NOT EXISTS (SELECT 1 FROM stock_ranges r WHERE r.batch_id = @id AND r.returned_at IS NULL AND c BETWEEN r.first_serial AND r.last_serial)
      AND NOT EXISTS (SELECT 1 FROM stock_uses u WHERE u.batch_id = @id AND u.serial = c)`).get({ id: batch.id, from: batch.from, to: batch.to }) as { s: number | null };
  return { inStore, firstInStore: first.s };
}
