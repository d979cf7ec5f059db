import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/store/audit';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { codes, setUpWindows } from '../helpers/queue';

/** The blank-certificate ledger through the HTTP API: a month of one office, on Monday 2026-11-23 in Beijing. */
let host: InProcHost;
let clerk: string;
let manager: string;
let admin: string;
let w: { w1: number; w2: number; w3: number };
let batchId: number;
let rangeId: number;

const batch = { type: 'marriage', prefix: 'J', from: 1, to: 100, digits: 7, receivedOn: '2026-11-23', receivedBy: '王芳' };
const overview = async () => (await api(host.url, manager, 'GET', '/api/stock')).json;
const balanceOf = async (windowId: number | null) => (await overview()).balances.find((b: { type: string; windowId: number | null }) => b.type === 'marriage' && b.windowId === windowId);
const auditCount = () => (host.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
const print = (caseId: number, holder: number, windowId: number) =>
  api(host.url, clerk, 'POST', `/api/cases/${caseId}/documents/print`, { document: 'marriage-certificate', holder, windowId, printer: null });

beforeAll(async () => {
  host = await startInProcess({ statusChecker: fakeProvince() });
  ({ clerk, manager, admin } = await setUpOffice(host.url));
  w = await setUpWindows(host.url, manager);
  expect((await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w1}/open`)).status).toBe(200);
});
afterAll(async () => host.close());

describe('receiving a batch into the store', () => {
  it('records J0000001–J0000100 as received and on hand in the store, with its audit entry', async () => {
    const before = auditCount();
    const res = await api(host.url, manager, 'POST', '/api/stock/batches', batch);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ fromLabel: 'J0000001', toLabel: 'J0000100', size: 100, inStore: 100, firstInStore: 1, createdBy: 'boss' });
    batchId = res.json.id;
    expect(await balanceOf(null)).toMatchObject({ holder: '库存', received: 100, onHand: 100, printed: 0, spoiled: 0, balanced: true });
    expect((await overview()).totals).toEqual([{ type: 'marriage', received: 100, printed: 0, spoiled: 0, onHand: 100, balanced: true }]);
    expect(auditCount()).toBe(before + 1);
  });

  it('refuses, naming the field, an overlapping batch, a reversed span, a bad prefix, too few digits and a future date; and writes nothing', async () => {
    const before = auditCount();
    const refused = async (body: object, code: string, field: string) => {
      const res = await api(host.url, manager, 'POST', '/api/stock/batches', { ...batch, ...body });
      expect(res.status).toBe(422);
      expect(res.json.violations).toEqual(expect.arrayContaining([expect.objectContaining({ code, field })]));
      return res;
    };
    const overlap = await refused({ from: 100, to: 150 }, 'STOCK_BATCH_OVERLAP', 'from');
    expect(overlap.json.violations[0].message).toContain('J0000001–J0000100');
    await refused({ from: 200, to: 150 }, 'STOCK_SPAN_REVERSED', 'to');
    await refused({ prefix: 'J1' }, 'STOCK_PREFIX_INVALID', 'prefix');
    await refused({ from: 200, to: 100_000, digits: 4 }, 'STOCK_DIGITS_INVALID', 'digits');
    await refused({ from: 200, to: 300, receivedOn: '2026-11-24' }, 'STOCK_DATE_FUTURE', 'receivedOn');
    expect((await api(host.url, manager, 'POST', '/api/stock/batches', { ...batch, from: 'x' })).json.violations).toEqual([expect.objectContaining({ field: 'from' })]);
    expect(auditCount()).toBe(before);
    expect((await overview()).batches).toHaveLength(1);
    // The same serials under another prefix, or of another type, are other booklets.
    expect((await api(host.url, manager, 'POST', '/api/stock/batches', { ...batch, type: 'divorce' })).status).toBe(200);
  });

  it('is the managers\' work: a registrar may not receive, hand out or read the whole ledger', async () => {
    expect((await api(host.url, clerk, 'POST', '/api/stock/batches', { ...batch, from: 500, to: 600 })).status).toBe(403);
    expect((await api(host.url, clerk, 'POST', '/api/stock/ranges', { batchId, from: 1, to: 10, windowId: w.w1 })).status).toBe(403);
    expect((await api(host.url, clerk, 'GET', '/api/stock')).status).toBe(403);
    expect((await api(host.url, clerk, 'GET', '/api/stock/report?month=2026-11')).status).toBe(403);
  });
});

describe('handing ranges to windows', () => {
  it('hands J0000001–J0000020 to window 1: the store holds 80, the window 20', async () => {
    const res = await api(host.url, manager, 'POST', '/api/stock/ranges', { batchId, from: 1, to: 20, windowId: w.w1 });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ fromLabel: 'J0000001', toLabel: 'J0000020', size: 20, holder: '1 号窗口', onHand: 20, used: 0, returnedAt: null });
    rangeId = res.json.id;
    expect(await balanceOf(null)).toMatchObject({ received: 100, handedOut: 20, onHand: 80, balanced: true });
    expect(await balanceOf(w.w1)).toMatchObject({ holder: '1 号窗口', handedIn: 20, onHand: 20, balanced: true });
    expect((await overview()).batches.find((b: { id: number }) => b.id === batchId)).toMatchObject({ inStore: 80, firstInStore: 21 });
  });

  it('refuses a range with blanks the store no longer holds, naming the first, and one outside the batch', async () => {
    const held = await api(host.url, manager, 'POST', '/api/stock/ranges', { batchId, from: 15, to: 30, windowId: w.w2 });
    expect(held.json.violations).toEqual([expect.objectContaining({ code: 'STOCK_NOT_ON_HAND', field: 'from', message: expect.stringContaining('J0000015') })]);
    const outside = await api(host.url, manager, 'POST', '/api/stock/ranges', { batchId, from: 95, to: 105, windowId: w.w2 });
    expect(codes(outside)).toEqual(['STOCK_RANGE_OUTSIDE_BATCH']);
    expect(codes(await api(host.url, manager, 'POST', '/api/stock/ranges', { batchId, from: 50, to: 60, windowId: 999 }))).toEqual(['STOCK_WINDOW_UNKNOWN']);
  });
});

describe('printing, voiding and spoiling', () => {
  let caseId: number;
  let firstUse: number;

  it('takes J0000001 and J0000002 for the two 结婚证 of a marriage, then the window holds 18', async () => {
    const m = await marry(host.url, clerk, '簿');
    caseId = m.caseId;
    const a = await print(caseId, 0, w.w1);
    const b = await print(caseId, 1, w.w1);
    expect([a.json.use.serial, b.json.use.serial]).toEqual(['J0000001', 'J0000002']);
    firstUse = a.json.use.id;
    expect(await balanceOf(w.w1)).toMatchObject({ handedIn: 20, printed: 2, onHand: 18, balanced: true });
    const mine = (await api(host.url, clerk, 'GET', `/api/stock/windows/${w.w1}`)).json;
    expect(mine.recentUses.map((u: { serialLabel: string; certificateNumber: string }) => [u.serialLabel, u.certificateNumber])).toEqual([
      ['J0000002', m.certificateNumber], ['J0000001', m.certificateNumber],
    ]);
  });

  it('refuses CERT_STOCK_EMPTY, naming the certificate, at a window without blanks', async () => {
    const res = await print(caseId, 0, w.w2);
    expect(res.json.violations).toEqual([{ code: 'CERT_STOCK_EMPTY', field: 'window', message: '本窗口没有可用的空白结婚证，请向主管领取' }]);
  });

  it('lets the registrar void a misprint at their own window with a note, once; the reprint takes the next serial', async () => {
    expect(codes(await api(host.url, clerk, 'POST', `/api/stock/uses/${firstUse}/void`, { note: '' }))).toEqual(['FIELD_TOO_SHORT']);
    const voided = await api(host.url, clerk, 'POST', `/api/stock/uses/${firstUse}/void`, { note: '持证人姓名套印偏移' });
    expect(voided.status).toBe(200);
    expect(voided.json).toMatchObject({ serialLabel: 'J0000001', outcome: 'spoiled', reason: 'misprint', note: '持证人姓名套印偏移', voidedBy: 'clerk', caseId });
    expect(codes(await api(host.url, clerk, 'POST', `/api/stock/uses/${firstUse}/void`, { note: '再次作废' }))).toEqual(['STOCK_USE_NOT_PRINTED']);
    expect((await print(caseId, 0, w.w1)).json.use.serial).toBe('J0000003');
    expect(await balanceOf(w.w1)).toMatchObject({ printed: 2, spoiled: 1, onHand: 17, balanced: true });
  });

  it('keeps a registrar off a colleague\'s open window, and lets them use a window nobody has open', async () => {
    await api(host.url, admin, 'POST', '/api/users', { username: 'colleague', displayName: '赵敏', role: 'registrar', password: 'colleague-pass-1' });
    const colleague = await loginAs(host.url, 'colleague', 'colleague-pass-1');
    await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w1}/close`);
    expect((await api(host.url, clerk, 'GET', `/api/stock/windows/${w.w1}`)).status).toBe(200);
    await api(host.url, colleague, 'POST', `/api/queue/windows/${w.w1}/open`);
    const refused = await api(host.url, clerk, 'GET', `/api/stock/windows/${w.w1}`);
    expect(refused.status).toBe(403);
    expect(refused.json.message).toContain('赵敏');
    const use = (await api(host.url, manager, 'GET', `/api/stock/windows/${w.w1}`)).json.recentUses[0].id;
    expect((await api(host.url, clerk, 'POST', `/api/stock/uses/${use}/void`, { note: '不是我的窗口' })).status).toBe(403);
    const m = await marry(host.url, clerk, '他');
    expect((await print(m.caseId, 0, w.w1)).status).toBe(403);
    await api(host.url, colleague, 'POST', `/api/queue/windows/${w.w1}/close`);
    await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w1}/open`);
  });

  it('records a blank damaged at the window and one lost in the store, and refuses one that is not where it is said to be', async () => {
    const spoil = (body: object) => api(host.url, manager, 'POST', '/api/stock/spoil', { type: 'marriage', reason: 'damage', note: '受潮', ...body });
    expect((await spoil({ serial: 'J0000010', windowId: w.w1 })).json).toMatchObject({ serialLabel: 'J0000010', holder: '1 号窗口', reason: 'damage' });
    expect((await spoil({ serial: 'j 50', windowId: null, reason: 'loss', note: '清点时缺少' })).json).toMatchObject({ serialLabel: 'J0000050', holder: '库存', reason: 'loss' });
    expect(codes(await spoil({ serial: 'J0000011', windowId: null }))).toEqual(['STOCK_BLANK_NOT_HERE']);
    expect(codes(await spoil({ serial: 'J0000010', windowId: w.w1 }))).toEqual(['STOCK_BLANK_NOT_HERE']);
    expect(codes(await spoil({ serial: 'J0000500', windowId: null }))).toEqual(['STOCK_SERIAL_UNKNOWN']);
    const bad = await spoil({ serial: 'J-12', windowId: null });
    expect(bad.json.violations).toEqual([expect.objectContaining({ code: 'FIELD_INVALID', field: 'serial', message: expect.stringContaining('印制号') })]);
    // The next print skips the damaged blank J0000010 only when it reaches it: J0000004 now.
    const m = await marry(host.url, clerk, '损');
    expect((await print(m.caseId, 0, w.w1)).json.use.serial).toBe('J0000004');
    expect(await balanceOf(w.w1)).toMatchObject({ handedIn: 20, printed: 3, spoiled: 2, onHand: 15, balanced: true });
    expect(await balanceOf(null)).toMatchObject({ received: 100, handedOut: 20, spoiled: 1, onHand: 79, balanced: true });
  });
});

describe('returning a range and the monthly reconciliation', () => {
  it('returns the window\'s unused blanks to the store, once', async () => {
    const res = await api(host.url, manager, 'POST', `/api/stock/ranges/${rangeId}/return`);
    expect(res.json).toMatchObject({ returnedBy: 'boss', used: 5, onHand: 0 });
    expect(codes(await api(host.url, manager, 'POST', `/api/stock/ranges/${rangeId}/return`))).toEqual(['STOCK_RANGE_RETURNED']);
    expect((await api(host.url, manager, 'POST', '/api/stock/ranges/999/return')).status).toBe(404);
    expect(await balanceOf(w.w1)).toMatchObject({ handedIn: 20, handedOut: 15, printed: 3, spoiled: 2, onHand: 0, balanced: true });
    expect(await balanceOf(null)).toMatchObject({ received: 100, handedIn: 15, handedOut: 20, spoiled: 1, onHand: 94, balanced: true });
    expect((await overview()).totals.find((t: { type: string }) => t.type === 'marriage')).toEqual({ type: 'marriage', received: 100, printed: 3, spoiled: 3, onHand: 94, balanced: true });
  });

  it('reconciles November per holder and in total, lists its uses, and opens December where November closed', async () => {
    const nov = (await api(host.url, manager, 'GET', '/api/stock/report?month=2026-11')).json;
    expect(nov).toMatchObject({ month: '2026-11', first: '2026-11-01', last: '2026-11-30' });
    const store = nov.rows.find((r: { type: string; windowId: number | null }) => r.type === 'marriage' && r.windowId === null);
    expect(store).toEqual({
      type: 'marriage', windowId: null, holder: '库存', opening: 0, received: 100, handedIn: 15, handedOut: 20, printed: 0,
      spoiled: { misprint: 0, damage: 0, loss: 1 }, closing: 94, balanced: true,
    });
    const window1 = nov.rows.find((r: { windowId: number | null }) => r.windowId === w.w1);
    expect(window1).toMatchObject({ holder: '1 号窗口', opening: 0, handedIn: 20, handedOut: 15, printed: 3, spoiled: { misprint: 1, damage: 1, loss: 0 }, closing: 0, balanced: true });
    expect(nov.totals.find((t: { type: string }) => t.type === 'marriage')).toMatchObject({ holder: '合计', opening: 0, received: 100, printed: 3, closing: 94, balanced: true });
    expect(nov.uses.map((u: { serialLabel: string }) => u.serialLabel)).toEqual(['J0000001', 'J0000002', 'J0000003', 'J0000010', 'J0000050', 'J0000004']);
    expect(nov.batches.map((b: { type: string }) => b.type)).toEqual(['marriage', 'divorce']);
    expect(nov.ranges).toHaveLength(1);

    const dec = (await api(host.url, manager, 'GET', '/api/stock/report?month=2026-12')).json;
    expect(dec.rows.filter((r: { type: string }) => r.type === 'marriage')).toEqual([expect.objectContaining({ windowId: null, opening: 94, closing: 94, balanced: true })]);
    expect(dec.uses).toEqual([]);
    expect(codes(await api(host.url, manager, 'GET', '/api/stock/report?month=2026-13'))).toEqual(['FIELD_FORMAT']);
  });

  it('kept every change in the audit chain', () => {
    expect(verifyAudit(host.db).ok).toBe(true);
    const actions = (host.db.prepare("SELECT action FROM audit WHERE action LIKE 'stock.%' ORDER BY seq").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(['stock.receive', 'stock.receive', 'stock.assign', 'stock.print', 'stock.print', 'stock.void', 'stock.print', 'stock.spoil', 'stock.spoil', 'stock.print', 'stock.return']);
  });
});
