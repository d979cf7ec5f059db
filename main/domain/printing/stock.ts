import type { Violation } from '../case-types';
import { RULES, violation } from '../rule-codes';

/**
 * Blank certificates are controlled stock (domain.md, Certificate numbers): each booklet carries a
 * pre-printed serial (印制号). A reissued 结婚证 or 离婚证 is printed on marriage or divorce stock.
 */
export const STOCK_TYPES = ['marriage', 'divorce', 'adoption', 'adoption_dissolution'] as const;
export type StockType = (typeof STOCK_TYPES)[number];

export const STOCK_TYPE_LABELS: Readonly<Record<StockType, string>> = {
  marriage: '结婚证',
  divorce: '离婚证',
  adoption: '收养登记证',
  adoption_dissolution: '解除收养关系证明',
};

/** A misprint is a printed certificate voided (作废); damage and loss befall unused blanks. */
export const SPOIL_REASONS = ['misprint', 'damage', 'loss'] as const;
export type SpoilReason = (typeof SPOIL_REASONS)[number];
export const BLANK_SPOIL_REASONS = ['damage', 'loss'] as const satisfies readonly SpoilReason[];

export const SPOIL_REASON_LABELS: Readonly<Record<SpoilReason, string>> = { misprint: '打印错误（作废）', damage: '损坏', loss: '遗失' };

export const MAX_PREFIX_LENGTH = 4;
export const MAX_DIGITS = 12;
/** A batch past this size is a typing error, not a delivery from the printing works. */
export const MAX_BATCH_SIZE = 1_000_000;

/** A batch's serials: `{prefix}{serial zero-padded to digits}`, from `from` to `to` inclusive. */
export interface SerialSpan {
  readonly prefix: string;
  readonly from: number;
  readonly to: number;
}

export interface BatchSpec extends SerialSpan {
  readonly type: StockType;
  readonly digits: number;
}

const PREFIX = new RegExp(`^[A-Z]{0,${MAX_PREFIX_LENGTH}}$`);
const SERIAL_TEXT = new RegExp(`^([A-Z]{0,${MAX_PREFIX_LENGTH}})(\\d{1,${MAX_DIGITS}})$`);

/** The serial as printed on the booklet: `formatSerial('J', 42, 7)` is `J0000042`. */
export function formatSerial(prefix: string, serial: number, digits: number): string {
  return `${prefix}${String(serial).padStart(digits, '0')}`;
}

/** A serial as a person reads it off a booklet (`J0000042`, `j 42`): its prefix and number; null if it is not one. */
export function parseSerial(text: string): { readonly prefix: string; readonly serial: number } | null {
  const m = SERIAL_TEXT.exec(text.replace(/\s+/g, '').toUpperCase());
  return m ? { prefix: m[1]!, serial: Number(m[2]) } : null;
}

export const spanSize = (s: { readonly from: number; readonly to: number }): number => s.to - s.from + 1;

export function spansOverlap(a: SerialSpan, b: SerialSpan): boolean {
  return a.prefix === b.prefix && a.from <= b.to && b.from <= a.to;
}

export function spanContains(outer: SerialSpan, inner: SerialSpan): boolean {
  return outer.prefix === inner.prefix && outer.from <= inner.from && inner.to <= outer.to;
}

const isSerial = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && String(n).length <= MAX_DIGITS;

/** A range's own shape: whole numbers, not reversed. Where it lies (one batch, blanks on hand) is checked against the ledger. */
export function spanViolations(s: { readonly from: number; readonly to: number }): Violation[] {
  const out: Violation[] = [];
  if (!isSerial(s.from)) out.push(violation('STOCK_SERIAL_INVALID', 'from'));
  if (!isSerial(s.to)) out.push(violation('STOCK_SERIAL_INVALID', 'to'));
  if (out.length === 0 && s.to < s.from) out.push(violation('STOCK_SPAN_REVERSED', 'to', `起号 ${s.from}，止号 ${s.to}`));
  return out;
}

/** The spec of a batch on its own (its overlap with batches already received is the store's check). */
export function batchViolations(b: BatchSpec): Violation[] {
  const out: Violation[] = [];
  if (!PREFIX.test(b.prefix)) out.push(violation('STOCK_PREFIX_INVALID', 'prefix'));
  const digitsValid = Number.isInteger(b.digits) && b.digits >= 1 && b.digits <= MAX_DIGITS;
  if (!digitsValid) out.push(violation('STOCK_DIGITS_INVALID', 'digits', `应为 1 至 ${MAX_DIGITS} 位`));
  const span = spanViolations(b);
  out.push(...span);
  if (span.length > 0) return out;
  if (spanSize(b) > MAX_BATCH_SIZE) out.push(violation('STOCK_BATCH_TOO_LARGE', 'to', `${spanSize(b)} 本，上限 ${MAX_BATCH_SIZE} 本`));
  if (digitsValid && String(b.to).length > b.digits) out.push(violation('STOCK_DIGITS_INVALID', 'digits', `止号 ${b.to} 超过 ${b.digits} 位`));
  return out;
}

/** The refusal when a window has no blank of the type it must print on: the message names the certificate. */
export function stockEmpty(type: StockType, field = 'window'): Violation {
  return { code: 'CERT_STOCK_EMPTY', field, message: RULES.CERT_STOCK_EMPTY.message.replace('空白证书', `空白${STOCK_TYPE_LABELS[type]}`) };
}

/** Who holds blanks: the office store (库存, kept by the manager) or a window by its number. */
export function holderLabel(windowNumber: number | null): string {
  return windowNumber === null ? '库存' : `${windowNumber} 号窗口`;
}
