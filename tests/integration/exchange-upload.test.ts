import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOfficeKey } from '../../main/exchange/signing';
import { api, runHall, tempDataDir } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { startReferenceProvince, type ReferenceProvince } from '../helpers/province';

const OFFICE = '110101001';
const key = generateOfficeKey();
let province: ReferenceProvince;
let host: InProcHost;
let clerk: string;
let manager: string;

const outbox = () => host.db.prepare('SELECT record_id AS recordId, revision, state, receipt, attempts FROM outbox ORDER BY id').all() as {
  recordId: string; revision: number; state: string; receipt: string | null; attempts: number;
}[];

beforeAll(async () => {
  province = await startReferenceProvince({
    offices: { [OFFICE]: key.publicKey },
    // The province refuses, on its merits, any record naming 张拒 (its own records show a spouse).
    judge: (rec) => (rec.parties.some((p) => (p as { name?: string }).name === '张拒') ? { code: 'E_ALREADY_MARRIED', message: '省级记录显示有配偶' } : null),
  });
  host = await startInProcess({
    env: { HALL_PROVINCE_URL: province.url, HALL_PROVINCE_KEY: key.privateKey, HALL_OFFICE_CODE: OFFICE },
    statusChecker: fakeProvince(),
  });
  ({ clerk, manager } = await setUpOffice(host.url, 'admin-test-pass', OFFICE));
});
afterAll(async () => {
  await host.close();
  await province.close();
});

describe('uploading registrations to the province', () => {
  it('checks the configuration with hall province ping', async () => {
    const dataDir = tempDataDir();
    const res = await runHall(['province', 'ping'], { HALL_DATA_DIR: dataDir, HALL_PROVINCE_URL: province.url, HALL_PROVINCE_KEY: key.privateKey, HALL_OFFICE_CODE: OFFICE });
    expect(res.out).toContain('省级平台连接正常：登记机关 110101001，签名有效');
    expect(res.code).toBe(0);
    const wrong = await runHall(['province', 'ping'], { HALL_DATA_DIR: dataDir, HALL_PROVINCE_URL: province.url, HALL_PROVINCE_KEY: generateOfficeKey().privateKey, HALL_OFFICE_CODE: OFFICE });
    expect(wrong.out).toContain('省级平台拒绝：401 E_SIGNATURE：省级平台不认识本机关的签名');
    expect(wrong.code).toBe(1);
  });

  it('delivers each registration, storing the province\'s receipt with it', async () => {
    for (const tag of ['甲', '乙', '丙']) await marry(host.url, clerk, tag);
    await expect.poll(() => outbox().every((r) => r.state === 'delivered'), { timeout: 15_000 }).toBe(true);
    const rows = outbox();
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.receipt).toBe(province.state.get(r.recordId, r.revision)?.receipt);
  });

  it('delivers every record exactly once through resets before and after applying, 500, 503 and 429', async () => {
    province.faults.next('resetAfterApply', 1, { on: 'batch' });
    province.faults.next('unavailable503', 1, { on: 'batch', retryAfterSec: 1 });
    province.faults.next('error500', 1, { on: 'batch' });
    province.faults.next('tooMany429', 1, { on: 'batch', retryAfterSec: 1 });
    province.faults.next('resetBeforeApply', 1, { on: 'batch' });
    for (const tag of ['丁', '戊', '己']) await marry(host.url, clerk, tag);
    await expect.poll(() => outbox().every((r) => r.state === 'delivered'), { timeout: 60_000, interval: 500 }).toBe(true);
    expect(province.faults.pending()).toEqual([]);
    const rows = outbox();
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(province.state.submissions(r.recordId, r.revision).applied).toBe(1);
    // The lost reply was sent again: the province answered duplicate, and the row kept the first receipt.
    expect(rows.some((r) => r.attempts > 1)).toBe(true);
  }, 90_000);

  it('parks a record the province refuses on its merits for a manager, who sends it again or acknowledges it', async () => {
    const { caseId, certificateNumber } = await marry(host.url, clerk, '拒');
    await expect.poll(async () => (await api(host.url, manager, 'GET', '/api/exchange/status')).json.rejected, { timeout: 15_000 }).toBe(1);
    const status = (await api(host.url, manager, 'GET', '/api/exchange/status')).json;
    expect(status).toMatchObject({ configured: true, pending: 0, deliveredToday: 6, alert: null });
    expect(status.rejections).toMatchObject([{ code: 'E_ALREADY_MARRIED', message: '省级记录显示有配偶', caseId, certificateNumber, kind: 'marriage' }]);
    const id = status.rejections[0].id;
    expect((await api(host.url, clerk, 'POST', `/api/exchange/rejections/${id}`, { action: 'retry' })).status).toBe(403);
    // Sent again as it is, refused again: the cause is the person's record, not the upload.
    expect((await api(host.url, manager, 'POST', `/api/exchange/rejections/${id}`, { action: 'retry' })).json.rejected).toBe(0);
    await expect.poll(async () => (await api(host.url, manager, 'GET', '/api/exchange/status')).json.rejected, { timeout: 15_000 }).toBe(1);
    const done = await api(host.url, manager, 'POST', `/api/exchange/rejections/${id}`, { action: 'acknowledge', note: '已与省厅核实，系重名误报，线下报送' });
    expect(done.json).toMatchObject({ rejected: 0, rejections: [] });
  }, 40_000);

  it('stops on a refused signature instead of retrying, and keeps the record waiting', async () => {
    province.offices.remove(OFFICE);
    await marry(host.url, clerk, '庚');
    await expect.poll(() => province.state.requests()['batch 401'] ?? 0, { timeout: 15_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(province.state.requests()['batch 401']).toBe(1);
    expect(outbox().filter((r) => r.state === 'pending')).toHaveLength(1);
    const status = (await api(host.url, manager, 'GET', '/api/exchange/status')).json;
    expect(status).toMatchObject({ state: 'stopped', pending: 1, lastError: { code: 'E_SIGNATURE' } });
    expect(status.alert).toContain('上传已停止');
  }, 30_000);
});
