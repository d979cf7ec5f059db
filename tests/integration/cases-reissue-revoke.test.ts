import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { party } from '../helpers/people';

let host: InProcHost;
let clerk: string;
let manager: string;
let m: Awaited<ReturnType<typeof marry>>;
const codes = (res: { json: { violations?: { code: string }[] } }) => (res.json.violations ?? []).map((v) => v.code).sort();

beforeAll(async () => {
  host = await startInProcess({ startMs: Date.parse('2026-11-23T10:00:00+08:00'), statusChecker: fakeProvince() });
  ({ clerk, manager } = await setUpOffice(host.url));
  m = await marry(host.url, clerk, '补');
});
afterAll(async () => host.close());

describe('reissue of a lost certificate', () => {
  it('issues a BJ number that records the certificate it replaces', async () => {
    const accepted = await api(host.url, clerk, 'POST', '/api/cases', { kind: 'reissue', certificateKind: 'marriage', originalCertificateNumber: m.certificateNumber, applicant: m.wife });
    expect(accepted.json).toMatchObject({ kind: 'reissue', status: 'accepted' });
    const done = await api(host.url, clerk, 'POST', `/api/cases/${accepted.json.id}/actions`, { action: 'register' });
    expect(done.json.certificateNumber).toBe('BJ110101-2026-000001');
    expect(done.json.history.at(-1).detail.replaces).toBe(m.certificateNumber);
    const payload = JSON.parse(host.db.prepare("SELECT payload FROM outbox WHERE kind = 'reissue'").pluck().get() as string);
    expect(payload.details.replacesCertificateNo).toBe(m.certificateNumber);
  });

  it('refuses a certificate the archive does not hold', async () => {
    const res = await api(host.url, clerk, 'POST', '/api/cases', { kind: 'reissue', certificateKind: 'marriage', originalCertificateNumber: 'J110101-1999-000123', applicant: m.wife });
    expect(res.status).toBe(422);
    expect(codes(res)).toEqual(['REI_RECORD_NOT_FOUND']);
  });
});

describe('archive items', () => {
  it('keeps the file beside the database and its SHA-256 in it', async () => {
    const content = Buffer.from('扫描的声明书 PDF 内容');
    const res = await api(host.url, clerk, 'POST', `/api/cases/${m.caseId}/archive`, { kind: 'declaration', fileName: '声明书.pdf', contentBase64: content.toString('base64') });
    expect(res.status).toBe(200);
    expect(res.json.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    const stored = host.db.prepare('SELECT stored_as FROM archive_items WHERE id = ?').pluck().get(res.json.id) as string;
    expect(fs.readFileSync(path.join(host.dataDir, stored)).equals(content)).toBe(true);
    expect((await api(host.url, clerk, 'GET', `/api/cases/${m.caseId}`)).json.archive).toHaveLength(1);
  });
});

describe('revocation', () => {
  const basis = { kind: 'court_judicial_advice', documentNumber: '(2026)京0101司建1号', issuedOn: '2026-11-20' };

  it('is for managers only, and wants the legal document it rests on', async () => {
    const byClerk = await api(host.url, clerk, 'POST', `/api/cases/${m.caseId}/actions`, { action: 'revoke', basis, remark: '冒名顶替' });
    expect(byClerk.status).toBe(403);
    const noDoc = await api(host.url, manager, 'POST', `/api/cases/${m.caseId}/actions`, { action: 'revoke', basis: { ...basis, documentNumber: '' }, remark: '冒名顶替' });
    expect(codes(noDoc)).toEqual(['REV_NO_BASIS']);
  });

  it('adds a revision that links the document, never editing the record', async () => {
    const before = host.db.prepare('SELECT certificate_number, registered_on FROM cases WHERE id = ?').get(m.caseId);
    const res = await api(host.url, manager, 'POST', `/api/cases/${m.caseId}/actions`, { action: 'revoke', basis, remark: '经查系冒用他人身份登记' });
    expect(res.json).toMatchObject({ status: 'revoked', statusLabel: '已撤销', revision: 2 });
    expect(res.json.facts.revocation.basis.documentNumber).toBe(basis.documentNumber);
    expect(host.db.prepare('SELECT certificate_number, registered_on FROM cases WHERE id = ?').get(m.caseId)).toEqual(before);
    const payload = JSON.parse(host.db.prepare("SELECT payload FROM outbox WHERE kind = 'revocation'").pluck().get() as string);
    expect(payload.details).toMatchObject({ revokedCertificateNo: m.certificateNumber, basis });
    // The person is no longer married in this office's records.
    const check = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: { kind: 'marriage', parties: [
      { party: m.husband, declarationSigned: true, prohibitedKinshipDeclared: false, voluntary: true },
      { party: party('新', 'female', '1990-01-01'), declarationSigned: true, prohibitedKinshipDeclared: false, voluntary: true },
    ] } });
    expect(codes(check)).not.toContain('MAR_ALREADY_MARRIED');
    const reissue = await api(host.url, clerk, 'POST', '/api/cases/check', {
      proposal: { kind: 'reissue', certificateKind: 'marriage', originalCertificateNumber: m.certificateNumber, applicant: m.wife },
    });
    expect(codes(reissue)).toEqual(['REI_STATUS_CHANGED']);
  });
});

describe('hot queries use their indexes', () => {
  it.each([
    ["SELECT id FROM cases WHERE certificate_number = 'J110101-2026-000001'", 'sqlite_autoindex_cases'],
    ["SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE p.id_number = '11010519491231002X'", 'persons_id_number'],
    ["SELECT id FROM persons WHERE id_number IN ('110105700314031', '110105197003140314') UNION SELECT id FROM persons WHERE id_number_original IN ('110105700314031', '110105197003140314')", 'persons_id_number_original'],
    ["SELECT case_id FROM case_parties WHERE person_id IN (SELECT value FROM json_each('[1,2]')) ORDER BY case_id DESC LIMIT 50", 'case_parties_person'],
    ["SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE p.name_key = '张三'", 'persons_name_key'],
    ["SELECT * FROM outbox WHERE state = 'pending' ORDER BY id LIMIT 100", 'outbox_state'],
  ])('%s', (sql, index) => {
    const plan = (host.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toContain(index);
    expect(plan).not.toMatch(/SCAN (p|persons|cases|outbox)\b(?! USING)/);
  });
});
