import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/store/audit';
import { addDays } from '../../main/domain/dates';
import { api, loginAs, runHall } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';

const DAY = 86_400_000;
let host: InProcHost;
let clerk: string;
const codes = (res: { json: { violations?: { code: string }[] } }) => (res.json.violations ?? []).map((v) => v.code).sort();
const divorce = (m: Awaited<ReturnType<typeof marry>>) => ({
  kind: 'divorce', parties: [m.husband, m.wife], marriageCertificateNumber: m.certificateNumber, agreementSigned: true, fullCapacity: [true, true],
});

beforeAll(async () => {
  // Wednesday 2025-06-04, the worked example of domain.md.
  host = await startInProcess({ startMs: Date.parse('2025-06-04T09:30:00+08:00'), statusChecker: fakeProvince() });
  ({ clerk } = await setUpOffice(host.url));
});
afterAll(async () => host.close());

describe('divorce with the cooling-off period', () => {
  it('accepts on Day 0 with the worked example\'s dates, and refuses a second open case', async () => {
    const m = await marry(host.url, clerk, '甲');
    const res = await api(host.url, clerk, 'POST', '/api/cases', divorce(m));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ kind: 'divorce', status: 'accepted', acceptedOn: '2025-06-04', statusLabel: '冷静期' });
    expect(res.json.periods).toMatchObject({ coolingOffEnds: '2025-07-04', collectionStarts: '2025-07-05', collectionEnds: '2025-08-04', deemedWithdrawnOn: '2025-08-05', provisional: false });
    const again = await api(host.url, clerk, 'POST', '/api/cases', divorce(m));
    expect(again.status).toBe(422);
    expect(codes(again)).toEqual(['DIV_CASE_OPEN']);
    expect(host.db.prepare("SELECT count(*) FROM outbox WHERE kind = 'divorce_application'").pluck().get()).toBe(1);
  });

  it('refuses an application without agreement, for an unknown marriage, or by the wrong people, all at once', async () => {
    const m = await marry(host.url, clerk, '乙');
    const other = await marry(host.url, clerk, '丙');
    const res = await api(host.url, clerk, 'POST', '/api/cases', { ...divorce(m), parties: [m.husband, other.wife], agreementSigned: false, fullCapacity: [true, false] });
    expect(codes(res)).toEqual(['DIV_CAPACITY', 'DIV_NO_AGREEMENT', 'DIV_PARTIES_MISMATCH']);
    const unknown = await api(host.url, clerk, 'POST', '/api/cases', { ...divorce(m), marriageCertificateNumber: 'J110101-2020-999999' });
    expect(codes(unknown)).toEqual(['DIV_MARRIAGE_UNKNOWN']);
  });

  it('lets one party withdraw on the last day of cooling-off, and then nothing more', async () => {
    const m = await marry(host.url, clerk, '丁');
    const accepted = await api(host.url, clerk, 'POST', '/api/cases', divorce(m));
    const id = accepted.json.id;
    const onLastDay = await api(host.url, clerk, 'POST', '/api/cases/check', { caseId: id, action: { action: 'withdraw', partyIndex: 1 }, on: '2025-07-04' });
    expect(onLastDay.json.violations).toEqual([]);
    const dayAfter = await api(host.url, clerk, 'POST', '/api/cases/check', { caseId: id, action: { action: 'withdraw', partyIndex: 1 }, on: '2025-07-05' });
    expect(codes(dayAfter)).toEqual(['DIV_WITHDRAW_TOO_LATE']);
    const withdrawn = await api(host.url, clerk, 'POST', `/api/cases/${id}/actions`, { action: 'withdraw', partyIndex: 1 });
    expect(withdrawn.json).toMatchObject({ status: 'withdrawn', withdrawnOn: '2025-06-04', statusLabel: '已撤回' });
    const register = await api(host.url, clerk, 'POST', `/api/cases/${id}/actions`, { action: 'register' });
    expect(codes(register)).toContain('DIV_CASE_CLOSED');
    expect(host.db.prepare("SELECT count(*) FROM outbox WHERE kind = 'divorce_withdrawal'").pluck().get()).toBe(1);
  });

  it('registers in the collection period only, with both present and terms confirmed', async () => {
    const id = (await api(host.url, clerk, 'GET', '/api/cases?q=J110101-2025-000001')).json.cases[0].id as number;
    const open = host.db.prepare("SELECT id FROM cases WHERE kind = 'divorce' AND related_case_id = ?").pluck().get(id) as number;
    // The 结婚证 number also finds the divorce that grew from it.
    expect((await api(host.url, clerk, 'GET', '/api/cases?q=J110101-2025-000001')).json.cases.map((c: { id: number }) => c.id)).toEqual([id, open]);
    const tooEarly = await api(host.url, clerk, 'POST', `/api/cases/${open}/actions`, { action: 'confirm-terms', childrenArranged: true, propertyAndDebtsAgreed: true });
    expect(codes(tooEarly)).toEqual(['DIV_COOLING_OFF']);
    const early = await api(host.url, clerk, 'POST', `/api/cases/${open}/actions`, { action: 'register' });
    expect(codes(early)).toEqual(['DIV_COOLING_OFF', 'DIV_TERMS_UNCONFIRMED']);
    await advanceDays(30); // 2025-07-04, the last day of cooling-off
    expect(codes(await api(host.url, clerk, 'POST', `/api/cases/${open}/actions`, { action: 'register' }))).toContain('DIV_COOLING_OFF');
    await advanceDays(1); // 2025-07-05, collection begins
    const oneParty = await api(host.url, clerk, 'POST', `/api/cases/${open}/actions`, { action: 'register', bothPresent: false });
    expect(codes(oneParty)).toEqual(['DIV_BOTH_REQUIRED', 'DIV_TERMS_UNCONFIRMED']);
    await api(host.url, clerk, 'POST', `/api/cases/${open}/actions`, { action: 'confirm-terms', childrenArranged: true, propertyAndDebtsAgreed: true });
    const done = await api(host.url, clerk, 'POST', `/api/cases/${open}/actions`, { action: 'register' });
    expect(done.json).toMatchObject({ status: 'registered', registeredOn: '2025-07-05', certificateNumber: 'L110101-2025-000001' });
    const reissue = await api(host.url, clerk, 'POST', '/api/cases/check', {
      proposal: { kind: 'reissue', certificateKind: 'marriage', originalCertificateNumber: 'J110101-2025-000001', applicant: partyOf(open, 0) },
    });
    expect(codes(reissue)).toEqual(['REI_STATUS_CHANGED']);
  });

  it('deems a case withdrawn the day after collection ends, at start-up, whatever day the host comes back', async () => {
    const m = await marry(host.url, clerk, '戊'); // accepted on 2025-07-05: collection ends 2025-09-03
    const accepted = await api(host.url, clerk, 'POST', '/api/cases', divorce(m));
    expect(accepted.json.periods.deemedWithdrawnOn).toBe(addDays(accepted.json.periods.collectionEnds, 1));
    await host.close();
    // The host is off for months and started again; the case closes dated by its own periods.
    const again = await runHall(['audit', 'verify'], { HALL_DATA_DIR: host.dataDir });
    expect(again.code).toBe(0);
    const reopened = await startInProcess({ dataDir: host.dataDir, startMs: Date.parse('2025-12-01T09:00:00+08:00'), statusChecker: fakeProvince() });
    try {
      const row = reopened.db.prepare('SELECT status, withdrawn_on FROM cases WHERE id = ?').get(accepted.json.id) as { status: string; withdrawn_on: string };
      expect(row).toEqual({ status: 'deemed_withdrawn', withdrawn_on: accepted.json.periods.deemedWithdrawnOn });
      expect(reopened.db.prepare("SELECT count(*) FROM outbox WHERE kind = 'divorce_withdrawal'").pluck().get()).toBe(2);
      // Idempotent: a second start changes nothing.
      const before = reopened.db.prepare('SELECT count(*) FROM case_events').pluck().get();
      await reopened.close();
      const third = await startInProcess({ dataDir: host.dataDir, startMs: Date.parse('2025-12-02T09:00:00+08:00'), statusChecker: fakeProvince() });
      expect(third.db.prepare('SELECT count(*) FROM case_events').pluck().get()).toBe(before);
      expect(verifyAudit(third.db).ok).toBe(true);
      const clerk2 = await loginAs(third.url, 'clerk', 'clerk-pass-1');
      const reg = await api(third.url, clerk2, 'POST', `/api/cases/${accepted.json.id}/actions`, { action: 'register' });
      expect(codes(reg)).toContain('DIV_DEEMED_WITHDRAWN');
      await third.close();
    } finally {
      await reopened.close();
    }
  });
});

/** Moves the host's clock; the 12-hour session has then ended, so the registrar signs in again. */
async function advanceDays(n: number) {
  host.advance(n * DAY);
  clerk = await loginAs(host.url, 'clerk', 'clerk-pass-1');
}

function partyOf(caseId: number, position: number) {
  const snap = host.db.prepare('SELECT snapshot FROM case_parties WHERE case_id = ? AND position = ?').pluck().get(caseId, position) as string;
  return JSON.parse(snap);
}
