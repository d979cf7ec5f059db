import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SAMPLE_CARDS } from '../../main/devices/idcard/simulator/sample-cards';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { codes, person, setUpWindows } from '../helpers/queue';

let host: InProcHost;
let clerk: string;
let manager: string;
let w: { w1: number; w2: number; w3: number };
const groom = residentId('1990-05-01', 'male');
const bride = residentId('1992-07-09', 'female');
const elder = residentId('1950-02-03', 'female');

beforeAll(async () => {
  // Monday 2026-11-23, 09:00 in Beijing.
  host = await startInProcess();
  ({ clerk, manager } = await setUpOffice(host.url));
  w = await setUpWindows(host.url, manager);
});
afterAll(async () => host.close());

describe('tickets at reception', () => {
  it('issues a couple\'s ticket only with both parties, numbers it per service, and refuses a second one for the same person', async () => {
    const one = await api(host.url, clerk, 'POST', '/api/queue/tickets', { service: 'marriage', persons: [person(groom, '张三')] });
    expect(one.status).toBe(422);
    expect(codes(one)).toEqual(['QUEUE_BOTH_PARTIES']);

    const ok = await api(host.url, clerk, 'POST', '/api/queue/tickets', { service: 'marriage', persons: [person(groom, '张三'), person(bride, '李四')] });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ number: 'A001', state: 'waiting', service: 'marriage', ahead: 0, priority: [] });
    expect(ok.json.persons[0].idNumberMasked).not.toContain(groom.slice(6, 14));

    const again = await api(host.url, clerk, 'POST', '/api/queue/tickets', { service: 'marriage', persons: [person(groom, '张三'), person(residentId('1993-01-01', 'female'), '王五')] });
    expect(codes(again)).toEqual(['QUEUE_DUPLICATE']);

    const old = await api(host.url, clerk, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [person(elder, '赵老太')] });
    expect(old.json).toMatchObject({ number: 'D001', priority: ['elderly'] });
    const adoption = await api(host.url, clerk, 'POST', '/api/queue/tickets', { service: 'adoption', persons: [person(residentId('1980-01-01', 'male'), '钱六')] });
    expect(codes(adoption)).toEqual(['QUEUE_SERVICE_CLOSED']);
  });

  it('calls only at an open window of the registrar, the best ticket it may serve, and says why', async () => {
    const closed = await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w2}/call-next`);
    expect(codes(closed)).toEqual(['QUEUE_WINDOW_CLOSED']);
    expect((await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w2}/open`)).json).toMatchObject({ open: true, openBy: { displayName: '李明' } });
    expect(codes(await api(host.url, manager, 'POST', `/api/queue/windows/${w.w2}/open`))).toEqual(['QUEUE_WINDOW_TAKEN']);

    // Window 2 serves reissue and marriage; the ratio policy starts with a priority ticket: the elderly applicant.
    const first = await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w2}/call-next`);
    expect(first.json).toMatchObject({ ticket: { number: 'D001', state: 'called', windowNumber: 2, callCount: 1 }, reason: 'ratio_priority' });
    expect(first.json.explanation).toContain('老年人');
    const busy = await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w2}/call-next`);
    expect(codes(busy)).toEqual(['QUEUE_TICKET_STATE']);
  });

  it('recalls no sooner than the delay, marks absent only after N calls, and serves from start to finish', async () => {
    const id = (await api(host.url, clerk, 'GET', '/api/queue')).json.windows.find((x: { id: number }) => x.id === w.w2).current.id;
    const act = (body: object) => api(host.url, clerk, 'POST', `/api/queue/tickets/${id}/actions`, { windowId: w.w2, ...body });
    expect(codes(await act({ action: 'recall' }))).toEqual(['QUEUE_RECALL_TOO_SOON']);
    host.advance(30_000);
    expect((await act({ action: 'recall' })).json).toMatchObject({ callCount: 2 });
    expect(codes(await act({ action: 'no_show' }))).toEqual(['QUEUE_NO_SHOW_TOO_EARLY']);
    expect((await act({ action: 'start' })).json).toMatchObject({ state: 'serving' });
    host.advance(5 * 60_000);
    expect((await act({ action: 'finish' })).json).toMatchObject({ state: 'done' });
    expect(codes(await act({ action: 'finish' }))).toEqual(['QUEUE_TICKET_STATE']);
  });

  it('passes a registered couple to the ceremony queue with a ticket of their own', async () => {
    const called = await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w2}/call-next`);
    expect(called.json.ticket.number).toBe('A001');
    const id = called.json.ticket.id;
    await api(host.url, clerk, 'POST', `/api/queue/tickets/${id}/actions`, { action: 'start', windowId: w.w2 });
    const ceremony = await api(host.url, clerk, 'POST', `/api/queue/tickets/${id}/actions`, { action: 'ceremony', windowId: w.w2 });
    expect(ceremony.json).toMatchObject({ number: 'F001', service: 'ceremony', state: 'waiting' });
    const state = (await api(host.url, manager, 'GET', '/api/queue')).json;
    expect(state.waitingByService).toMatchObject({ ceremony: 1, marriage: 0 });
    expect(state.lastCall[String(w.w2)]).toMatchObject({ ticketNumber: 'A001' });
  });

  it('transfers a called ticket to another window, where it is called before newer tickets', async () => {
    const a = residentId('1988-03-03', 'male');
    const b = residentId('1989-04-04', 'female');
    await api(host.url, manager, 'POST', '/api/queue/tickets', { service: 'marriage', persons: [person(a, '孙七'), person(b, '周八')] });
    await api(host.url, manager, 'POST', '/api/queue/tickets', { service: 'marriage', persons: [person(residentId('1987-01-01', 'male'), '吴九'), person(residentId('1987-02-02', 'female'), '郑十')] });
    const called = await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w2}/call-next`);
    expect(called.json.ticket.number).toBe('A002');
    const moved = await api(host.url, clerk, 'POST', `/api/queue/tickets/${called.json.ticket.id}/actions`, { action: 'transfer', windowId: w.w2, toWindowId: w.w1, reason: '需在一号窗口补充材料' });
    expect(moved.json).toMatchObject({ state: 'waiting', windowId: w.w1, transferred: true });
    // Window 2 may not call a ticket sent to window 1.
    const other = await api(host.url, clerk, 'POST', `/api/queue/windows/${w.w2}/call-next`);
    expect(other.json.ticket.number).toBe('A003');
    await api(host.url, manager, 'POST', `/api/queue/windows/${w.w1}/open`);
    const atOne = await api(host.url, manager, 'POST', `/api/queue/windows/${w.w1}/call-next`);
    expect(atOne.json).toMatchObject({ ticket: { number: 'A002' }, reason: 'transferred' });
  });
});

