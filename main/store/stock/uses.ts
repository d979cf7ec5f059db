import { violation } from '../../domain/rule-codes';
import { formatSerial, stockEmpty, type StockType } from '../../domain/printing/stock';
import type { DocumentId } from '../../domain/printing/documents';
import { appendAudit } from '../audit';
import type { By } from '../cases';
import type { WritableDB } from '../db';
import { prepared } from '../prepared';
import { RuleRefusal } from '../registrations/context';
import { getUse, type StockUse } from './rows';

/** Each blank is consumed once: printed with the certificate it carries, or spoiled with a reason. */
export interface ConsumeInput {
  readonly type: StockType;
  readonly windowId: number;
  readonly caseId: number;
  readonly document: DocumentId;
  /** The party whose copy it is (each party of a marriage or divorce holds one); null for a single certificate. */
  readonly holderPosition: number | null;
  readonly certificateNumber: string;
  readonly archiveItemId: number | null;
  readonly sha256: string;
  readonly printer: string;
  readonly at: string;
  /** The office date of the print: the monthly reconciliation counts by it. */
  readonly on: string;
  readonly actor: string;
}

interface HeldRange {
  id: number;
  batch_id: number;
  prefix: string;
  digits: number;
  first_serial: number;
  last_serial: number;
}

/** The lowest serial in the range that no use has taken, or null when the range is used up. */
function lowestUnused(db: WritableDB, r: HeldRange): number | null {
  const found = prepared(db, `SELECT CASE
      WHEN NOT EXISTS (SELECT 1 FROM stock_uses WHERE batch_id = @b AND serial = @first) THEN @first
      ELSE (SELECT min(u.serial) + 1 FROM stock_uses u WHERE u.batch_id = @b AND u.serial BETWEEN @first AND @last - 1
            AND NOT EXISTS (SELECT 1 FROM stock_uses v WHERE v.batch_id = @b AND v.serial = u.serial + 1))
    END AS s`).get({ b: r.batch_id, first: r.first_serial, last: r.last_serial }) as { s: number | null };
  return found.s;
}

/**
 * Takes the next blank at the window for a certificate: the lowest unused serial of the type among the ranges the
 * window holds (booklets of the alphabetically first prefix first). Call it inside the transaction that files the
 * printed PDF; CERT_STOCK_EMPTY when the window holds none.
 */
export function consumeBlank(db: WritableDB, input: ConsumeInput): { useId: number; serial: string } {
  return db.transaction(() => {
    const ranges = prepared(db, `SELECT r.id, r.batch_id, b.prefix, b.digits, r.first_serial, r.last_serial
      FROM stock_ranges r JOIN stock_batches b ON b.id = r.batch_id
      WHERE r.window_id = ? AND r.returned_at IS NULL AND b.type = ? ORDER BY b.prefix, r.first_serial`).all(input.windowId, input.type) as HeldRange[];
    for (const r of ranges) {
      const serial = lowestUnused(db, r);
      if (serial === null) continue;
      const useId = Number(prepared(db, `INSERT INTO stock_uses (batch_id, type, prefix, serial, window_id, range_id, outcome, case_id, document,
          holder_position, certificate_number, archive_item_id, sha256, printer, used_on, used_at, used_by)
        VALUES (@batchId, @type, @prefix, @serial, @windowId, @rangeId, 'printed', @caseId, @document, @holderPosition, @certificateNumber,
          @archiveItemId, @sha256, @printer, @on, @at, @actor)`).run({ ...input, batchId: r.batch_id, prefix: r.prefix, serial, rangeId: r.id }).lastInsertRowid);
      const label = formatSerial(r.prefix, serial, r.digits);
      appendAudit(db, {
        at: input.at, actor: input.actor, action: 'stock.print', subject: `stock-use:${useId}`,
        detail: { type: input.type, serial: label, windowId: input.windowId, caseId: input.caseId, document: input.document, holderPosition: input.holderPosition, certificateNumber: input.certificateNumber, sha256: input.sha256 },
      });
      return { useId, serial: label };
    }
    throw new RuleRefusal([stockEmpty(input.type)]);
  }).immediate();
}

