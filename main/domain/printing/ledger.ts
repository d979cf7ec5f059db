import type { Violation } from '../case-types';
import { violation } from '../rule-codes';
import {
  batchViolations, spanContains, spanSize, spansOverlap, spanViolations, stockEmpty, STOCK_TYPES,
  type BatchSpec, type SpoilReason, type StockType,
} from './stock';

/**
 * The blank-certificate ledger's arithmetic, and an in-memory reference model of the whole ledger that the
 * property test runs beside the SQLite store. Holders are the office store (windowId null, 库存) and windows.
 */
export interface StockBalance {
  readonly type: StockType;
  /** null: the office store (库存). */
  readonly windowId: number | null;
  /** Batches received from the printing works (the store only). */
  readonly received: number;
  /** Blanks that came from another holder: ranges handed to a window, unused blanks returned to the store. */
  readonly handedIn: number;
  readonly handedOut: number;
  readonly printed: number;
  /** Voided prints (misprints) and blanks damaged or lost. */
  readonly spoiled: number;
  /** Counted from the blanks the holder holds and no use has consumed, never as a difference of the others. */
  readonly onHand: number;
}

/** A holder's books balance: what came in, less what went out, is what was used or is still there. */
export function balanceHolds(b: StockBalance): boolean {
  return b.received + b.handedIn - b.handedOut === b.printed + b.spoiled + b.onHand;
}

export interface StockTypeTotal {
  readonly type: StockType;
  readonly received: number;
  readonly printed: number;
  readonly spoiled: number;
  readonly onHand: number;
}

/** The office's totals per type (hand-overs cancel out): received = printed + spoiled + on hand must hold. */
export function typeTotals(rows: readonly StockBalance[]): StockTypeTotal[] {
  return STOCK_TYPES.flatMap((type) => {
    const of = rows.filter((r) => r.type === type);
    if (of.length === 0) return [];
    const sum = (k: 'received' | 'printed' | 'spoiled' | 'onHand') => of.reduce((s, r) => s + r[k], 0);
    return [{ type, received: sum('received'), printed: sum('printed'), spoiled: sum('spoiled'), onHand: sum('onHand') }];
  });
}

export const totalHolds = (t: StockTypeTotal): boolean => t.received === t.printed + t.spoiled + t.onHand;

/** Store first, then windows by id; types in their listed order. */
export function compareBalances(a: Pick<StockBalance, 'type' | 'windowId'>, b: Pick<StockBalance, 'type' | 'windowId'>): number {
  return STOCK_TYPES.indexOf(a.type) - STOCK_TYPES.indexOf(b.type) || (a.windowId ?? 0) - (b.windowId ?? 0);
}

export type LedgerResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly violations: readonly Violation[] };

const returnedOf = (ranges: readonly { returned: number | null }[]): number => ranges.reduce((n, r) => n + (r.returned ?? 0), 0);

const refused = (...violations: Violation[]): LedgerResult<never> => ({ ok: false, violations });
const done = <T>(value: T): LedgerResult<T> => ({ ok: true, value });

interface ModelBatch extends BatchSpec {
  readonly id: number;
}
interface ModelRange {
  readonly id: number;
  readonly batch: ModelBatch;
  readonly from: number;
  readonly to: number;
  readonly windowId: number;
  /** Blanks that went back to the store, counted at the moment of return; null while the window holds it. */
  returned: number | null;
}
interface ModelUse {
  readonly id: number;
  readonly batch: ModelBatch;
  readonly serial: number;
  readonly windowId: number | null;
  outcome: 'printed' | 'spoiled';
  reason: SpoilReason | null;
}

/**
 * The ledger as sets of serials, written for obviousness, not speed: the property test checks the store against it.
 * Refusals carry the same rule codes as the store's.
 */
export class LedgerModel {
  private readonly batches: ModelBatch[] = [];
  private readonly ranges: ModelRange[] = [];
  private readonly uses: ModelUse[] = [];

  receive(spec: BatchSpec): LedgerResult<number> {
    const bad = batchViolations(spec);
    if (bad.length > 0) return refused(...bad);
    if (this.batches.some((b) => b.type === spec.type && spansOverlap(b, spec))) return refused(violation('STOCK_BATCH_OVERLAP', 'from'));
    const id = this.batches.length + 1;
    this.batches.push({ ...spec, id });
    return done(id);
  }

  assign(input: { batchId: number; from: number; to: number; windowId: number }): LedgerResult<number> {
    const bad = spanViolations(input);
    if (bad.length > 0) return refused(...bad);
    const batch = this.batches[input.batchId - 1];
    if (!batch || !spanContains(batch, { ...input, prefix: batch.prefix })) return refused(violation('STOCK_RANGE_OUTSIDE_BATCH', 'from'));
    for (let s = input.from; s <= input.to; s++) {
      if (this.holderOf(batch, s) !== null || this.useOf(batch, s)) return refused(violation('STOCK_NOT_ON_HAND', 'from'));
    }
    const id = this.ranges.length + 1;
    this.ranges.push({ id, batch, from: input.from, to: input.to, windowId: input.windowId, returned: null });
    return done(id);
  }