describe('kiosks and boards sign in as devices that can do nothing else', () => {
  let kiosk: string;
  let display: string;
  let displayId: number;

  beforeAll(async () => {
    kiosk = (await api(host.url, manager, 'POST', '/api/hall-devices', { kind: 'kiosk', name: '大厅自助机' })).json.token;
    const d = (await api(host.url, manager, 'POST', '/api/hall-devices', { kind: 'display', name: '大厅电视' })).json;
    display = d.token;
    displayId = d.device.id;
  });

  it('lets a kiosk issue a ticket from cards read, never from documents it cannot check, nor read the queue', async () => {
    const read = await api(host.url, kiosk, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [person(residentId('1970-01-01', 'male'), '冯一', 'reader')] });
    expect(read.json.number).toBe('D002');
    const staff = await api(host.url, kiosk, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [person(residentId('1971-01-01', 'male'), '陈二', 'staff')] });
    expect(staff.status).toBe(403);
    expect((await api(host.url, kiosk, 'GET', '/api/queue')).status).toBe(403);
    expect((await api(host.url, kiosk, 'GET', '/api/session')).status).toBe(403);
    expect((await api(host.url, kiosk, 'POST', '/api/queue/tickets/1/print')).json).toEqual({ outcome: 'browser', printer: '' });
  });

  it('takes a ticket from every card type the reader reads (resident card, residence permit, both foreign permanent resident cards)', async () => {
    for (const card of Object.values(SAMPLE_CARDS)) {
      const res = await api(host.url, kiosk, 'POST', '/api/queue/tickets', {
        service: 'reissue', persons: [{ idType: card.cardType, idNumber: card.idNumber, name: card.name, verified: 'reader' }],
      });
      expect(res.status, `${card.cardType} ${card.idNumber}`).toBe(200);
    }
  });

  it('shows the board with masked names, and a revoked token stops working', async () => {
    const board = await api(host.url, display, 'GET', '/api/queue/board');
    expect(board.status).toBe(200);
    expect(board.json.officeName).toBe('东城区民政局婚姻登记处');
    const current = board.json.windows.find((x: { number: number }) => x.number === 1).current;
    expect(current).toMatchObject({ number: 'A002', names: '孙*、周*' });
    expect(board.json.recent.length).toBeGreaterThan(0);
    expect((await api(host.url, display, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [] })).status).toBe(403);
    expect((await api(host.url, display, 'GET', '/api/hall-devices/self')).json.device).toMatchObject({ kind: 'display', name: '大厅电视' });
    await api(host.url, manager, 'DELETE', `/api/hall-devices/${displayId}`);
    expect((await api(host.url, display, 'GET', '/api/queue/board')).status).toBe(401);
  });

  it('sends a board socket the calls, but not the staff\'s events', async () => {
    const board2 = (await api(host.url, manager, 'POST', '/api/hall-devices', { kind: 'display', name: '二楼电视' })).json.token;
    const socket = new WebSocket(`${host.url.replace('http', 'ws')}/api/events`, ['hall.v1', board2]);
    const seen: { type: string; number?: string }[] = [];
    socket.on('message', (m) => seen.push(JSON.parse(String(m))));
    await new Promise((resolve) => socket.once('open', resolve));
    await api(host.url, manager, 'PUT', '/api/settings/calendar', { extendOn: 'non_working_days', overrides: [], enteredYears: [] });
    const t = (await api(host.url, manager, 'GET', '/api/queue')).json.windows.find((x: { id: number }) => x.id === w.w1).current;
    host.advance(60_000);
    await api(host.url, manager, 'POST', `/api/queue/tickets/${t.id}/actions`, { action: 'recall', windowId: w.w1 });
    await expect.poll(() => seen.some((e) => e.type === 'queue.called')).toBe(true);
    expect(seen.find((e) => e.type === 'queue.called')).toMatchObject({ number: 'A002', windowNumber: 1, recall: true, names: '孙*、周*' });
    expect(seen.some((e) => e.type === 'settings.changed')).toBe(false);
    socket.close();
  });

  it('takes a rating for a finished ticket once, and tells the manager of a poor one', async () => {
    const t = (await api(host.url, manager, 'GET', '/api/queue')).json.windows.find((x: { id: number }) => x.id === w.w1).current;
    await api(host.url, manager, 'POST', `/api/queue/tickets/${t.id}/actions`, { action: 'start', windowId: w.w1 });
    await api(host.url, manager, 'POST', `/api/queue/tickets/${t.id}/actions`, { action: 'finish', windowId: w.w1 });
    expect(codes(await api(host.url, kiosk, 'POST', '/api/queue/ratings', { number: 'A002', rating: 'dissatisfied' }))).toEqual(['FIELD_INVALID']);
    expect((await api(host.url, kiosk, 'POST', '/api/queue/ratings', { number: 'A002', rating: 'dissatisfied', reason: '等候时间太长' })).status).toBe(200);
    expect(codes(await api(host.url, kiosk, 'POST', '/api/queue/ratings', { number: 'A002', rating: 'satisfied' }))).toEqual(['QUEUE_RATED']);
    expect(codes(await api(host.url, kiosk, 'POST', '/api/queue/ratings', { number: 'A003', rating: 'satisfied' }))).toEqual(['QUEUE_TICKET_STATE']);
    const stats = (await api(host.url, manager, 'GET', '/api/queue/stats?from=2026-11-23&to=2026-11-23')).json;
    expect(stats.ratings).toMatchObject({ dissatisfied: 1, recentDissatisfied: [{ number: 'A002', windowNumber: 1, reason: '等候时间太长' }] });
    expect(stats.byService.find((r: { key: string }) => r.key === 'reissue')).toMatchObject({ tickets: 2 + Object.keys(SAMPLE_CARDS).length, served: 1 });
    expect(stats.byService.find((r: { key: string }) => r.key === 'reissue').service.median).toBe(300);
    expect(stats.byWindow.map((r: { label: string }) => r.label)).toContain('2 号窗口');
  });
});

describe('the next day', () => {
  it('starts with an empty queue, numbers from 001 again and closed windows, after a restart past midnight', async () => {
    const dataDir = host.dataDir;
    await host.close();
    host = await startInProcess({ dataDir, startMs: Date.parse('2026-11-24T08:30:00+08:00') });
    manager = await loginAs(host.url, 'boss', 'boss-pass-12');
    const state = (await api(host.url, manager, 'GET', '/api/queue')).json;
    expect(state).toMatchObject({ day: '2026-11-24', waiting: [], lastCall: {} });
    expect(state.windows.every((x: { open: boolean; current: unknown }) => !x.open && x.current === null)).toBe(true);
    const t = await api(host.url, manager, 'POST', '/api/queue/tickets', { service: 'marriage', persons: [person(groom, '张三'), person(bride, '李四')] });
    expect(t.json).toMatchObject({ number: 'A001', day: '2026-11-24' });
  });
});
