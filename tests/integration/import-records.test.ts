import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upgradeId15 } from '../../main/domain/identity';
import { verifyAudit } from '../../main/store/audit';
import { api } from '../helpers/host';
import { importSheet, registerCsv } from '../helpers/imports';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { marriageProposal, party, residentId } from '../helpers/people';

/*
 * Paper-era records imported through the API count where the law looks: the marital-status rule
 * finds an imported marriage (by the 18-character form of a 15-digit number), not one an imported
 * divorce ended; a lost certificate of an imported marriage can be reissued.
 */

let host: InProcHost;
let clerk: string;
let manager: string;
let job: any;
const codes = (res: { json: { violations?: { code: string }[] } }) => (res.json.violations ?? []).map((v) => v.code);

const ZHANG_ID15 = '110105700314031';
const LI_ID = residentId('1972-08-09', 'female');
const WANG_ID = residentId('1965-04-01', 'male');
const ZHAO_ID = residentId('1967-09-12', 'female');
const OFFICE = '北京市朝阳区民政局';

const SHEET = registerCsv([
  {
    登记类别: '结婚', 登记日期: '1996-05-03', 证书编号: '京朝结字第 1234 号', 登记机关: OFFICE,
    男方姓名: '张伟', 男方性别: '男', 男方身份证号: ZHANG_ID15, 女方姓名: '李娜', 女方性别: '女', 女方身份证号: LI_ID, 民族: '汉族',
  },
  {
    登记类别: '结婚', 登记日期: '1990-06-01', 证书编号: '(90)朝民结字第7号', 登记机关: OFFICE,
    男方姓名: '王强', 男方身份证号: WANG_ID, 女方姓名: '赵敏', 女方身份证号: ZHAO_ID,
  },
  // The divorce arrives after its marriage here; the store's tests cover every order.
  {
    登记类别: '离婚', 登记日期: '1995-02-01', 证书编号: '(95)朝民离字第3号', 登记机关: OFFICE,
    男方姓名: '王强', 男方身份证号: WANG_ID, 女方姓名: '赵敏', 女方身份证号: ZHAO_ID,
  },
  // Before ID cards: no number, so a warning, and it goes in.
  {
    登记类别: '结婚', 登记日期: '1979-10-01', 证书编号: '(79)朝民结字第1号', 登记机关: OFFICE,
    男方姓名: '刘刚', 男方性别: '男', 男方出生日期: '1950-02-03', 女方姓名: '陈静', 女方性别: '女', 女方出生日期: '1953-06-07',
  },
]);

beforeAll(async () => {
  host = await startInProcess({ startMs: Date.parse('2026-05-20T10:00:00+08:00'), statusChecker: fakeProvince() });
  ({ clerk, manager } = await setUpOffice(host.url));
  job = await importSheet(host.url, manager, SHEET, '朝阳登记簿.csv');
});
afterAll(async () => host.close());

function caseIdOf(certificateNumber: string): number {
  return host.db.prepare('SELECT id FROM cases WHERE certificate_number = ?').pluck().get(certificateNumber) as number;
}

