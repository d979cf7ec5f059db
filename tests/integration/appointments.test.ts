import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { codes, person, setUpWindows } from '../helpers/queue';

const DAY = 86_400_000;
let host: InProcHost;
let clerk: string;
let manager: string;
const man = residentId('1990-05-01', 'male');
const woman = residentId('1992-07-09', 'female');
const booking = (over: object = {}) => ({
  service: 'marriage', date: '2026-11-24', slotStart: '09:00', source: 'phone',
  persons: [{ idNumber: man, name: '张三' }, { idNumber: woman, name: '李四' }], phone: '13800000000', ...over,
});

beforeAll(async () => {
  // Monday 2026-11-23, 09:00 in Beijing.
  host = await startInProcess({ statusChecker: fakeProvince() });
  ({ clerk, manager } = await setUpOffice(host.url));
  await setUpWindows(host.url, manager);
  const plan = (await api(host.url, manager, 'GET', '/api/appointments/plan')).json;
  await api(host.url, manager, 'PUT', '/api/appointments/plan', { ...plan, capacity: { ...plan.capacity, marriage: 1 } });
});
afterAll(async () => host.close());

describe('the booking calendar', () => {
  it('offers working days only, with the special days\' own capacity (Qixi from the lunar calendar)', async () => {
    const cal = (await api(host.url, clerk, 'GET', '/api/appointments/calendar?from=2026-11-23&to=2026-11-30')).json;
    expect(cal).toMatchObject({ today: '2026-11-23', bookFrom: '2026-11-24', bookTo: '2026-12-08' });
    const kinds = Object.fromEntries(cal.days.map((d: { date: string; kind: string }) => [d.date, d.kind]));
    expect(kinds).toMatchObject({ '2026-11-24': 'ordinary', '2026-11-28': 'closed', '2026-11-29': 'closed' });
    expect(cal.days[1].slots[0]).toMatchObject({ start: '09:00', end: '09:30' });
    expect(cal.days[1].slots).toHaveLength(13);
    const qixi = (await api(host.url, clerk, 'GET', '/api/appointments/calendar?from=2026-08-19&to=2026-08-19')).json.days[0];
    expect(qixi).toMatchObject({ kind: 'special', note: '七夕', capacity: { marriage: 10 } });
  });
});

