import { formatSerial, holderLabel, spanSize, type SpoilReason, type StockType } from '../../domain/printing/stock';
import type { ReadableDB } from '../db';
import { prepared } from '../prepared';

/** The ledger's rows as the app sees them: serials also as printed on the booklet, holders by window number. */
export interface StockBatch {
  readonly id: number;
  readonly type: StockType;
  readonly prefix: string;
  readonly from: number;
  readonly to: number;
  readonly digits: number;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly size: number;
  readonly receivedOn: string;
  readonly receivedBy: string;
  readonly note: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface StockRange {
  readonly id: number;
  readonly batchId: number;
  readonly type: StockType;
  readonly prefix: string;
  readonly digits: number;
  readonly from: number;
  readonly to: number;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly size: number;
  readonly windowId: number;
  readonly holder: string;
  readonly assignedOn: string;
  readonly assignedAt: string;
  readonly assignedBy: string;
  readonly returnedOn: string | null;
  readonly returnedAt: string | null;
  readonly returnedBy: string | null;
  /** Blanks consumed from this range while the window held it. */
  readonly used: number;
  /** Blanks of the range the window still holds unused (0 once returned). */
  readonly onHand: number;
}

export interface StockUse {
  readonly id: number;
  readonly batchId: number;
  readonly type: StockType;
  readonly prefix: string;
  readonly serial: number;
  readonly serialLabel: string;
  readonly windowId: number | null;
  readonly holder: string;
  readonly rangeId: number | null;
  readonly outcome: 'printed' | 'spoiled';
  readonly reason: SpoilReason | null;
  readonly note: string;
  readonly caseId: number | null;
  readonly document: string | null;
  readonly holderPosition: number | null;
  readonly certificateNumber: string | null;
  readonly archiveItemId: number | null;
  readonly sha256: string | null;
  readonly printer: string | null;
  readonly usedOn: string;
  readonly usedAt: string;
  readonly usedBy: string;
  readonly voidedOn: string | null;
  readonly voidedAt: string | null;
  readonly voidedBy: string | null;
}

interface RawBatch {
  id: number; type: StockType; prefix: string; first_serial: number; last_serial: number; digits: number;
  received_on: string; received_by: string; note: string; created_at: string; created_by: string;
}

interface RawRange {
  id: number; batch_id: number; type: StockType; prefix: string; digits: number; first_serial: number; last_serial: number;
  window_id: number; window_number: number; assigned_on: string; assigned_at: string; assigned_by: string;
  returned_on: string | null; returned_at: string | null; returned_by: string | null; used: number; in_span: number;
}

interface RawUse {
  id: number; batch_id: number; type: StockType; prefix: string; serial: number; digits: number; window_id: number | null;
  window_number: number | null; range_id: number | null; outcome: 'printed' | 'spoiled'; reason: SpoilReason | null; note: string;
  case_id: number | null; document: string | null; holder_position: number | null; certificate_number: string | null;
  archive_item_id: number | null; sha256: string | null; printer: string | null; used_on: string; used_at: string; used_by: string;
  voided_on: string | null; voided_at: string | null; voided_by: string | null;
}

function toBatch(r: RawBatch): StockBatch {
  return {
    id: r.id, type: r.type, prefix: r.prefix, from: r.first_serial, to: r.last_serial, digits: r.digits,
    fromLabel: formatSerial(r.prefix, r.first_serial, r.digits), toLabel: formatSerial(r.prefix, r.last_serial, r.digits),
    size: r.last_serial - r.first_serial + 1, receivedOn: r.received_on, receivedBy: r.received_by, note: r.note, createdAt: r.created_at, createdBy: r.created_by,
  };
}

function toRange(r: RawRange): StockRange {
  const size = spanSize({ from: r.first_serial, to: r.last_serial });
  return {
    id: r.id, batchId: r.batch_id, type: r.type, prefix: r.prefix, digits: r.digits, from: r.first_serial, to: r.last_serial,
    fromLabel: formatSerial(r.prefix, r.first_serial, r.digits), toLabel: formatSerial(r.prefix, r.last_serial, r.digits), size,
    windowId: r.window_id, holder: holderLabel(r.window_number), assignedOn: r.assigned_on, assignedAt: r.assigned_at, assignedBy: r.assigned_by,
    returnedOn: r.returned_on, returnedAt: r.returned_at, returnedBy: r.returned_by, used: r.used, onHand: r.returned_at === null ? size - r.in_span : 0,
  };
}

function toUse(r: RawUse): StockUse {
  return {
    id: r.id, batchId: r.batch_id, type: r.type, prefix: r.prefix, serial: r.serial, serialLabel: formatSerial(r.prefix, r.serial, r.digits),
    windowId: r.window_id, holder: holderLabel(r.window_number), rangeId: r.range_id, outcome: r.outcome, reason: r.reason, note: r.note,
    caseId: r.case_id, document: r.document, holderPosition: r.holder_position, certificateNumber: r.certificate_number,
    archiveItemId: r.archive_item_id, sha256: r.sha256, printer: r.printer, usedOn: r.used_on, usedAt: r.used_at, usedBy: r.used_by,
    voidedOn: r.voided_on, voidedAt: r.voided_at, voidedBy: r.voided_by,
  };
}

const BATCHES = 'SELECT * FROM stock_batches';
// `used` counts the range's own uses; `in_span` every use of a serial inside it: both are the same while it is held.
const RANGES = `SELECT r.*, b.type, b.prefix, b.digits, w.number AS window_number,
  (SELECT count(*) FROM stock_uses u WHERE u.range_id = r.id) AS used,
  (SELECT count(*) FROM stock_uses u WHERE u.batch_id = r.batch_id AND u.serial BETWEEN r.first_serial AND r.last_serial) AS in_span
  FROM stock_ranges r JOIN stock_batches b ON b.id = r.batch_id JOIN windows w ON w.id = r.window_id`;
const USES = 'SELECT u.*, b.digits, w.number AS window_number FROM stock_uses u JOIN stock_batches b ON b.id = u.batch_id LEFT JOIN windows w ON w.id = u.window_id';

export function getBatch(db: ReadableDB, id: number): StockBatch | undefined {
  const r = prepared(db, `${BATCHES} WHERE id = ?`).get(id) as RawBatch | undefined;
  return r && toBatch(r);
}

/** Newest first. */
export function listBatches(db: ReadableDB): StockBatch[] {
  return (prepared(db, `${BATCHES} ORDER BY id DESC`).all() as RawBatch[]).map(toBatch);
}

export function batchesReceivedBetween(db: ReadableDB, first: string, last: string): StockBatch[] {
  return (prepared(db, `${BATCHES} WHERE received_on BETWEEN ? AND ? ORDER BY received_on, id`).all(first, last) as RawBatch[]).map(toBatch);
}

export function getRange(db: ReadableDB, id: number): StockRange | undefined {
  const r = prepared(db, `${RANGES} WHERE r.id = ?`).get(id) as RawRange | undefined;
  return r && toRange(r);
}

/** Ranges windows hold now (of one window, or all), then the latest returned ones. */
export function listRanges(db: ReadableDB, opts: { windowId?: number; returnedLimit: number }): StockRange[] {
  const w = opts.windowId ?? null;
  const held = prepared(db, `${RANGES} WHERE r.returned_at IS NULL AND (? IS NULL OR r.window_id = ?) ORDER BY w.number, b.type, b.prefix, r.first_serial`).all(w, w) as RawRange[];
  const returned = prepared(db, `${RANGES} WHERE r.returned_at IS NOT NULL AND (? IS NULL OR r.window_id = ?) ORDER BY r.returned_at DESC, r.id DESC LIMIT ?`).all(w, w, opts.returnedLimit) as RawRange[];
  return [...held, ...returned].map(toRange);
}

/** Ranges handed out or returned in a period, in the order it happened. */
export function rangesMovedBetween(db: ReadableDB, first: string, last: string): StockRange[] {
  return (prepared(db, `${RANGES} WHERE r.assigned_on BETWEEN @first AND @last OR r.returned_on BETWEEN @first AND @last ORDER BY r.assigned_at, r.id`).all({ first, last }) as RawRange[]).map(toRange);
}

export function getUse(db: ReadableDB, id: number): StockUse | undefined {
  const r = prepared(db, `${USES} WHERE u.id = ?`).get(id) as RawUse | undefined;
  return r && toUse(r);
}

/** Every blank a case consumed (its certificates, and the misprints voided on the way). */
export function usesOfCase(db: ReadableDB, caseId: number): StockUse[] {
  return (prepared(db, `${USES} WHERE u.case_id = ? ORDER BY u.id`).all(caseId) as RawUse[]).map(toUse);
}

/** The latest uses, of one window or of the whole office (the store's own spoiled blanks included). */
export function recentUses(db: ReadableDB, opts: { windowId?: number; limit: number }): StockUse[] {
  const rows = opts.windowId === undefined
    ? prepared(db, `${USES} ORDER BY u.id DESC LIMIT ?`).all(opts.limit)
    : prepared(db, `${USES} WHERE u.window_id = ? ORDER BY u.id DESC LIMIT ?`).all(opts.windowId, opts.limit);
  return (rows as RawUse[]).map(toUse);
}

export function usesBetween(db: ReadableDB, first: string, last: string): StockUse[] {
  return (prepared(db, `${USES} WHERE u.used_on BETWEEN ? AND ? ORDER BY u.used_at, u.id`).all(first, last) as RawUse[]).map(toUse);
}
