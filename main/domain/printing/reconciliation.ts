import type { LocalDate } from '../case-types';
import { addDays, daysInMonth } from '../dates';
import { SPOIL_REASONS, STOCK_TYPES, type SpoilReason, type StockType } from './stock';

/**
 * The monthly reconciliation (月度核对) of blank certificates: per type and holder, what was on hand when the
 * month opened, what came and went, and what is on hand when it closed. Both on-hand figures are counted from the
 * ledger's rows at those dates, so `reconciles` is a real check, not an identity.
 */
export interface ReconciliationRow {
  readonly type: StockType;
  /** null: the office store (库存). */
  readonly windowId: number | null;
  readonly opening: number;
  readonly received: number;
  readonly handedIn: number;
  readonly handedOut: number;
  readonly printed: number;
  readonly spoiled: Readonly<Record<SpoilReason, number>>;
  readonly closing: number;
}

export const spoiledTotal = (r: Pick<ReconciliationRow, 'spoiled'>): number => SPOIL_REASONS.reduce((n, k) => n + r.spoiled[k], 0);

export function reconciles(r: ReconciliationRow): boolean {
  return r.closing === r.opening + r.received + r.handedIn - r.handedOut - r.printed - spoiledTotal(r);
}

/** A row with nothing on hand and nothing moving says nothing: the report leaves it out. */
export function isQuiet(r: ReconciliationRow): boolean {
  return r.opening === 0 && r.closing === 0 && r.received + r.handedIn + r.handedOut + r.printed + spoiledTotal(r) === 0;
}

/** The office's figures per type: hand-overs between holders cancel out, so they appear as equal in and out. */
export function reconciliationTotals(rows: readonly ReconciliationRow[]): ReconciliationRow[] {
  return STOCK_TYPES.flatMap((type) => {
    const of = rows.filter((r) => r.type === type);
    if (of.length === 0) return [];
    const sum = (pick: (r: ReconciliationRow) => number) => of.reduce((n, r) => n + pick(r), 0);
    const spoiled = Object.fromEntries(SPOIL_REASONS.map((k) => [k, sum((r) => r.spoiled[k])])) as Record<SpoilReason, number>;
    return [{
      type, windowId: null, opening: sum((r) => r.opening), received: sum((r) => r.received), handedIn: sum((r) => r.handedIn),
      handedOut: sum((r) => r.handedOut), printed: sum((r) => r.printed), spoiled, closing: sum((r) => r.closing),
    }];
  });
}

/** `2026-11` → its first and last day, and the day before it (when the opening figures are counted). */
export function monthSpan(month: string): { readonly first: LocalDate; readonly last: LocalDate; readonly dayBefore: LocalDate } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const mm = Number(m[2]);
  const first = `${month}-01`;
  return { first, last: `${month}-${String(daysInMonth(year, mm)).padStart(2, '0')}`, dayBefore: addDays(first, -1) };
}