describe('booking by phone', () => {
  it('books a couple, then refuses the full slot, the same person twice a day, a closed day and a day beyond the window', async () => {
    const ok = await api(host.url, clerk, 'POST', '/api/appointments', booking());
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ state: 'booked', source: 'phone', slotEnd: '09:30', persons: [{ name: '张三' }, { name: '李四' }] });
    const full = await api(host.url, clerk, 'POST', '/api/appointments', booking({ persons: [{ idNumber: residentId('1991-01-01', 'male'), name: '王五' }, { idNumber: residentId('1991-02-02', 'female'), name: '赵六' }] }));
    expect(codes(full)).toEqual(['APPT_SLOT_FULL']);
    const twice = await api(host.url, clerk, 'POST', '/api/appointments', booking({ slotStart: '10:00' }));
    expect(codes(twice)).toEqual(['APPT_PERSON_LIMIT', 'APPT_PERSON_LIMIT']);
    expect(codes(await api(host.url, clerk, 'POST', '/api/appointments', booking({ date: '2026-11-28' })))).toEqual(['APPT_CLOSED_DAY']);
    expect(codes(await api(host.url, clerk, 'POST', '/api/appointments', booking({ date: '2026-12-09' })))).toEqual(['APPT_OUTSIDE_WINDOW']);
    const others = [{ idNumber: residentId('1986-06-06', 'male'), name: '孙七' }, { idNumber: residentId('1986-07-07', 'female'), name: '周八' }];
    expect(codes(await api(host.url, clerk, 'POST', '/api/appointments', booking({ slotStart: '12:00', persons: others })))).toEqual(['APPT_SLOT_INVALID']);
  });

  it('tells a man who will not be 22 on the booked day now, and checks without writing', async () => {
    // 22 on 2026-11-26: too young on the 25th, old enough on the 26th.
    const young = residentId('2004-11-26', 'male');
    const proposal = (date: string) => booking({ date, persons: [{ idNumber: young, name: '小明' }, { idNumber: residentId('2000-01-01', 'female'), name: '小红' }] });
    const check = await api(host.url, clerk, 'POST', '/api/appointments/check', proposal('2026-11-25'));
    expect(check.json.violations.map((v: { code: string }) => v.code)).toEqual(['MAR_AGE_MAN']);
    expect(check.json.violations[0].message).toContain('预约日 2026-11-25 年满 21 周岁');
    expect((await api(host.url, clerk, 'POST', '/api/appointments/check', proposal('2026-11-26'))).json.violations).toEqual([]);
    expect((await api(host.url, clerk, 'GET', '/api/appointments?date=2026-11-26')).json.items).toEqual([]);
  });

  it('refuses a divorce registration booked inside the cooling-off period, and accepts one in the collection period', async () => {
    const m = await marry(host.url, clerk, '甲');
    const accepted = await api(host.url, clerk, 'POST', '/api/cases', { kind: 'divorce', parties: [m.husband, m.wife], marriageCertificateNumber: m.certificateNumber, agreementSigned: true, fullCapacity: [true, true] });
    expect(accepted.json.periods.collectionStarts).toBe('2026-12-24');
    const persons = [{ idNumber: m.husband.idNumber, name: m.husband.name }, { idNumber: m.wife.idNumber, name: m.wife.name }];
    const early = await api(host.url, clerk, 'POST', '/api/appointments/check', booking({ service: 'divorce_registration', date: '2026-12-07', persons }));
    expect(early.json.violations.map((v: { code: string }) => v.code)).toEqual(['DIV_COOLING_OFF']);
    const application = await api(host.url, clerk, 'POST', '/api/appointments/check', booking({ service: 'divorce_application', date: '2026-12-07', persons }));
    expect(application.json.violations.map((v: { code: string }) => v.code)).toEqual(['DIV_CASE_OPEN']);
    host.advance(20 * DAY); // 2026-12-13: the 24th is within the 15-day window.
    // A session lasts a shift: twenty days on, the registrar signs in again.
    const later = await loginAs(host.url, 'clerk', 'clerk-pass-1');
    const inTime = await api(host.url, later, 'POST', '/api/appointments/check', booking({ service: 'divorce_registration', date: '2026-12-24', persons }));
    expect(inTime.json.violations).toEqual([]);
    host.advance(-20 * DAY);
    // Signing in on the 13th ended the sessions that had expired by then, today's included.
    clerk = await loginAs(host.url, 'clerk', 'clerk-pass-1');
    manager = await loginAs(host.url, 'boss', 'boss-pass-12');
  });

  it('moves a booking, refuses to cancel it on its own day, and cancels one booked for later', async () => {
    const a = (await api(host.url, clerk, 'GET', '/api/appointments?date=2026-11-24')).json.items[0];
    const moved = await api(host.url, clerk, 'POST', `/api/appointments/${a.id}/actions`, { action: 'move', date: '2026-11-25', slotStart: '14:00', reason: '当事人来电改约' });
    expect(moved.json).toMatchObject({ date: '2026-11-25', slotStart: '14:00', slotEnd: '14:30' });
    host.advance(2 * DAY); // Wednesday the 25th
    clerk = await loginAs(host.url, 'clerk', 'clerk-pass-1');
    const late = await api(host.url, clerk, 'POST', `/api/appointments/${a.id}/actions`, { action: 'cancel', reason: '当事人来电取消' });
    expect(codes(late)).toEqual(['APPT_CANCEL_TOO_LATE']);
    const later = await api(host.url, clerk, 'POST', '/api/appointments', booking({ date: '2026-11-27', persons: [{ idNumber: residentId('1985-01-01', 'female'), name: '周九' }] , service: 'reissue' }));
    expect((await api(host.url, clerk, 'POST', `/api/appointments/${later.json.id}/actions`, { action: 'cancel', reason: '证书已找到' })).json.state).toBe('cancelled');
  });
});

describe('check-in', () => {
  it('turns away cards that do not match the booking, and issues the couple\'s ticket with appointment priority when they do', async () => {
    const stranger = residentId('1991-03-03', 'female');
    const mismatch = await api(host.url, clerk, 'POST', '/api/queue/check-in', { persons: [person(man, '张三'), person(stranger, '陌生人')] });
    expect(codes(mismatch)).toEqual(['APPT_MISMATCH']);
    const nobody = await api(host.url, clerk, 'POST', '/api/queue/check-in', { persons: [person(residentId('1970-01-01', 'male'), '路人')] });
    expect(codes(nobody)).toEqual(['APPT_NOT_FOUND']);
    const ticket = await api(host.url, clerk, 'POST', '/api/queue/check-in', { persons: [person(woman, '李四'), person(man, '张三')] });
    expect(ticket.json).toMatchObject({ number: 'A001', service: 'marriage', appointmentSlot: '14:00–14:30' });
    const a = (await api(host.url, clerk, 'GET', '/api/appointments?date=2026-11-25')).json.items[0];
    expect(a).toMatchObject({ state: 'checked_in', ticketNumber: 'A001' });
  });

  it('marks bookings never checked in as no-shows when the host starts on a later day', async () => {
    const solo = residentId('1984-04-04', 'male');
    for (const date of ['2026-11-26', '2026-11-27']) {
      expect((await api(host.url, clerk, 'POST', '/api/appointments', booking({ service: 'reissue', date, persons: [{ idNumber: solo, name: '吴十' }] }))).status).toBe(200);
    }
    const dataDir = host.dataDir;
    await host.close();
    // The host was off for two days: the start-up run marks both.
    host = await startInProcess({ dataDir, startMs: Date.parse('2026-11-28T08:00:00+08:00') });
    manager = await loginAs(host.url, 'boss', 'boss-pass-12');
    const absent = (await api(host.url, manager, 'GET', '/api/appointments?state=no_show&from=2026-11-01&to=2026-11-30')).json.items;
    expect(absent.map((x: { date: string }) => x.date)).toEqual(['2026-11-26', '2026-11-27']);
  });
});