  returnRange(rangeId: number): LedgerResult<number> {
    const range = this.ranges[rangeId - 1];
    if (!range) throw new Error(`no range ${rangeId}`);
    if (range.returned !== null) return refused(violation('STOCK_RANGE_RETURNED', 'range'));
    let unused = 0;
    for (let s = range.from; s <= range.to; s++) if (!this.useOf(range.batch, s)) unused++;
    range.returned = unused;
    return done(unused);
  }

  /** The lowest unused serial the window holds: booklets of the alphabetically first prefix first. */
  consume(type: StockType, windowId: number): LedgerResult<{ useId: number; batchId: number; serial: number }> {
    let best: { batch: ModelBatch; serial: number } | null = null;
    for (const r of this.ranges) {
      if (r.returned !== null || r.windowId !== windowId || r.batch.type !== type) continue;
      for (let s = r.from; s <= r.to; s++) {
        if (this.useOf(r.batch, s)) continue;
        if (!best || r.batch.prefix < best.batch.prefix || (r.batch.prefix === best.batch.prefix && s < best.serial)) best = { batch: r.batch, serial: s };
        break;
      }
    }
    if (!best) return refused(stockEmpty(type));
    const useId = this.addUse(best.batch, best.serial, windowId, 'printed', null);
    return done({ useId, batchId: best.batch.id, serial: best.serial });
  }

  spoil(input: { type: StockType; prefix: string; serial: number; windowId: number | null; reason: 'damage' | 'loss' }): LedgerResult<number> {
    const batch = this.batches.find((b) => b.type === input.type && spanContains(b, { prefix: input.prefix, from: input.serial, to: input.serial }));
    if (!batch) return refused(violation('STOCK_SERIAL_UNKNOWN', 'serial'));
    if (this.useOf(batch, input.serial) || this.holderOf(batch, input.serial) !== input.windowId) return refused(violation('STOCK_BLANK_NOT_HERE', 'serial'));
    return done(this.addUse(batch, input.serial, input.windowId, 'spoiled', input.reason));
  }

  void(useId: number): LedgerResult<number> {
    const use = this.uses[useId - 1];
    if (!use) throw new Error(`no use ${useId}`);
    if (use.outcome !== 'printed') return refused(violation('STOCK_USE_NOT_PRINTED', 'use'));
    use.outcome = 'spoiled';
    use.reason = 'misprint';
    return done(useId);
  }

  /** Every holder that ever held blanks of a type, with its figures. */
  balances(): StockBalance[] {
    const rows: StockBalance[] = [];
    for (const type of STOCK_TYPES) {
      const batches = this.batches.filter((b) => b.type === type);
      if (batches.length === 0) continue;
      const ranges = this.ranges.filter((r) => r.batch.type === type);
      const holders = [null, ...new Set(ranges.map((r) => r.windowId))];
      const size = (spans: readonly { from: number; to: number }[]) => spans.reduce((n, x) => n + spanSize(x), 0);
      for (const windowId of holders) {
        const mine = ranges.filter((r) => r.windowId === windowId);
        const used = this.uses.filter((u) => u.batch.type === type && u.windowId === windowId);
        let onHand = 0;
        for (const b of batches) for (let s = b.from; s <= b.to; s++) if (this.holderOf(b, s) === windowId && !this.useOf(b, s)) onHand++;
        rows.push({
          type,
          windowId,
          received: windowId === null ? size(batches) : 0,
          handedIn: windowId === null ? returnedOf(ranges) : size(mine),
          handedOut: windowId === null ? size(ranges) : returnedOf(mine),
          printed: used.filter((u) => u.outcome === 'printed').length,
          spoiled: used.filter((u) => u.outcome === 'spoiled').length,
          onHand,
        });
      }
    }
    return rows.sort(compareBalances);
  }

  /** Every use as (type, prefix, serial, outcome, reason), for comparing with the store's rows. */
  useRows(): { type: StockType; prefix: string; serial: number; windowId: number | null; outcome: string; reason: SpoilReason | null }[] {
    return this.uses.map((u) => ({ type: u.batch.type, prefix: u.batch.prefix, serial: u.serial, windowId: u.windowId, outcome: u.outcome, reason: u.reason }));
  }

  /** The window holding a serial through a range it has not returned; null for the store. */
  private holderOf(batch: ModelBatch, serial: number): number | null {
    return this.ranges.find((r) => r.returned === null && r.batch === batch && r.from <= serial && serial <= r.to)?.windowId ?? null;
  }

  private useOf(batch: ModelBatch, serial: number): ModelUse | undefined {
    return this.uses.find((u) => u.batch === batch && u.serial === serial);
  }

  private addUse(batch: ModelBatch, serial: number, windowId: number | null, outcome: 'printed' | 'spoiled', reason: SpoilReason | null): number {
    const id = this.uses.length + 1;
    this.uses.push({ id, batch, serial, windowId, outcome, reason });
    return id;
  }
}
