import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceHolds, LedgerModel, totalHolds, typeTotals, type StockBalance } from '../../../main/domain/printing/ledger';
import { isQuiet, monthSpan, reconciles, reconciliationTotals, type ReconciliationRow } from '../../../main/domain/printing/reconciliation';
import {
  batchViolations, formatSerial, holderLabel, MAX_BATCH_SIZE, parseSerial, spanContains, spansOverlap, spanViolations, stockEmpty, STOCK_TYPE_LABELS, STOCK_TYPES,
} from '../../../main/domain/printing/stock';

const codes = (vs: readonly { code: string; field: string }[]) => vs.map((v) => `${v.code}@${v.field}`);
const batch = { type: 'marriage' as const, prefix: 'J', from: 1, to: 1000, digits: 7 };

describe('stock types and serials', () => {
  it('labels the four certificates in Chinese', () => {
    expect(STOCK_TYPES.map((t) => STOCK_TYPE_LABELS[t])).toEqual(['结婚证', '离婚证', '收养登记证', '解除收养关系证明']);
    expect(holderLabel(null)).toBe('库存');
    expect(holderLabel(3)).toBe('3 号窗口');
  });

  it('prints a serial zero-padded to the batch width, and never cuts a longer number', () => {
    expect(formatSerial('J', 42, 7)).toBe('J0000042');
    expect(formatSerial('', 0, 1)).toBe('0');
    expect(formatSerial('AB', 123, 2)).toBe('AB123');
  });

  it('reads a serial as a person types it off the booklet', () => {
    expect(parseSerial('J0000042')).toEqual({ prefix: 'J', serial: 42 });
    expect(parseSerial(' j 0042 ')).toEqual({ prefix: 'J', serial: 42 });
    expect(parseSerial('0012')).toEqual({ prefix: '', serial: 12 });
    expect(parseSerial('ABCD999999999999')).toEqual({ prefix: 'ABCD', serial: 999_999_999_999 });
    for (const bad of ['', 'J', 'ABCDE1', 'J-12', 'J12A', '1234567890123', '结婚12']) expect(parseSerial(bad), bad).toBeNull();
  });

  it('reads back every serial it prints (property)', () => {
    fc.assert(fc.property(
      fc.stringMatching(/^[A-Z]{0,4}$/), fc.integer({ min: 0, max: 999_999_999_999 }), fc.integer({ min: 1, max: 12 }),
      (prefix, serial, digits) => {
        expect(parseSerial(formatSerial(prefix, serial, digits))).toEqual({ prefix, serial });
      },
    ));
  });

  it('never reads a string that is not prefix letters then digits (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => {
      const parsed = parseSerial(s);
      if (parsed) expect(s.replace(/\s+/g, '').toUpperCase()).toMatch(/^[A-Z]{0,4}\d{1,12}$/);
    }));
  });

  it('tells overlapping and containing spans apart by prefix and bounds', () => {
    expect(spansOverlap({ prefix: 'J', from: 1, to: 10 }, { prefix: 'J', from: 10, to: 20 })).toBe(true);
    expect(spansOverlap({ prefix: 'J', from: 1, to: 10 }, { prefix: 'J', from: 11, to: 20 })).toBe(false);
    expect(spansOverlap({ prefix: 'J', from: 1, to: 10 }, { prefix: 'L', from: 1, to: 10 })).toBe(false);
    expect(spanContains({ prefix: 'J', from: 1, to: 10 }, { prefix: 'J', from: 1, to: 10 })).toBe(true);
    expect(spanContains({ prefix: 'J', from: 1, to: 10 }, { prefix: 'J', from: 2, to: 11 })).toBe(false);
  });
});

