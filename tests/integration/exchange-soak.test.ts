import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { generateOfficeKey } from '../../main/exchange/signing';
import { api, loginAs, startHost, tempDataDir, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { marriageProposal, party } from '../helpers/people';
import { FAULT_KINDS, startReferenceProvince, type ReferenceProvince } from '../helpers/province';
import { seededRandom } from '../helpers/random';

/*
 * The fault soak of issue 7: registrations made through the API while the reference province
 * injects faults of every kind into the uploads and the host is killed with SIGKILL at random
 * moments and restarted. At the end every record revision was applied by the province exactly
 * once and the outbox is empty. SOAK_SEED replays the kill moments and the province's faults.
 */
const REGISTRATIONS = Number(process.env.SOAK_REGISTRATIONS ?? 2000);
const KILLS = Number(process.env.SOAK_KILLS ?? 20);
const MIN_FAULTS = Number(process.env.SOAK_FAULTS ?? 1000);
const SEED = Number(process.env.SOAK_SEED ?? Date.now() % 100_000);
const OFFICE = '110101001';

let province: ReferenceProvince;
let host: RunningHost | undefined;
afterAll(async () => {
  await host?.kill();
  await province?.close();
});

describe('uploads through faults and crashes', () => {
  it(`delivers ${REGISTRATIONS}+ registrations exactly once through ${MIN_FAULTS}+ province faults and ${KILLS} SIGKILLs`, async () => {
    console.log(`exchange soak: seed ${SEED} (replay with SOAK_SEED=${SEED})`);
    const rand = seededRandom(SEED);
    const key = generateOfficeKey();
    province = await startReferenceProvince({ offices: { [OFFICE]: key.publicKey }, seed: SEED });
    // Every kind, on the uploads only (a registrar's marital-status check is not the soak's subject).
    for (const kind of FAULT_KINDS) {
      province.faults.add({ kind, probability: kind === 'slow' ? 0.05 : 0.17, on: 'batch', retryAfterSec: 0, delayMs: 150 });
    }
    const dataDir = tempDataDir('hall-soak-');
    const env = { HALL_PROVINCE_URL: province.url, HALL_PROVINCE_KEY: key.privateKey, HALL_OFFICE_CODE: OFFICE, HALL_UPLOAD_RETRY_MS: '5', HALL_LOG_LEVEL: 'warn' };
    host = await startHost({ dataDir, env });
    const { clerk } = await setUpOffice(host.url, host.adminPassword, OFFICE);
    let token = clerk;

    const killEvery = Math.max(1, Math.floor(REGISTRATIONS / KILLS));
    let nextKill = Math.floor(killEvery * (0.5 + rand()));
    let kills = 0;
    let made = 0;
    const faults = () => Object.values(province.faults.counts()).reduce((a, b) => a + b, 0);
    for (let i = 0; made < REGISTRATIONS || faults() < MIN_FAULTS || kills < KILLS; i++) {
      if (kills < KILLS && made >= nextKill) {
        // A kill at a random moment: while the registration below is in flight, or between two.
        const inFlight = marry(host.url, token, i);
        await new Promise((r) => setTimeout(r, Math.floor(rand() * 40)));
        await host.kill();
        await inFlight.catch(() => undefined);
        kills += 1;
        nextKill = made + Math.floor(killEvery * (0.5 + rand()));
        host = await startHost({ dataDir, env });
        token = await loginAs(host.url, 'clerk', 'clerk-pass-1');
        continue;
      }
      if (await marry(host.url, token, i)) made += 1;
    }
    expect(kills).toBe(KILLS);

    // The last host drains the outbox through the faults that are still on.
    const manager = await loginAs(host.url, 'boss', 'boss-pass-12');
    await expect.poll(async () => (await api(host!.url, manager, 'GET', '/api/exchange/status')).json.pending, { timeout: 120_000, interval: 500 }).toBe(0);
    const final = (await api(host.url, manager, 'GET', '/api/exchange/status')).json;
    expect(final).toMatchObject({ pending: 0, rejected: 0 });
    await host.stop();

    const db = new Database(path.join(dataDir, 'hall.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT record_id AS recordId, revision, state, receipt FROM outbox ORDER BY id').all() as { recordId: string; revision: number; state: string; receipt: string }[];
    const registered = db.prepare("SELECT COUNT(*) FROM cases WHERE kind = 'marriage' AND status = 'registered'").pluck().get() as number;
    db.close();
    expect(rows.length).toBe(registered);
    expect(rows.length).toBeGreaterThanOrEqual(REGISTRATIONS);
    for (const r of rows) {
      expect(r.state).toBe('delivered');
      const sub = province.state.submissions(r.recordId, r.revision);
      expect(sub.applied, `${r.recordId}#${r.revision}`).toBe(1);
      expect(r.receipt).toBe(province.state.get(r.recordId, r.revision)!.receipt);
    }
    expect(province.state.accepted()).toHaveLength(rows.length);
    const counts = province.faults.counts();
    console.log(`exchange soak: ${rows.length} records, ${kills} kills, faults ${JSON.stringify(counts)}`);
    expect(faults()).toBeGreaterThanOrEqual(MIN_FAULTS);
    for (const kind of FAULT_KINDS) expect(counts[kind], kind).toBeGreaterThan(0);
  }, 1_200_000);
});

/** One marriage through the API; false when the host went away mid-way (the test then moves on). */
async function marry(url: string, token: string, i: number): Promise<boolean> {
  try {
    const h = { ...party(`男${i}`, 'male', addDays('1960-01-01', i)), name: `张${i}` };
    const w = { ...party(`女${i}`, 'female', addDays('1962-01-01', i)), name: `李${i}` };
    const draft = await api(url, token, 'POST', '/api/cases', marriageProposal(h, w));
    if (draft.status !== 200) throw new Error(JSON.stringify(draft.json));
    for (const action of ['accept', 'register']) {
      const res = await api(url, token, 'POST', `/api/cases/${draft.json.id}/actions`, { action });
      if (res.status !== 200) throw new Error(JSON.stringify(res.json));
    }
    return true;
  } catch (err) {
    if ((err as Error).message.includes('fetch failed') || (err as { cause?: unknown }).cause) return false;
    throw err;
  }
}
