import { z } from 'zod';
import { BLANK_SPOIL_REASONS, parseSerial, SPOIL_REASONS, STOCK_TYPES } from '../domain/printing/stock';
import { RealDateSchema } from './party';

/** The blank-certificate ledger (空白证书管理): what the manager records, and the figures counted from it. */
export const StockTypeSchema = z.enum(STOCK_TYPES);
const Count = z.number().int();
const Note = z.string().trim().max(200);
/** The serial's number: the domain says what a serial may be (non-negative, at most 12 digits), with its rule code. */
const SerialNumber = z.number().int();

export const BatchInput = z.strictObject({
  type: StockTypeSchema,
  prefix: z.string().trim().toUpperCase().max(8).default(''),
  from: SerialNumber,
  to: SerialNumber,
  /** Width of the printed number (zero-padded): 7 prints 42 as 0000042. */
  digits: z.number().int(),
  receivedOn: RealDateSchema,
  receivedBy: z.string().trim().min(1).max(30),
  note: Note.default(''),
});

export const RangeInput = z.strictObject({
  batchId: z.number().int().positive(),
  from: SerialNumber,
  to: SerialNumber,
  windowId: z.number().int().positive(),
});

export const SpoilInput = z.strictObject({
  type: StockTypeSchema,
  /** As printed on the booklet: J0012345. */
  serial: z.string().trim().min(1).max(20).refine((s) => parseSerial(s) !== null, '印制号应为 0 至 4 个大写字母加数字，如 J0012345'),
  /** Where the blank was: a window, or null for the store. */
  windowId: z.number().int().positive().nullable(),
  reason: z.enum(BLANK_SPOIL_REASONS),
  note: z.string().trim().min(2).max(200),
});

export const VoidInput = z.strictObject({ note: z.string().trim().min(2).max(200) });
export const StockIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
export const ReportQuery = z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') });

export const StockBatchView = z.object({
  id: z.number().int(),
  type: StockTypeSchema,
  prefix: z.string(),
  from: Count,
  to: Count,
  digits: Count,
  fromLabel: z.string(),
  toLabel: z.string(),
  size: Count,
  receivedOn: z.string(),
  receivedBy: z.string(),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** Blanks of this batch the store holds unused, and the lowest of them (to start the next range from). */
  inStore: Count,
  firstInStore: Count.nullable(),
});
export type StockBatchView = z.infer<typeof StockBatchView>;

export const StockRangeView = z.object({
  id: z.number().int(),
  batchId: z.number().int(),
  type: StockTypeSchema,
  from: Count,
  to: Count,
  fromLabel: z.string(),
  toLabel: z.string(),
  size: Count,
  windowId: z.number().int(),
  holder: z.string(),
  assignedOn: z.string(),
  assignedAt: z.string(),
  assignedBy: z.string(),
  returnedOn: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnedBy: z.string().nullable(),
  used: Count,
  onHand: Count,
});
export type StockRangeView = z.infer<typeof StockRangeView>;

export const StockUseView = z.object({
  id: z.number().int(),
  type: StockTypeSchema,
  serialLabel: z.string(),
  windowId: z.number().int().nullable(),
  holder: z.string(),
  outcome: z.enum(['printed', 'spoiled']),
  reason: z.enum(SPOIL_REASONS).nullable(),
  note: z.string(),
  caseId: z.number().int().nullable(),
  document: z.string().nullable(),
  holderPosition: z.number().int().nullable(),
  certificateNumber: z.string().nullable(),
  sha256: z.string().nullable(),
  printer: z.string().nullable(),
  usedOn: z.string(),
  usedAt: z.string(),
  usedBy: z.string(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
});
export type StockUseView = z.infer<typeof StockUseView>;

export const StockBalanceView = z.object({
  type: StockTypeSchema,
  windowId: z.number().int().nullable(),
  holder: z.string(),
  received: Count,
  handedIn: Count,
  handedOut: Count,
  printed: Count,
  spoiled: Count,
  onHand: Count,
  /** received + handed in − handed out = printed + spoiled + on hand, each side counted on its own. */
  balanced: z.boolean(),
});
export type StockBalanceView = z.infer<typeof StockBalanceView>;

export const StockTotalView = z.object({
  type: StockTypeSchema,
  received: Count,
  printed: Count,
  spoiled: Count,
  onHand: Count,
  /** received = printed + spoiled + on hand. */
  balanced: z.boolean(),
});
export type StockTotalView = z.infer<typeof StockTotalView>;

export const StockOverview = z.object({
  totals: z.array(StockTotalView),
  balances: z.array(StockBalanceView),
  batches: z.array(StockBatchView),
  /** Ranges the windows hold, then the latest returned ones. */
  ranges: z.array(StockRangeView),
  recentUses: z.array(StockUseView),
  windows: z.array(z.object({ id: z.number().int(), number: z.number().int(), name: z.string(), active: z.boolean() })),
});
export type StockOverview = z.infer<typeof StockOverview>;

/** One window's blanks: for the registrar at it, and for voiding its misprints. */
export const WindowStock = z.object({
  window: z.object({ id: z.number().int(), number: z.number().int(), name: z.string() }),
  balances: z.array(StockBalanceView),
  ranges: z.array(StockRangeView),
  recentUses: z.array(StockUseView),
});
export type WindowStock = z.infer<typeof WindowStock>;

export const ReconciliationRowView = z.object({
  type: StockTypeSchema,
  windowId: z.number().int().nullable(),
  holder: z.string(),
  opening: Count,
  received: Count,
  handedIn: Count,
  handedOut: Count,
  printed: Count,
  spoiled: z.object({ misprint: Count, damage: Count, loss: Count }),
  closing: Count,
  /** closing = opening + received + handed in − handed out − printed − spoiled, both ends counted from the rows. */
  balanced: z.boolean(),
});
export type ReconciliationRowView = z.infer<typeof ReconciliationRowView>;

/** The monthly reconciliation (月度核对) as data: the screen, the Excel file and the PDF all render this. */
export const MonthlyStockReport = z.object({
  month: z.string(),
  first: z.string(),
  last: z.string(),
  rows: z.array(ReconciliationRowView),
  /** Per type, all holders together (hand-overs between them cancel out). */
  totals: z.array(ReconciliationRowView),
  batches: z.array(StockBatchView),
  ranges: z.array(StockRangeView),
  uses: z.array(StockUseView),
});
export type MonthlyStockReport = z.infer<typeof MonthlyStockReport>;