describe('a batch and a range on their own', () => {
  it('accepts a prefix of 0 to 4 capital letters, not 5 or a digit', () => {
    expect(batchViolations({ ...batch, prefix: '' })).toEqual([]);
    expect(batchViolations({ ...batch, prefix: 'ABCD' })).toEqual([]);
    expect(codes(batchViolations({ ...batch, prefix: 'ABCDE' }))).toEqual(['STOCK_PREFIX_INVALID@prefix']);
    expect(codes(batchViolations({ ...batch, prefix: 'J1' }))).toEqual(['STOCK_PREFIX_INVALID@prefix']);
    expect(codes(batchViolations({ ...batch, prefix: 'j' }))).toEqual(['STOCK_PREFIX_INVALID@prefix']);
  });

  it('accepts 1 to 12 digits, and a last serial that fits them: 9999999 in 7, not 10000000', () => {
    expect(batchViolations({ ...batch, from: 1, to: 9, digits: 1 })).toEqual([]);
    expect(batchViolations({ ...batch, from: 999_999_000_000, to: 999_999_999_999, digits: 12 })).toEqual([]);
    expect(codes(batchViolations({ ...batch, digits: 0 }))).toEqual(['STOCK_DIGITS_INVALID@digits']);
    expect(codes(batchViolations({ ...batch, digits: 13 }))).toEqual(['STOCK_DIGITS_INVALID@digits']);
    expect(batchViolations({ ...batch, from: 9_999_000, to: 9_999_999, digits: 7 })).toEqual([]);
    expect(batchViolations({ ...batch, from: 9_999_000, to: 10_000_000, digits: 7 })[0]).toMatchObject({ code: 'STOCK_DIGITS_INVALID', message: expect.stringContaining('止号 10000000 超过 7 位') });
  });

  it('takes a single booklet (from = to), refuses a reversed span, negative or fractional serials, and a batch past the limit', () => {
    expect(batchViolations({ ...batch, from: 5, to: 5 })).toEqual([]);
    expect(codes(batchViolations({ ...batch, from: 5, to: 4 }))).toEqual(['STOCK_SPAN_REVERSED@to']);
    expect(codes(batchViolations({ ...batch, from: -1 }))).toEqual(['STOCK_SERIAL_INVALID@from']);
    expect(codes(batchViolations({ ...batch, to: 1.5 }))).toEqual(['STOCK_SERIAL_INVALID@to']);
    expect(batchViolations({ ...batch, from: 1, to: MAX_BATCH_SIZE })).toEqual([]);
    expect(codes(batchViolations({ ...batch, from: 1, to: MAX_BATCH_SIZE + 1 }))).toEqual(['STOCK_BATCH_TOO_LARGE@to']);
    expect(codes(batchViolations({ ...batch, prefix: 'j', digits: 0, from: -1, to: -2 }))).toEqual([
      'STOCK_PREFIX_INVALID@prefix', 'STOCK_DIGITS_INVALID@digits', 'STOCK_SERIAL_INVALID@from', 'STOCK_SERIAL_INVALID@to',
    ]);
  });

  it('checks a range\'s own shape', () => {
    expect(spanViolations({ from: 0, to: 0 })).toEqual([]);
    expect(codes(spanViolations({ from: 3, to: 2 }))).toEqual(['STOCK_SPAN_REVERSED@to']);
    expect(codes(spanViolations({ from: 1e13, to: 1e13 }))).toEqual(['STOCK_SERIAL_INVALID@from', 'STOCK_SERIAL_INVALID@to']);
  });

  it('names the certificate a window has run out of', () => {
    expect(stockEmpty('marriage')).toEqual({ code: 'CERT_STOCK_EMPTY', field: 'window', message: '本窗口没有可用的空白结婚证，请向主管领取' });
    expect(stockEmpty('adoption_dissolution', 'windowId').message).toBe('本窗口没有可用的空白解除收养关系证明，请向主管领取');
  });
});

describe('the books', () => {
  const row = (b: Partial<StockBalance>): StockBalance => ({ type: 'marriage', windowId: null, received: 0, handedIn: 0, handedOut: 0, printed: 0, spoiled: 0, onHand: 0, ...b });

  it('balance when what came in less what went out is what was used or is still held', () => {
    expect(balanceHolds(row({ received: 100, handedOut: 20, handedIn: 5, spoiled: 1, onHand: 84 }))).toBe(true);
    expect(balanceHolds(row({ received: 100, handedOut: 20, handedIn: 5, spoiled: 1, onHand: 83 }))).toBe(false);
    expect(balanceHolds(row({ windowId: 1, handedIn: 20, handedOut: 5, printed: 12, spoiled: 1, onHand: 2 }))).toBe(true);
  });

  it('total per type: the hand-overs between holders cancel out', () => {
    const totals = typeTotals([
      row({ received: 100, handedOut: 20, handedIn: 5, spoiled: 1, onHand: 84 }),
      row({ windowId: 1, handedIn: 20, handedOut: 5, printed: 12, spoiled: 1, onHand: 2 }),
      row({ type: 'adoption', received: 10, onHand: 10 }),
    ]);
    expect(totals).toEqual([
      { type: 'marriage', received: 100, printed: 12, spoiled: 2, onHand: 86 },
      { type: 'adoption', received: 10, printed: 0, spoiled: 0, onHand: 10 },
    ]);
    expect(totals.every(totalHolds)).toBe(true);
  });
});

