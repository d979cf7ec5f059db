import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartyInput } from '../../main/domain/case-types';
import { addDays } from '../../main/domain/dates';
import { divorcePeriods } from '../../main/domain/divorce';
import { ageOn } from '../../main/domain/identity';
import { downgradeId18 } from '../../main/domain/identity-15';
import { periodKey, periodsInRange, type RegistryGrouping } from '../../main/domain/registry-periods';
import type { CaseRow } from '../../main/store/cases';
import { runDeemedWithdrawals } from '../../main/store/registrations/divorce';
import { REGISTRY_QUERIES } from '../../main/store/registry-stats';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { marriageProposal, party } from '../helpers/people';
import {
  acceptDivorceOn, adoptOn, backEnter, calendar, contextOn, dissolveOn, marryOn, paperParty, paperRecord, registerDivorceOn, reissueOn, revokeOn, withdrawDivorceOn,
} from '../helpers/registry-seed';

/**
 * A small archive with known dates, the first and last days of months and Beijing midnights among
 * them; every figure of the statistics is checked against a count made here from what was done.
 */
const TODAY = '2026-03-20';

interface Spouse {
  readonly key: string;
  readonly sex: 'male' | 'female';
  readonly birthDate: string | null;
  readonly foreign: boolean;
}
interface Marriage {
  readonly id: number;
  readonly on: string;
  readonly spouses: readonly Spouse[];
  voided: boolean;
}
interface Divorce {
  readonly acceptedOn: string | null;
  registeredOn: string | null;
  withdrawnOn: string | null;
}

const marriages: Marriage[] = [];
const divorces: Divorce[] = [];
const reissues: string[] = [];
const revocations: string[] = [];
const adoptions: string[] = [];
const dissolutions: string[] = [];
const backEntries: { enteredOn: string; kind: string; registeredOn: string }[] = [];

const spouse = (p: PartyInput): Spouse => ({
  key: p.idNumber,
  sex: p.sex,
  birthDate: p.birthDate,
  foreign: p.nationality !== 'CHN' || !['resident_id', 'none'].includes(p.idType) || p.overseasChinese,
});

let host: InProcHost;
let manager: string;
let admin: string;
let clerk: string;

function married(m: CaseRow, h: PartyInput, w: PartyInput): CaseRow {
  marriages.push({ id: m.id, on: m.registeredOn!, spouses: [spouse(h), spouse(w)], voided: false });
  return m;
}

/** A couple married on `on` by the store, as the window would. */
function marry(h: PartyInput, w: PartyInput, on: string): CaseRow {
  return married(marryOn(host.db, h, w, on), h, w);
}

/** A marriage through the API at the host's present instant: its date is the Beijing date of that instant. */
async function marryByApi(h: ReturnType<typeof party>, w: ReturnType<typeof party>): Promise<void> {
  const draft = await api(host.url, clerk, 'POST', '/api/cases', marriageProposal(h, w));
  expect(draft.status).toBe(200);
  expect((await api(host.url, clerk, 'POST', `/api/cases/${draft.json.id}/actions`, { action: 'accept' })).status).toBe(200);
  const done = await api(host.url, clerk, 'POST', `/api/cases/${draft.json.id}/actions`, { action: 'register' });
  expect(done.status).toBe(200);
  marriages.push({ id: done.json.id, on: done.json.registeredOn, spouses: [spouse(h), spouse(w)], voided: false });
}

