import { violation } from '../../domain/rule-codes';
import { batchViolations, formatSerial, spanContains, spanViolations, type StockType } from '../../domain/printing/stock';
import { appendAudit } from '../audit';
import type { By } from '../cases';
import type { ReadableDB, WritableDB } from '../db';
import { prepared } from '../prepared';
import { RuleRefusal, refuseIf } from '../registrations/context';
import { getBatch, getRange, type StockBatch, type StockRange } from './rows';

/** Blanks move from the printing works into the store, from the store to windows, and back; each move audited. */
export interface BatchInput {
  readonly type: StockType;
  readonly prefix: string;
  readonly from: number;
  readonly to: number;
  readonly digits: number;
  /** The day the booklets arrived, and who took them in (may differ from who records it). */
  readonly receivedOn: string;
  readonly receivedBy: string;
  readonly note: string;
}

export function receiveBatch(db: WritableDB, input: BatchInput, by: By): StockBatch {
  return db.transaction(() => {
    refuseIf(batchViolations(input));
    if (input.receivedOn > by.on) throw new RuleRefusal([violation('STOCK_DATE_FUTURE', 'receivedOn', `今天是 ${by.on}`)]);
    const clash = prepared(db, 'SELECT prefix, first_serial, last_serial, digits FROM stock_batches WHERE type = ? AND prefix = ? AND first_serial <= ? AND ? <= last_serial LIMIT 1')
      .get(input.type, input.prefix, input.to, input.from) as { prefix: string; first_serial: number; last_serial: number; digits: number } | undefined;
    if (clash) {
      const span = `${formatSerial(clash.prefix, clash.first_serial, clash.digits)}–${formatSerial(clash.prefix, clash.last_serial, clash.digits)}`;
      throw new RuleRefusal([violation('STOCK_BATCH_OVERLAP', 'from', `已入库 ${span}`)]);
    }
    const id = Number(prepared(db, `INSERT INTO stock_batches (type, prefix, first_serial, last_serial, digits, received_on, received_by, note, created_at, created_by)
      VALUES (@type, @prefix, @from, @to, @digits, @receivedOn, @receivedBy, @note, @at, @actor)`).run({ ...input, at: by.at, actor: by.actor }).lastInsertRowid);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'stock.receive', subject: `stock-batch:${id}`, detail: { ...input } });
    return getBatch(db, id)!;
  }).immediate();
}

/** The first blank of the span that the store does not hold unused: in a window's range, or consumed. */
function firstNotInStore(db: ReadableDB, batchId: number, from: number, to: number): number | null {
  const held = prepared(db, 'SELECT max(first_serial, ?) AS s FROM stock_ranges WHERE batch_id = ? AND returned_at IS NULL AND first_serial <= ? AND ? <= last_serial ORDER BY first_serial LIMIT 1')
    .get(from, batchId, to, from) as { s: number } | undefined;
  const used = prepared(db, 'SELECT serial AS s FROM stock_uses WHERE batch_id = ? AND serial BETWEEN ? AND ? ORDER BY serial LIMIT 1').get(batchId, from, to) as { s: number } | undefined;
  const found = [held?.s, used?.s].filter((s): s is number => s !== undefined);
  return found.length === 0 ? null : Math.min(...found);
}

export interface RangeInput {
  readonly batchId: number;
  readonly from: number;
  readonly to: number;
  readonly windowId: number;
}

/** The manager hands a window a range of one batch; every blank in it must be in the store, unused. */
export function assignRange(db: WritableDB, input: RangeInput, by: By): StockRange {
  return db.transaction(() => {
    refuseIf(spanViolations(input));
    const batch = getBatch(db, input.batchId);
    if (!batch || !spanContains(batch, { ...input, prefix: batch.prefix })) {
      throw new RuleRefusal([violation('STOCK_RANGE_OUTSIDE_BATCH', 'from', batch ? `该批次为 ${batch.fromLabel}–${batch.toLabel}` : '没有该批次')]);
    }
    if (!prepared(db, 'SELECT 1 FROM windows WHERE id = ? AND active = 1').get(input.windowId)) throw new RuleRefusal([violation('STOCK_WINDOW_UNKNOWN', 'windowId')]);
    const taken = firstNotInStore(db, input.batchId, input.from, input.to);
    if (taken !== null) throw new RuleRefusal([violation('STOCK_NOT_ON_HAND', 'from', `${formatSerial(batch.prefix, taken, batch.digits)} 不在库存`)]);
    const id = Number(prepared(db, `INSERT INTO stock_ranges (batch_id, first_serial, last_serial, window_id, assigned_on, assigned_at, assigned_by)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(input.batchId, input.from, input.to, input.windowId, by.on, by.at, by.actor).lastInsertRowid);
    const range = getRange(db, id)!;
    appendAudit(db, {
      at: by.at, actor: by.actor, action: 'stock.assign', subject: `stock-range:${id}`,
      detail: { type: range.type, from: range.fromLabel, to: range.toLabel, size: range.size, windowId: input.windowId },
    });
    return range;
  }).immediate();
}

/** A window gives a range back: its unused blanks return to the store; those it used stay on its books. */
export function returnRange(db: WritableDB, rangeId: number, by: By): StockRange | undefined {
  return db.transaction(() => {
    const before = getRange(db, rangeId);
    if (!before) return undefined;
    if (before.returnedAt !== null) throw new RuleRefusal([violation('STOCK_RANGE_RETURNED', 'range', `已于 ${before.returnedOn} 交回`)]);
    prepared(db, 'UPDATE stock_ranges SET returned_on = ?, returned_at = ?, returned_by = ? WHERE id = ?').run(by.on, by.at, by.actor, rangeId);
    appendAudit(db, {
      at: by.at, actor: by.actor, action: 'stock.return', subject: `stock-range:${rangeId}`,
      detail: { type: before.type, from: before.fromLabel, to: before.toLabel, windowId: before.windowId, returned: before.onHand, used: before.used },
    });
    return getRange(db, rangeId);
  }).immediate();
}