describe('the monthly reconciliation', () => {
  const rec = (r: Partial<ReconciliationRow>): ReconciliationRow => ({
    type: 'marriage', windowId: null, opening: 0, received: 0, handedIn: 0, handedOut: 0, printed: 0, spoiled: { misprint: 0, damage: 0, loss: 0 }, closing: 0, ...r,
  });

  it('spans the calendar month, February of a leap year included, and counts the opening on the day before', () => {
    expect(monthSpan('2026-11')).toEqual({ first: '2026-11-01', last: '2026-11-30', dayBefore: '2026-10-31' });
    expect(monthSpan('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29', dayBefore: '2028-01-31' });
    expect(monthSpan('2027-01')?.dayBefore).toBe('2026-12-31');
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-11']) expect(monthSpan(bad), bad).toBeNull();
  });

  it('reconciles when closing = opening + received + in − out − printed − spoiled', () => {
    expect(reconciles(rec({ opening: 10, received: 100, handedOut: 30, spoiled: { misprint: 0, damage: 1, loss: 1 }, closing: 78 }))).toBe(true);
    expect(reconciles(rec({ opening: 10, received: 100, handedOut: 30, spoiled: { misprint: 0, damage: 1, loss: 1 }, closing: 79 }))).toBe(false);
    expect(reconciles(rec({ windowId: 1, opening: 5, handedIn: 30, printed: 20, spoiled: { misprint: 2, damage: 0, loss: 0 }, closing: 13 }))).toBe(true);
  });

  it('totals each type over its holders and leaves out a holder with nothing held or moving', () => {
    const rows = [
      rec({ opening: 10, received: 100, handedOut: 30, closing: 80 }),
      rec({ windowId: 1, opening: 5, handedIn: 30, printed: 20, spoiled: { misprint: 2, damage: 0, loss: 0 }, closing: 13 }),
    ];
    expect(reconciliationTotals(rows)).toEqual([rec({ opening: 15, received: 100, handedIn: 30, handedOut: 30, printed: 20, spoiled: { misprint: 2, damage: 0, loss: 0 }, closing: 93 })]);
    expect(isQuiet(rec({ windowId: 2 }))).toBe(true);
    expect(isQuiet(rec({ windowId: 2, spoiled: { misprint: 0, damage: 0, loss: 1 } }))).toBe(false);
  });
});

describe('the reference model', () => {
  it('prints the lowest serial a window holds, booklets of the first prefix first, then says the window has none', () => {
    const m = new LedgerModel();
    expect(m.receive({ type: 'marriage', prefix: 'B', from: 1, to: 5, digits: 3 })).toEqual({ ok: true, value: 1 });
    expect(m.receive({ type: 'marriage', prefix: 'A', from: 7, to: 9, digits: 3 })).toEqual({ ok: true, value: 2 });
    m.assign({ batchId: 1, from: 1, to: 2, windowId: 1 });
    m.assign({ batchId: 2, from: 8, to: 9, windowId: 1 });
    const serials = [1, 2, 3, 4].map(() => m.consume('marriage', 1)).map((r) => (r.ok ? `${r.value.batchId}:${r.value.serial}` : r.violations[0]!.code));
    expect(serials).toEqual(['2:8', '2:9', '1:1', '1:2']);
    expect(m.consume('marriage', 1)).toMatchObject({ ok: false, violations: [{ code: 'CERT_STOCK_EMPTY' }] });
    expect(m.consume('divorce', 1)).toMatchObject({ ok: false });
  });

  it('returns to the store only the blanks the window did not use', () => {
    const m = new LedgerModel();
    m.receive({ type: 'divorce', prefix: 'L', from: 1, to: 10, digits: 2 });
    m.assign({ batchId: 1, from: 1, to: 4, windowId: 2 });
    m.consume('divorce', 2);
    expect(m.spoil({ type: 'divorce', prefix: 'L', serial: 3, windowId: 2, reason: 'damage' })).toEqual({ ok: true, value: 2 });
    expect(m.returnRange(1)).toEqual({ ok: true, value: 2 });
    expect(m.returnRange(1)).toMatchObject({ ok: false, violations: [{ code: 'STOCK_RANGE_RETURNED' }] });
    expect(m.balances()).toEqual([
      { type: 'divorce', windowId: null, received: 10, handedIn: 2, handedOut: 4, printed: 0, spoiled: 0, onHand: 8 },
      { type: 'divorce', windowId: 2, received: 0, handedIn: 4, handedOut: 2, printed: 1, spoiled: 1, onHand: 0 },
    ]);
    // The returned blanks can go out again; the used ones cannot.
    expect(m.assign({ batchId: 1, from: 2, to: 2, windowId: 1 })).toEqual({ ok: true, value: 2 });
    expect(m.assign({ batchId: 1, from: 1, to: 1, windowId: 1 })).toMatchObject({ ok: false, violations: [{ code: 'STOCK_NOT_ON_HAND' }] });
  });

  it('voids only a printed certificate', () => {
    const m = new LedgerModel();
    m.receive({ type: 'adoption', prefix: '', from: 1, to: 3, digits: 1 });
    m.assign({ batchId: 1, from: 1, to: 3, windowId: 1 });
    m.consume('adoption', 1);
    expect(m.void(1)).toEqual({ ok: true, value: 1 });
    expect(m.void(1)).toMatchObject({ ok: false, violations: [{ code: 'STOCK_USE_NOT_PRINTED' }] });
    expect(m.useRows()).toEqual([{ type: 'adoption', prefix: '', serial: 1, windowId: 1, outcome: 'spoiled', reason: 'misprint' }]);
  });
});