beforeAll(async () => {
  // Five minutes before Beijing midnight at the end of February.
  host = await startInProcess({ startMs: Date.parse('2026-02-28T23:55:00+08:00'), statusChecker: fakeProvince() });
  ({ clerk, manager, admin } = await setUpOffice(host.url));
  const db = host.db;

  // Marriages on the last and first days of months; a leap-day bride; a foreign groom.
  const a = party('甲男', 'male', '1990-05-10');
  const b = party('乙女', 'female', '1992-02-29');
  const m1 = marry(a, b, '2025-12-31');
  const c = party('丙男', 'male', '1985-01-01');
  const d = party('丁女', 'female', '1988-01-01');
  const m2 = marry(c, d, '2026-01-01');
  marry(party('戊男', 'male', '1993-06-30'), party('己女', 'female', '1995-07-01'), '2026-01-31');
  const g = { ...party('JOHN SMITH', 'male', '1984-08-08'), idType: 'passport' as const, idNumber: 'E12345678', nationality: 'USA' };
  marry(g, party('庚女', 'female', '1990-10-10'), '2026-02-01');

  // At 23:59:30 on 02-28, then 30 seconds after Beijing midnight: one on each side of the month.
  host.advance(4.5 * 60_000);
  await marryByApi(party('辛男', 'male', '1998-03-01'), party('壬女', 'female', '2000-02-29'));
  host.advance(60_000);
  await marryByApi(party('癸男', 'male', '1998-03-01'), party('子女', 'female', '2000-02-29'));

  // A divorce registered in the collection period, then the man marries again: a remarriage for him only.
  const d1 = acceptDivorceOn(db, m1, a, b, '2026-01-05');
  registerDivorceOn(db, d1.id, '2026-02-10');
  divorces.push({ acceptedOn: '2026-01-05', registeredOn: '2026-02-10', withdrawnOn: null });
  marry(a, party('丑女', 'female', '1991-11-11'), '2026-03-02');

  // Withdrawn in cooling-off; then a reissue of the marriage that stands.
  const d2 = acceptDivorceOn(db, m2, c, d, '2026-01-12');
  withdrawDivorceOn(db, d2.id, '2026-01-20');
  divorces.push({ acceptedOn: '2026-01-12', registeredOn: null, withdrawnOn: '2026-01-20' });
  reissueOn(db, m2, c, '2026-02-12');
  reissues.push('2026-02-12');

  // A marriage revoked for impersonation: the man's next marriage is his first.
  const j = party('寅男', 'male', '1989-09-09');
  const k = party('卯女', 'female', '1990-09-09');
  const jk = marry(j, k, '2025-06-01');
  revokeOn(db, jk.id, '2026-01-20');
  marriages.find((m) => m.id === jk.id)!.voided = true;
  revocations.push('2026-01-20');
  marry(j, party('辰女', 'female', '1992-12-12'), '2026-03-03');

  // Deemed withdrawn: one closed by the nightly job (run as of 03-05), one only by its dates.
  const n = party('巳男', 'male', '1980-01-01');
  const o = party('午女', 'female', '1982-01-01');
  const no = marry(n, o, '2025-03-03');
  acceptDivorceOn(db, no, n, o, '2025-12-20');
  divorces.push({ acceptedOn: '2025-12-20', registeredOn: null, withdrawnOn: null });
  runDeemedWithdrawals(db, '2026-03-05', { ...contextOn('2026-03-05'), by: { actor: 'system', at: '2026-03-04T16:00:05.000Z' } });
  const q = party('未男', 'male', '1981-01-01');
  const r = party('申女', 'female', '1983-01-01');
  acceptDivorceOn(db, marry(q, r, '2025-04-04'), q, r, '2026-01-08');
  divorces.push({ acceptedOn: '2026-01-08', registeredOn: null, withdrawnOn: null });
  // Still open on 03-20: in cooling-off, and in collection.
  const s = party('酉男', 'male', '1982-02-02');
  const t = party('戌女', 'female', '1984-02-02');
  acceptDivorceOn(db, marry(s, t, '2025-05-05'), s, t, '2026-03-10');
  divorces.push({ acceptedOn: '2026-03-10', registeredOn: null, withdrawnOn: null });
  const u = party('亥男', 'male', '1983-03-03');
  const v = party('甲女', 'female', '1985-03-03');
  acceptDivorceOn(db, marry(u, v, '2025-06-06'), u, v, '2026-02-02');
  divorces.push({ acceptedOn: '2026-02-02', registeredOn: null, withdrawnOn: null });

  // An adoption, dissolved later.
  const adoption = adoptOn(db, '2026-01-15', '安');
  adoptions.push('2026-01-15');
  dissolveOn(db, adoption, '2026-03-05');
  dissolutions.push('2026-03-05');

  // Paper-era records, entered on either side of Beijing midnight at the end of January.
  const p = party('乙男', 'male', '1966-06-06');
  const p15 = downgradeId18(p.idNumber)!;
  // Both spouses by their numbers, so the paper divorce is linked to the paper marriage it ended.
  const w1 = paperParty('丙女', 'female', '1968-08-08', downgradeId18(party('丙女', 'female', '1968-08-08').idNumber));
  const paper = [
    { at: '2026-01-31T15:59:59.000Z', enteredOn: '2026-01-31', record: paperRecord('marriage', '1999-12-31', '京东结字第 1 号', '北京市东城区民政局', [paperParty('丁男', 'male', '1970-01-01', null), paperParty('戊女', 'female', '1972-01-01', null)]) },
    { at: '2026-01-31T16:00:00.000Z', enteredOn: '2026-02-01', record: paperRecord('reissue', '2000-01-01', '京东补字第 2 号', '北京市东城区民政局', [paperParty('己男', 'male', '1971-01-01', null), paperParty('庚女', 'female', '1973-01-01', null)]) },
    { at: '2026-02-10T02:00:00.000Z', enteredOn: '2026-02-10', record: paperRecord('marriage', '1995-05-05', '京东结字第 3 号', '北京市东城区民政局', [paperParty('乙男', 'male', '1966-06-06', p15), w1]) },
    { at: '2026-02-10T02:00:01.000Z', enteredOn: '2026-02-10', record: paperRecord('divorce', '2000-06-06', '京东离字第 4 号', '北京市东城区民政局', [paperParty('乙男', 'male', '1966-06-06', p15), w1]) },
    { at: '2026-03-01T01:00:00.000Z', enteredOn: '2026-03-01', record: paperRecord('marriage', '1988-08-08', '京东结字第 5 号', '北京市东城区民政局', [paperParty('辛男', 'male', null, null), paperParty('壬女', 'female', null, null)]) },
  ];
  for (const { at, enteredOn, record } of paper) {
    const id = backEnter(db, record, at);
    backEntries.push({ enteredOn, kind: record.kind, registeredOn: record.registrationDate });
    const spouses = record.parties.map((x, i) => ({ key: x.canonicalId ?? `none-${id}-${i}`, sex: x.sex, birthDate: x.birthDate, foreign: false }));
    if (record.kind === 'marriage') marriages.push({ id, on: record.registrationDate, spouses, voided: false });
    if (record.kind === 'divorce') divorces.push({ acceptedOn: null, registeredOn: record.registrationDate, withdrawnOn: null });
    if (record.kind === 'reissue') reissues.push(record.registrationDate);
  }
  // The man of the paper marriage and divorce marries again at the window: a remarriage by the records.
  marry(p, party('癸女', 'female', '1975-05-05'), '2026-03-04');

  host.advance(Date.parse(`${TODAY}T10:00:00+08:00`) - Date.parse('2026-03-01T00:00:30+08:00'));
  // Three weeks on, the sessions have ended: sign in again.
  [clerk, manager, admin] = await Promise.all([loginAs(host.url, 'clerk', 'clerk-pass-1'), loginAs(host.url, 'boss', 'boss-pass-12'), loginAs(host.url, 'admin', 'admin-test-pass')]);
});
afterAll(async () => host.close());

