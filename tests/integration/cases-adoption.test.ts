import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { party } from '../helpers/people';
import { codes } from '../helpers/queue';

const TODAY = '2026-11-23';
let host: InProcHost;
let clerk: string;

/** A married couple in their late thirties adopting a welfare institution's child whose parents could not be found. */
function application(over: Record<string, unknown> = {}) {
  return {
    kind: 'adoption',
    adopters: [
      { party: party('赵建国', 'male', '1988-03-01'), maritalStatus: 'married', children: 0 },
      { party: party('钱秀兰', 'female', '1989-06-15'), maritalStatus: 'married', children: 0 },
    ],
    spousePresent: true,
    child: party('福小安', 'female', '2023-05-01'),
    situation: { inWelfareInstitution: true, parentsNotFound: true },
    giver: { kind: 'welfare_institution' },
    giverName: '东城区儿童福利院',
    assessment: { reference: '东民评〔2026〕12号', conclusion: 'suitable', date: '2026-11-02' },
    notice: { startsOn: '2026-09-01', reference: '东民公告〔2026〕3号' },
    ...over,
  };
}

beforeAll(async () => {
  host = await startInProcess({ startMs: Date.parse(`${TODAY}T09:30:00+08:00`) });
  ({ clerk } = await setUpOffice(host.url));
});
afterAll(async () => host.close());

describe('adoption registration through the API', () => {
  it('accepts the application with its dates, registers it once the notice has run out, and queues the record with its details', async () => {
    const accepted = await api(host.url, clerk, 'POST', '/api/cases', application());
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ kind: 'adoption', status: 'accepted', acceptedOn: TODAY, violations: [] });
    // The notice published 09-01 ran its 60 days to 10-31, a Saturday: it ends Monday 11-02.
    expect(accepted.json.adoptionDates).toMatchObject({ appliedOn: TODAY, noticeEnds: '2026-11-02', registrableFrom: '2026-11-03', decisionDue: '2026-12-23' });
    const registered = await api(host.url, clerk, 'POST', `/api/cases/${accepted.json.id}/actions`, { action: 'register' });
    expect(registered.json).toMatchObject({ status: 'registered', registeredOn: TODAY, certificateNumber: 'SY110101-2026-000001' });
    const row = host.db.prepare("SELECT kind, payload FROM outbox WHERE kind = 'adoption'").get() as { kind: string; payload: string };
    const record = JSON.parse(row.payload);
    expect(record).toMatchObject({ kind: 'adoption', certificateNo: 'SY110101-2026-000001', details: { assessment: { reference: '东民评〔2026〕12号' }, notice: { startsOn: '2026-09-01', endsOn: '2026-11-02' } } });
    expect(record.parties.map((p: { role: string }) => p.role)).toEqual(['adopter', 'adopter', 'adoptee']);
  });

  it('takes an application while the notice runs, refuses to register it until the notice has run out, and lists it', async () => {
    const noticeStart = addDays(TODAY, -59); // day 60 is tomorrow
    const accepted = await api(host.url, clerk, 'POST', '/api/cases', application({ child: party('福小乐', 'male', '2024-01-01'), notice: { startsOn: noticeStart, reference: '' } }));
    expect(accepted.status).toBe(200);
    expect(accepted.json.violations.map((v: { code: string }) => v.code)).toEqual(['ADO_NOTICE_PENDING']);
    expect(codes(await api(host.url, clerk, 'POST', `/api/cases/${accepted.json.id}/actions`, { action: 'register' }))).toEqual(['ADO_NOTICE_PENDING']);
    const lists = (await api(host.url, clerk, 'GET', '/api/worklists/today')).json;
    expect(lists.adoptionNoticesEnding.map((c: { id: number }) => c.id)).toEqual([accepted.json.id]);
    const refused = await api(host.url, clerk, 'POST', `/api/cases/${accepted.json.id}/actions`, { action: 'refuse', reason: '收养人撤回申请' });
    expect(refused.json).toMatchObject({ status: 'refused', statusLabel: '不予登记' });
  });

  it('refuses an application that breaks a rule of the law, naming the field', async () => {
    const young = application({ adopters: [{ party: party('孙青年', 'male', '1997-01-01'), maritalStatus: 'single', children: 0 }], child: party('福小宝', 'male', '2023-01-01') });
    const res = await api(host.url, clerk, 'POST', '/api/cases', young);
    expect(res.status).toBe(422);
    expect(codes(res)).toEqual(['ADO_ADOPTER_AGE']);
    expect(res.json.violations[0].field).toBe('adopters.0.party.birthDate');
  });
});

describe('dissolution by agreement', () => {
  let certificate: string;

  beforeAll(async () => {
    // A nine-year-old given up by both birth parents, who consented; the child consented too.
    const a = await api(host.url, clerk, 'POST', '/api/cases', application({
      child: party('周小明', 'male', '2017-03-03'),
      situation: {},
      giver: { kind: 'birth_parents', known: 'both', consented: [true, true] },
      giverName: '周大山、吴小梅',
      childConsent: true,
      notice: null,
    }));
    certificate = (await api(host.url, clerk, 'POST', `/api/cases/${a.json.id}/actions`, { action: 'register' })).json.certificateNumber;
  });

  it('needs the child\'s consent at nine and the certificate back, then issues its own certificate and closes the adoption', async () => {
    const noConsent = await api(host.url, clerk, 'POST', '/api/cases', { kind: 'adoption_dissolution', adoptionCertificateNumber: certificate, childConsent: false, certificateReturned: false });
    expect(codes(noConsent)).toEqual(['ADO_CERTIFICATE_NOT_RETURNED', 'ADO_CONSENT_MISSING']);
    const done = await api(host.url, clerk, 'POST', '/api/cases', { kind: 'adoption_dissolution', adoptionCertificateNumber: certificate, childConsent: true, certificateReturned: true });
    expect(done.json).toMatchObject({ kind: 'adoption_dissolution', status: 'registered', certificateNumber: 'JS110101-2026-000001' });
    const adoption = (await api(host.url, clerk, 'GET', `/api/cases/${done.json.relatedCaseId}`)).json;
    expect(adoption).toMatchObject({ status: 'dissolved', statusLabel: '已解除收养关系' });
    expect(codes(await api(host.url, clerk, 'POST', '/api/cases', { kind: 'adoption_dissolution', adoptionCertificateNumber: certificate, childConsent: true, certificateReturned: true }))).toEqual(['ADO_RECORD_NOT_FOUND']);
    const record = JSON.parse((host.db.prepare("SELECT payload FROM outbox WHERE kind = 'adoption_dissolution'").get() as { payload: string }).payload);
    expect(record.details).toMatchObject({ adoptionCertificateNo: certificate });
  });
});
