import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/store/audit';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { couple, marriageProposal, party } from '../helpers/people';
import { setUpOffice } from '../helpers/office';

let host: InProcHost;
let clerk: string;
let manager: string;
const codes = (res: { json: { violations?: { code: string }[] } }) => (res.json.violations ?? []).map((v) => v.code).sort();

beforeAll(async () => {
  // 2026-05-20 10:00 Beijing time: the busiest day of the year.
  host = await startInProcess({ startMs: Date.parse('2026-05-20T10:00:00+08:00') });
  ({ clerk, manager } = await setUpOffice(host.url));
});
afterAll(async () => host.close());

describe('a marriage at the window with no province configured', () => {
  it('checks a proposal without writing, naming MAR_STATUS_UNVERIFIED', async () => {
    const [h, w] = couple('一');
    const before = host.db.prepare('SELECT count(*) FROM cases').pluck().get();
    const res = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: marriageProposal(h, w) });
    expect(res.status).toBe(200);
    expect(res.json.violations.map((v: { code: string }) => v.code)).toEqual(['MAR_STATUS_UNVERIFIED', 'MAR_STATUS_UNVERIFIED']);
    expect(res.json.on).toBe('2026-05-20');
    expect(host.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(before);
  });

  it('answers every violation of a bad proposal at once', async () => {
    const man = party('王小', 'male', '2004-05-21'); // 22 tomorrow
    const alsoMan = party('赵大', 'male', '1990-01-01');
    const p = marriageProposal(man, alsoMan);
    p.parties[1]!.declarationSigned = false;
    const res = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: p });
    expect(codes(res)).toEqual(expect.arrayContaining(['MAR_SEXES', 'MAR_AGE_MAN', 'MAR_DECLARATION_MISSING']));
    const onBirthday = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: marriageProposal(man, party('孙女', 'female', '2000-01-01')), on: '2026-05-21' });
    expect(codes(onBirthday)).not.toContain('MAR_AGE_MAN');
  });

  it('saves a draft, refuses to accept it until a manager overrides the unverified check, then registers', async () => {
    const [h, w] = couple('二');
    const draft = await api(host.url, clerk, 'POST', '/api/cases', marriageProposal(h, w));
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({ kind: 'marriage', status: 'draft', statusLabel: '待受理', acceptedOn: null });
    expect(draft.json.statusChecks).toHaveLength(2);
    const id = draft.json.id;

    const refused = await api(host.url, clerk, 'POST', `/api/cases/${id}/actions`, { action: 'accept' });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('CASE_REFUSED');
    expect(codes(refused)).toEqual(['MAR_STATUS_UNVERIFIED', 'MAR_STATUS_UNVERIFIED']);

    await api(host.url, clerk, 'POST', `/api/cases/${id}/actions`, { action: 'request-override', note: '省平台维护中' });
    const lists = await api(host.url, manager, 'GET', '/api/worklists/today');
    expect(lists.json.overridesWaiting.map((c: { id: number }) => c.id)).toContain(id);

    const byClerk = await api(host.url, clerk, 'POST', `/api/cases/${id}/actions`, { action: 'override-status', reason: '省平台停机维护，已电话核实' });
    expect(byClerk.status).toBe(403);
    const overridden = await api(host.url, manager, 'POST', `/api/cases/${id}/actions`, { action: 'override-status', reason: '省平台停机维护，已电话核实' });
    expect(overridden.json.violations).toEqual([]);

    expect((await api(host.url, clerk, 'POST', `/api/cases/${id}/actions`, { action: 'accept' })).json.status).toBe('accepted');
    const registered = await api(host.url, clerk, 'POST', `/api/cases/${id}/actions`, { action: 'register' });
    expect(registered.json).toMatchObject({ status: 'registered', registeredOn: '2026-05-20', certificateNumber: 'J110101-2026-000001' });
    expect(registered.json.history.map((e: { action: string }) => e.action)).toEqual(['create', 'request-override', 'override-status', 'accept', 'register']);

    const outbox = host.db.prepare("SELECT kind, payload FROM outbox WHERE kind = 'marriage'").all() as { kind: string; payload: string }[];
    expect(outbox).toHaveLength(1);
    expect(JSON.parse(outbox[0]!.payload)).toMatchObject({ kind: 'marriage', certificateNo: 'J110101-2026-000001', office: '110101001' });
    expect(verifyAudit(host.db).ok).toBe(true);
  });

  it('refuses a second marriage of someone married in this office\'s records', async () => {
    const married = host.db.prepare("SELECT p.id_number FROM persons p JOIN case_parties cp ON cp.person_id = p.id JOIN cases c ON c.id = cp.case_id WHERE c.status = 'registered' LIMIT 1").pluck().get() as string;
    const h = { ...party('张二', 'male', '1995-03-15'), idNumber: married };
    const res = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: marriageProposal(h, party('周', 'female', '1996-01-01')) });
    expect(codes(res)).toContain('MAR_ALREADY_MARRIED');
  });

  it('closes a case as 不予登记 with the codes that stood against it', async () => {
    const [h, w] = couple('三');
    const draft = await api(host.url, clerk, 'POST', '/api/cases', marriageProposal(h, w));
    const res = await api(host.url, clerk, 'POST', `/api/cases/${draft.json.id}/actions`, { action: 'refuse', reason: '无法核实婚姻状况' });
    expect(res.json).toMatchObject({ status: 'refused', statusLabel: '不予登记' });
    expect(res.json.facts.refusal.codes).toContain('MAR_STATUS_UNVERIFIED');
    const again = await api(host.url, clerk, 'POST', `/api/cases/${draft.json.id}/actions`, { action: 'accept' });
    expect(codes(again)).toEqual(['CASE_STATE']);
  });

  it('finds the registered couple by ID number, by name and by certificate number', async () => {
    const registered = host.db.prepare("SELECT id FROM cases WHERE certificate_number = 'J110101-2026-000001'").pluck().get();
    const idNumber = host.db.prepare('SELECT p.id_number FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE cp.case_id = ? AND cp.position = 0').pluck().get(registered) as string;
    for (const q of [idNumber, '张二', 'J110101-2026-000001']) {
      const res = await api(host.url, clerk, 'GET', `/api/cases?q=${encodeURIComponent(q)}`);
      expect(res.json.cases.map((c: { id: number }) => c.id), q).toContain(registered);
      expect(JSON.stringify(res.json)).not.toContain(idNumber);
    }
  });
});