const within = (d: string | null, from: string, to: string) => d !== null && d >= from && d <= to;
const deemedOn = (x: Divorce) => (x.acceptedOn === null || x.registeredOn !== null || x.withdrawnOn !== null ? null : divorcePeriods(x.acceptedOn, calendar).deemedWithdrawnOn);
const beforeIn = (m: Marriage, other: Marriage) => other.on < m.on || (other.on === m.on && other.id < m.id);

/** The figures of one period, counted from what the test did. */
function expected(from: string, to: string, key: string) {
  const ms = marriages.filter((m) => within(m.on, from, to));
  const spouses = ms.flatMap((m) => m.spouses.map((s) => ({ m, s })));
  const remarried = spouses.filter(({ m, s }) => marriages.some((o) => o !== m && !o.voided && beforeIn(m, o) && o.spouses.some((x) => x.key === s.key)));
  const meanAge = (sex: 'male' | 'female') => {
    const ages = spouses.filter(({ s }) => s.sex === sex && s.birthDate !== null).map(({ m, s }) => ageOn(s.birthDate!, m.on));
    return ages.length === 0 ? null : Math.round((ages.reduce((x, y) => x + y, 0) / ages.length) * 100) / 100;
  };
  const end = to < TODAY ? to : TODAY;
  const closedBy = (x: Divorce, e: string) => [x.registeredOn, x.withdrawnOn, deemedOn(x)].some((d) => d !== null && d <= e);
  const count = (dates: readonly (string | null)[]) => dates.filter((d) => within(d, from, to)).length;
  return {
    key,
    from,
    to,
    marriages: ms.length,
    marriagesForeign: ms.filter((m) => m.spouses.some((s) => s.foreign)).length,
    firstMarriages: spouses.length - remarried.length,
    remarriages: remarried.length,
    meanAgeMale: meanAge('male'),
    meanAgeFemale: meanAge('female'),
    divorces: count(divorces.map((x) => x.registeredOn)),
    divorceApplications: count(divorces.map((x) => x.acceptedOn)),
    divorcesWithdrawn: count(divorces.map((x) => x.withdrawnOn)),
    divorcesDeemedWithdrawn: count(divorces.map(deemedOn).filter((d) => d !== null && d <= TODAY)),
    divorcesPending: from > TODAY ? null : divorces.filter((x) => x.acceptedOn !== null && x.acceptedOn <= end && !closedBy(x, end)).length,
    reissues: count(reissues),
    revocations: count(revocations),
    adoptions: count(adoptions),
    adoptionDissolutions: count(dissolutions),
    backEntered: count(backEntries.map((b) => b.enteredOn)),
  };
}

