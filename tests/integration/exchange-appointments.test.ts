import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { syncAppointments } from '../../main/exchange/appointment-sync';
import { generateOfficeKey, officeKey } from '../../main/exchange/signing';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { startReferenceProvince, type ReferenceProvince } from '../helpers/province';

const OFFICE = '110101001';
const TODAY = '2026-11-23';
const key = generateOfficeKey();
let province: ReferenceProvince;
let host: InProcHost;
let manager: string;
const him = { name: '网约男', idType: 'resident_id', idNumber: residentId('1990-01-01', 'male'), phone: '13900000001' };
const her = { name: '网约女', idType: 'resident_id', idNumber: residentId('1991-01-01', 'female'), phone: '' };

const online = async () => (await api(host.url, manager, 'GET', `/api/appointments?from=${TODAY}&to=${addDays(TODAY, 15)}`)).json.items.filter((a: { source: string }) => a.source === 'online');
const pullAgain = () => syncAppointments(host.db, { baseUrl: province.url, key: officeKey(key.privateKey), officeCode: () => OFFICE }, TODAY, () => new Date().toISOString());

beforeAll(async () => {
  province = await startReferenceProvince({ offices: { [OFFICE]: key.publicKey } });
  province.appointments.put(OFFICE, { id: 'P-1', date: '2026-11-24', slot: '09:00-09:30', service: 'marriage', parties: [him, her] });
  province.appointments.put(OFFICE, { id: 'P-2', date: '2026-11-26', slot: '14:00-14:30', service: 'divorce', parties: [him, her] });
  // Beyond the 15 days: not pulled.
  province.appointments.put(OFFICE, { id: 'P-3', date: '2026-12-20', slot: '09:00-09:30', service: 'reissue', parties: [him] });
  host = await startInProcess({ startMs: Date.parse(`${TODAY}T08:00:00+08:00`), env: { HALL_PROVINCE_URL: province.url, HALL_PROVINCE_KEY: key.privateKey, HALL_OFFICE_CODE: OFFICE } });
  ({ manager } = await setUpOffice(host.url, 'admin-test-pass', OFFICE));
});
afterAll(async () => {
  await host.close();
  await province.close();
});

describe('online appointments pulled from the province', () => {
  it('arrive at start-up, with the couple, the slot and the service, as online bookings', async () => {
    await expect.poll(async () => (await online()).length, { timeout: 10_000 }).toBe(2);
    const [a, b] = await online();
    expect(a).toMatchObject({ provincialId: 'P-1', service: 'marriage', date: '2026-11-24', slotStart: '09:00', slotEnd: '09:30', state: 'booked', phone: '13900000001', persons: [{ name: '网约男' }, { name: '网约女' }] });
    expect(b).toMatchObject({ provincialId: 'P-2', service: 'divorce_registration', date: '2026-11-26' });
  });

  it('are never duplicated by a pull again, and a cancellation online cancels here', async () => {
    expect((await pullAgain()).changed).toBe(0);
    province.appointments.cancel(OFFICE, 'P-1');
    const outcome = await pullAgain();
    expect(outcome).toMatchObject({ changed: 1, skipped: 0, failedDays: [] });
    const [a] = await online();
    expect(a).toMatchObject({ provincialId: 'P-1', state: 'cancelled' });
    expect(await online()).toHaveLength(2);
  });
});