describe('paper-era records imported through the API', () => {
  it('go in as one job: four records, the two without ID numbers flagged', () => {
    expect(job).toMatchObject({ state: 'done', rowsTotal: 4, inserted: 4, skipped: 0, refused: 0, flagged: 1, codes: { IMP_ID_MISSING: 2 } });
    expect(verifyAudit(host.db)).toMatchObject({ ok: true });
  });

  it('make the marital-status rule refuse a person married on paper, found by the 18-character form of a 15-digit number', async () => {
    const zhang = { ...party('张伟', 'male', '1970-03-14'), idNumber: upgradeId15(ZHANG_ID15) };
    const res = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: marriageProposal(zhang, party('周敏', 'female', '1980-01-01')) });
    expect(res.status).toBe(200);
    expect(codes(res)).toEqual(['MAR_ALREADY_MARRIED']);
    const created = await api(host.url, clerk, 'POST', '/api/cases', marriageProposal(zhang, party('周敏', 'female', '1980-01-01')));
    const registered = await api(host.url, clerk, 'POST', `/api/cases/${created.json.id}/actions`, { action: 'accept' });
    expect(registered.status).toBe(422);
    expect(codes(registered)).toContain('MAR_ALREADY_MARRIED');
  });

  it('let a person marry again whose paper marriage an imported divorce ended', async () => {
    const wang = { ...party('王强', 'male', '1965-04-01'), idNumber: WANG_ID };
    const res = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: marriageProposal(wang, party('孙丽', 'female', '1975-01-01')) });
    expect(codes(res)).toEqual([]);
    const divorce = host.db.prepare('SELECT related_case_id FROM cases WHERE certificate_number = ?').pluck().get('(95)朝民离字第3号');
    expect(divorce).toBe(caseIdOf('(90)朝民结字第7号'));
  });

  it('reissue a lost certificate of an imported marriage, and refuse one the imported divorce ended', async () => {
    const li = { ...party('李娜', 'female', '1972-08-09'), idNumber: LI_ID };
    const accepted = await api(host.url, clerk, 'POST', '/api/cases', { kind: 'reissue', certificateKind: 'marriage', originalCertificateNumber: '京朝结字第 1234 号', applicant: li });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ kind: 'reissue', status: 'accepted', relatedCaseId: caseIdOf('京朝结字第 1234 号') });
    const done = await api(host.url, clerk, 'POST', `/api/cases/${accepted.json.id}/actions`, { action: 'register' });
    expect(done.json.certificateNumber).toMatch(/^BJ110101-2026-\d{6}$/);
    const zhao = { ...party('赵敏', 'female', '1967-09-12'), idNumber: ZHAO_ID };
    const refused = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: { kind: 'reissue', certificateKind: 'marriage', originalCertificateNumber: '(90)朝民结字第7号', applicant: zhao } });
    expect(codes(refused)).toEqual(['REI_STATUS_CHANGED']);
  });

  it('show the back-entry mark on the case, and none on a registration made at the window', async () => {
    const view = await api(host.url, clerk, 'GET', `/api/cases/${caseIdOf('京朝结字第 1234 号')}`);
    expect(view.json).toMatchObject({
      kind: 'marriage', status: 'registered', registeredOn: '1996-05-03', acceptedOn: null, certificateNumber: '京朝结字第 1234 号',
      backEntry: { method: 'import', jobId: job.id, sourceFile: '朝阳登记簿.csv', sourceRow: 2, enteredBy: 'boss', officeText: OFFICE, idNumbersOriginal: [ZHANG_ID15, null] },
    });
    expect(view.json.parties[0]).toMatchObject({ name: '张伟', idNumber: upgradeId15(ZHANG_ID15) });
    const window = await marry(host.url, clerk, '窗口');
    expect((await api(host.url, clerk, 'GET', `/api/cases/${window.caseId}`)).json.backEntry).toBeNull();
  });

  it('are found by the desk\'s search with the 15-digit number as written and with its 18-digit form', async () => {
    const id = caseIdOf('京朝结字第 1234 号');
    for (const q of [ZHANG_ID15, upgradeId15(ZHANG_ID15)]) {
      const found = (await api(host.url, clerk, 'GET', `/api/cases?q=${q}`)).json.cases.map((c: { id: number }) => c.id);
      expect(found, q).toContain(id);
    }
  });

  it('queue each record for the province with details.backEntry, the number as printed and the 15-digit original', () => {
    const payload = JSON.parse(host.db.prepare("SELECT o.payload FROM outbox o JOIN cases c ON c.record_id = o.record_id WHERE c.certificate_number = '京朝结字第 1234 号'").pluck().get() as string);
    expect(payload).toMatchObject({ kind: 'marriage', certificateNo: '京朝结字第 1234 号', details: { backEntry: true }, office: '110101001', registrar: { id: 'boss', name: '王芳' } });
    expect(payload.parties[0]).toMatchObject({ idNumber: upgradeId15(ZHANG_ID15), idNumberOriginal: ZHANG_ID15, ethnicity: '01' });
    const divorce = JSON.parse(host.db.prepare("SELECT payload FROM outbox WHERE kind = 'divorce'").pluck().get() as string);
    expect(divorce).toMatchObject({ kind: 'divorce', certificateNo: '(95)朝民离字第3号', details: { backEntry: true } });
  });
});