async function stats(from: string, to: string, grouping: RegistryGrouping, token = manager) {
  const res = await api(host.url, token, 'GET', `/api/registry/stats?from=${from}&to=${to}&grouping=${grouping}`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json;
}

describe('the registry statistics (登记统计)', () => {
  it('dates the API registrations either side of Beijing midnight on the last day of February', () => {
    expect(marriages.filter((m) => m.on === '2026-02-28' || m.on === '2026-03-01').map((m) => m.on)).toEqual(['2026-02-28', '2026-03-01']);
  });

  it('gives every figure of every month of the quarter, and of the whole quarter, as counted from the records', async () => {
    const answer = await stats('2025-12-31', '2026-03-31', 'month');
    expect(answer.asOf).toBe(TODAY);
    const periods = periodsInRange('2025-12-31', '2026-03-31', 'month');
    expect(answer.periods).toEqual(periods.map((p) => expected(p.from, p.to, p.key)));
    expect(answer.total).toEqual(expected('2025-12-31', '2026-03-31', 'total'));
    // The scenario reaches every figure, so none of them passes by being zero everywhere.
    for (const [name, value] of Object.entries(answer.total)) if (typeof value === 'number') expect(value, name).toBeGreaterThan(0);
  });

  it('puts each day on its own side of month ends and of Beijing midnight, by day and by year', async () => {
    const days = await stats('2026-01-29', '2026-03-02', 'day');
    expect(days.periods).toEqual(periodsInRange('2026-01-29', '2026-03-02', 'day').map((p) => expected(p.from, p.to, p.key)));
    const byKey = Object.fromEntries(days.periods.map((p: { key: string }) => [p.key, p]));
    expect(byKey['2026-01-31'].backEntered).toBe(1);
    expect(byKey['2026-02-01'].backEntered).toBe(1);
    // The leap-day brides: 25 the day before their birthday in a common year, 26 on 1 March.
    expect(byKey['2026-02-28'].meanAgeFemale).toBe(25);
    expect(byKey['2026-03-01'].meanAgeFemale).toBe(26);
    const years = await stats('1988-01-01', '2026-12-31', 'year');
    expect(years.periods).toEqual(periodsInRange('1988-01-01', '2026-12-31', 'year').map((p) => expected(p.from, p.to, p.key)));
  });

  it('counts deemed withdrawals whether or not the nightly job has closed them, and never one still to come', async () => {
    const q = await stats('2026-01-01', '2026-12-31', 'year');
    const deemed = divorces.map(deemedOn).filter((d): d is string => d !== null);
    // One deemed before 03-05 (closed by the job), one after it but by today, none in the future yet.
    expect(deemed.filter((d) => d <= '2026-03-05')).toHaveLength(1);
    expect(deemed.filter((d) => d > '2026-03-05' && d <= TODAY)).toHaveLength(1);
    expect(q.total.divorcesDeemedWithdrawn).toBe(2);
    expect(host.db.prepare("SELECT count(*) FROM cases WHERE status = 'deemed_withdrawn'").pluck().get()).toBe(1);
    // Pending at the end of a period that has not ended yet stops at today; a month still to come has none.
    const months = await stats('2026-03-01', '2026-04-30', 'month');
    expect(months.periods.map((p: { divorcesPending: number | null }) => p.divorcesPending)).toEqual([2, null]);
    expect(periodKey(TODAY, 'month')).toBe('2026-03');
  });

  it('counts back-entered records by the decade and kind of their registration', async () => {
    const progress = await api(host.url, manager, 'GET', '/api/registry/back-entries');
    expect(progress.status).toBe(200);
    expect(progress.json).toEqual({
      total: 5,
      byDecade: [
        { decade: 1980, marriage: 1, divorce: 0, reissue: 0, total: 1 },
        { decade: 1990, marriage: 2, divorce: 0, reissue: 0, total: 2 },
        { decade: 2000, marriage: 0, divorce: 1, reissue: 1, total: 2 },
      ],
    });
  });

  it('reads every figure through an index', () => {
    for (const [name, sql] of Object.entries(REGISTRY_QUERIES)) {
      const plan = (host.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '2026-01-01', to: '2026-12-31', n: 7, fromAt: 'a', toAt: 'b', cutoff: '2026-01-01', end: '2026-02-02' }) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
      // All back entries so far are counted by walking the partial index that holds only them; a query
      // reads its own subquery's rows.
      const own = plan.replace(/SCAN \(subquery-\d+\)/g, '');
      const allowed = name === 'backEntryDecades' ? own.replace('SCAN c USING INDEX cases_unaccepted_kind_registered', '') : own;
      expect(allowed, name).not.toMatch(/\bSCAN\b/);
      expect(plan, name).toMatch(/USING (COVERING )?INDEX/);
    }
  });

  it('is for managers and admins, and names the field of a bad range', async () => {
    await stats('2026-01-01', '2026-01-31', 'month', admin);
    expect((await api(host.url, clerk, 'GET', '/api/registry/stats?from=2026-01-01&to=2026-01-31')).status).toBe(403);
    expect((await api(host.url, clerk, 'GET', '/api/registry/back-entries')).status).toBe(403);
    expect((await api(host.url, admin, 'GET', '/api/registry/back-entries')).status).toBe(200);
    const backwards = await api(host.url, manager, 'GET', '/api/registry/stats?from=2026-02-01&to=2026-01-31');
    expect(backwards.status).toBe(422);
    expect(backwards.json.violations[0]).toMatchObject({ field: 'to' });
    const tooLong = await api(host.url, manager, 'GET', `/api/registry/stats?from=2020-01-01&to=${addDays('2020-01-01', 1000)}&grouping=day`);
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.violations[0]).toMatchObject({ field: 'grouping', message: expect.stringContaining('按月或按年') });
  });
});
