import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxWorker } from '../../main/exchange/outbox-worker';
import { generateOfficeKey } from '../../main/exchange/signing';
import { openDatabase, type WritableDB } from '../../main/store/db';
import { enqueueOutbox } from '../../main/store/outbox';
import { tempDataDir } from '../helpers/host';
import { startReferenceProvince, type ReferenceProvince } from '../helpers/province';
import { marriageRecord, OFFICE } from '../helpers/province/fixtures';

const key = generateOfficeKey();
const dir = tempDataDir();
let db: WritableDB;
let province: ReferenceProvince;
let worker: OutboxWorker;

const state = (recordId: string) => db.prepare('SELECT revision, state FROM outbox WHERE record_id = ? ORDER BY revision').all(recordId);
const enqueue = (recordId: string, revision: number, over: Record<string, unknown> = {}) =>
  enqueueOutbox(db, { recordId, revision, kind: 'marriage', payload: marriageRecord(recordId, { revision, ...over }) }, new Date().toISOString());

beforeAll(async () => {
  db = openDatabase(path.join(dir, 'hall.sqlite'));
  province = await startReferenceProvince({
    offices: { [OFFICE]: key.publicKey },
    judge: (rec) => (rec.recordId === 'rec-refused' && rec.revision === 1 ? { code: 'E_SCHEMA', message: '记录字段不合规' } : null),
  });
  worker = new OutboxWorker(db, { baseUrl: province.url, key, officeCode: () => OFFICE }, { firstBackoffMs: 5 });
  worker.start();
});
afterAll(async () => {
  await worker.stop();
  await province.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('corrections (revisions of one record)', () => {
  it('arrive after the revision they correct, never before, through a lost reply', async () => {
    province.faults.next('resetAfterApply', 1, { on: 'batch' });
    enqueue('rec-a', 1);
    enqueue('rec-a', 2, { details: { corrected: '女方姓名' } });
    enqueue('rec-a', 3, { details: { corrected: '登记日期' } });
    await expect.poll(() => state('rec-a').every((r) => (r as { state: string }).state === 'delivered'), { timeout: 15_000 }).toBe(true);
    const order = province.state.accepted().filter((a) => a.recordId === 'rec-a').map((a) => a.revision);
    expect(order).toEqual([1, 2, 3]);
    for (const revision of [1, 2, 3]) expect(province.state.submissions('rec-a', revision).gaps).toBe(0);
  });

  it('hold a correction while the revision before it is parked: it is never sent ahead of it', async () => {
    enqueue('rec-refused', 1);
    enqueue('rec-refused', 2, { details: { corrected: '证件号码' } });
    await expect.poll(() => state('rec-refused').map((r) => (r as { state: string }).state), { timeout: 15_000 }).toEqual(['rejected', 'pending']);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(state('rec-refused').map((r) => (r as { state: string }).state)).toEqual(['rejected', 'pending']);
    expect(province.state.submissions('rec-refused', 2)).toMatchObject({ applied: 0, gaps: 0 });
  });
});