export interface SpoilInput {
  readonly type: StockType;
  readonly prefix: string;
  readonly serial: number;
  /** Where the blank is said to be: a window, or null for the store. */
  readonly windowId: number | null;
  readonly reason: 'damage' | 'loss';
  readonly note: string;
}

function requireNote(note: string): void {
  if (note.trim().length < 2) throw new RuleRefusal([violation('STOCK_NOTE_REQUIRED', 'note')]);
}

/** An unused blank damaged or lost, in the store or at a window: it leaves the stock with its reason. */
export function spoilBlank(db: WritableDB, input: SpoilInput, by: By): StockUse {
  return db.transaction(() => {
    requireNote(input.note);
    const batch = prepared(db, 'SELECT id, digits FROM stock_batches WHERE type = ? AND prefix = ? AND first_serial <= ? AND ? <= last_serial')
      .get(input.type, input.prefix, input.serial, input.serial) as { id: number; digits: number } | undefined;
    if (!batch) throw new RuleRefusal([violation('STOCK_SERIAL_UNKNOWN', 'serial')]);
    const label = formatSerial(input.prefix, input.serial, batch.digits);
    const range = prepared(db, 'SELECT id, window_id FROM stock_ranges WHERE batch_id = ? AND returned_at IS NULL AND first_serial <= ? AND ? <= last_serial')
      .get(batch.id, input.serial, input.serial) as { id: number; window_id: number } | undefined;
    const used = prepared(db, 'SELECT 1 FROM stock_uses WHERE batch_id = ? AND serial = ?').get(batch.id, input.serial);
    if (used || (range?.window_id ?? null) !== input.windowId) throw new RuleRefusal([violation('STOCK_BLANK_NOT_HERE', 'serial', label)]);
    const id = Number(prepared(db, `INSERT INTO stock_uses (batch_id, type, prefix, serial, window_id, range_id, outcome, reason, note, used_on, used_at, used_by)
      VALUES (?, ?, ?, ?, ?, ?, 'spoiled', ?, ?, ?, ?, ?)`)
      .run(batch.id, input.type, input.prefix, input.serial, input.windowId, range?.id ?? null, input.reason, input.note.trim(), by.on, by.at, by.actor).lastInsertRowid);
    appendAudit(db, {
      at: by.at, actor: by.actor, action: 'stock.spoil', subject: `stock-use:${id}`,
      detail: { type: input.type, serial: label, windowId: input.windowId, reason: input.reason, note: input.note.trim() },
    });
    return getUse(db, id)!;
  }).immediate();
}

/**
 * A printed certificate voided (作废): its blank becomes a misprint, with the note saying why. The certificate
 * details stay on the row, so the void is traceable to the case. Works inside the caller's transaction (a reprint).
 */
export function voidUse(db: WritableDB, useId: number, note: string, by: By): StockUse | undefined {
  return db.transaction(() => {
    const before = getUse(db, useId);
    if (!before) return undefined;
    if (before.outcome !== 'printed') throw new RuleRefusal([violation('STOCK_USE_NOT_PRINTED', 'use', `${before.serialLabel} 已记为作废或损坏遗失`)]);
    requireNote(note);
    prepared(db, "UPDATE stock_uses SET outcome = 'spoiled', reason = 'misprint', note = ?, voided_on = ?, voided_at = ?, voided_by = ? WHERE id = ?")
      .run(note.trim(), by.on, by.at, by.actor, useId);
    appendAudit(db, {
      at: by.at, actor: by.actor, action: 'stock.void', subject: `stock-use:${useId}`,
      detail: { type: before.type, serial: before.serialLabel, caseId: before.caseId, certificateNumber: before.certificateNumber, note: note.trim() },
    });
    return getUse(db, useId);
  }).immediate();
}
