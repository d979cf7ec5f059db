import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { person } from '../helpers/queue';

const WINDOWS = 30;
const TICKETS = 1000;
let host: InProcHost;
let manager: string;
const registrars: { token: string; windowId: number }[] = [];

/** 1,000 different people: a new birth date every few tickets keeps every ID number distinct. */
const applicant = (i: number) => person(residentId(addDays('1960-01-01', i), i % 2 ? 'male' : 'female'), `申请人${i}`);

beforeAll(async () => {
  host = await startInProcess();
  const office = await setUpOffice(host.url);
  manager = office.manager;
  for (let n = 1; n <= WINDOWS; n++) {
    await api(host.url, office.admin, 'POST', '/api/users', { username: `r${n}`, displayName: `登记员${n}`, role: 'registrar', password: `registrar-pass-${n}` });
    const token = await loginAs(host.url, `r${n}`, `registrar-pass-${n}`);
    const windowId = (await api(host.url, manager, 'POST', '/api/queue/windows', { number: n, name: `${n}号窗口`, services: ['reissue'] })).json.id as number;
    expect((await api(host.url, token, 'POST', `/api/queue/windows/${windowId}/open`)).status).toBe(200);
    registrars.push({ token, windowId });
  }
  for (let i = 0; i < TICKETS; i++) {
    const res = await api(host.url, manager, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [applicant(i)], priority: i % 7 === 0 ? ['disabled'] : [] });
    expect(res.status).toBe(200);
  }
}, 120_000);
afterAll(async () => host.close());

/** One window's registrar: call next, serve, finish, until the hall is empty (or `limit` tickets). */
async function work(r: { token: string; windowId: number }, called: number[], limit = Infinity): Promise<void> {
  for (let n = 0; n < limit; n++) {
    const res = await api(host.url, r.token, 'POST', `/api/queue/windows/${r.windowId}/call-next`);
    if (res.status === 422 && res.json.violations[0].code === 'QUEUE_EMPTY') return;
    expect(res.status).toBe(200);
    called.push(res.json.ticket.id);
    for (const action of ['start', 'finish']) {
      expect((await api(host.url, r.token, 'POST', `/api/queue/tickets/${res.json.ticket.id}/actions`, { action, windowId: r.windowId })).status).toBe(200);
    }
  }
}

describe('30 windows calling at once with 1,000 waiting', () => {
  it('survives a host restart mid-day with every ticket and window where it was', async () => {
    const called: number[] = [];
    await Promise.all(registrars.map((r) => work(r, called, 5)));
    // Leave some tickets called but not finished, as they are at the windows at any moment.
    await Promise.all(registrars.slice(0, 10).map((r) => api(host.url, r.token, 'POST', `/api/queue/windows/${r.windowId}/call-next`)));
    const before = (await api(host.url, manager, 'GET', '/api/queue')).json;
    const dataDir = host.dataDir;
    await host.close();
    host = await startInProcess({ dataDir });
    manager = await loginAs(host.url, 'boss', 'boss-pass-12');
    for (const [i, r] of registrars.entries()) r.token = await loginAs(host.url, `r${i + 1}`, `registrar-pass-${i + 1}`);
    const after = (await api(host.url, manager, 'GET', '/api/queue')).json;
    expect(after).toEqual(before);
    expect(after.waiting).toHaveLength(TICKETS - WINDOWS * 5 - 10);
    expect(after.windows.filter((w: { current: unknown }) => w.current !== null)).toHaveLength(10);
    // The windows with a called ticket finish it before calling on.
    for (const w of after.windows.filter((x: { current: unknown }) => x.current !== null)) {
      const r = registrars.find((x) => x.windowId === w.id)!;
      for (const action of ['start', 'finish']) await api(host.url, r.token, 'POST', `/api/queue/tickets/${w.current.id}/actions`, { action, windowId: r.windowId });
    }
  });

  it('never gives one ticket to two windows, and loses none', async () => {
    const called: number[] = [];
    await Promise.all(registrars.map((r) => work(r, called)));
    expect(new Set(called).size).toBe(called.length);
    const state = (await api(host.url, manager, 'GET', '/api/queue')).json;
    expect(state.waiting).toEqual([]);
    const stats = (await api(host.url, manager, 'GET', `/api/queue/stats?from=${state.day}&to=${state.day}`)).json;
    expect(stats.byService.find((r: { key: string }) => r.key === 'reissue')).toMatchObject({ tickets: TICKETS, served: TICKETS, noShows: 0 });
    // Every window took part.
    expect(stats.byWindow).toHaveLength(WINDOWS);
  });
});
