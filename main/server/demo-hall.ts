import { officeDate } from './clock';
import { addDays } from '../domain/dates';
import { gb11643CheckChar } from '../domain/identity';
import { insertAppointment } from '../store/appointments';
import type { WritableDB } from '../store/db';
import { addHallDevice, listHallDevices } from '../store/hall-devices';
import { issueTicket } from '../store/queue/actions';
import { insertWindow, listWindows } from '../store/queue/windows';
import { assignRange, receiveBatch } from '../store/stock/movements';
import { queueAct } from './queue/act';
import { officeCalendar } from './registration';

/** The demo's kiosk and board tokens: fixed, so that their pairing links can be printed at every demo start. */
export const DEMO_DEVICE_TOKENS = { kiosk: 'demo-kiosk-token', display: 'demo-display-token' } as const;

const id = (first17: string) => first17 + gb11643CheckChar(first17);

/**
 * The demo hall: three windows, a kiosk and a board, a few people waiting today and a couple booked
 * for the next working days. Seeded once, on the demo data folder only.
 */
export function seedDemoHall(db: WritableDB, nowMs: number): void {
  if (listWindows(db).length > 0) return;
  const by = { actor: 'demo', at: new Date(nowMs).toISOString() };
  insertWindow(db, { number: 1, name: '结婚登记窗口', services: ['marriage', 'divorce_application', 'divorce_registration'], active: true }, by);
  insertWindow(db, { number: 2, name: '综合窗口', services: ['reissue', 'adoption', 'marriage'], active: true }, by);
  insertWindow(db, { number: 3, name: '颁证厅', services: ['ceremony'], active: true }, by);
  seedDemoStock(db, officeDate(nowMs), by.at);
  if (listHallDevices(db).length === 0) {
    addHallDevice(db, { kind: 'kiosk', name: '演示自助取号机', printer: '' }, by, DEMO_DEVICE_TOKENS.kiosk);
    addHallDevice(db, { kind: 'display', name: '演示叫号屏', printer: '' }, by, DEMO_DEVICE_TOKENS.display);
  }
  const act = queueAct(db, {}, nowMs);
  const staffAct = { ...act, actor: 'demo' };
  issueTicket(db, { service: 'marriage', persons: [p('11010519950315101', '张伟'), p('11010519970802102', '王静')], declared: [], appointment: null }, staffAct);
  issueTicket(db, { service: 'reissue', persons: [p('11010519520101103', '刘秀英')], declared: [], appointment: null }, staffAct);
  issueTicket(db, { service: 'divorce_application', persons: [p('11010519880506105', '陈刚'), p('11010519900607106', '杨丽')], declared: [], appointment: null }, staffAct);
  const cal = officeCalendar(db);
  let next = addDays(act.day, 1);
  while (!cal.isWorkingDay(next)) next = addDays(next, 1);
  insertAppointment(db, {
    service: 'marriage', date: next, slot: { start: '09:30', end: '10:00' }, source: 'phone', provincialId: null,
    persons: [{ idType: 'resident_id', idNumber: id('11010519960909107'), name: '赵磊' }, { idType: 'resident_id', idNumber: id('11010519981010108'), name: '孙娜' }],
    phone: '13800000001', note: '演示预约',
  }, by, () => undefined);
}

/** Blank certificates received and handed to windows 1 and 2, so the demo prints certificates as a hall does. */
function seedDemoStock(db: WritableDB, on: string, at: string): void {
  const by = { actor: 'demo', at, on };
  const [first, second] = listWindows(db);
  for (const [type, prefix] of [['marriage', 'J'], ['divorce', 'L'], ['adoption', 'SY'], ['adoption_dissolution', 'JS']] as const) {
    const batch = receiveBatch(db, { type, prefix, from: 1, to: 500, digits: 7, receivedOn: on, receivedBy: 'demo', note: '演示入库' }, by);
    assignRange(db, { batchId: batch.id, from: 1, to: 100, windowId: first!.id }, by);
    assignRange(db, { batchId: batch.id, from: 101, to: 200, windowId: second!.id }, by);
  }
}

function p(first17: string, name: string) {
  return { idType: 'resident_id' as const, idNumber: id(first17), name, verified: 'staff' as const };
}
