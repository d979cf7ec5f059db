import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandEntryValues } from '../../main/domain/backentry/compare';
import { verifyAudit } from '../../main/store/audit';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';

let host: InProcHost;
let clerk: string; // 李明
let clerk2: string; // 赵敏
let manager: string; // 王芳
let manager2: string; // 孙强, a manager who types pages too

/** Every answer the second clerk got, to prove none of them carries what the first typed. */
const secondClerkSaw: unknown[] = [];

// A tiny PNG: the signature is what the host checks; the bytes after it make each page's scan its own.
function scan(tag: string) {
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`page ${tag}`)]);
  return { fileName: `${tag}.png`, contentBase64: bytes.toString('base64') };
}

const husbandIds = new Map<number, string>();

/** A 1990s marriage page; `n` makes the certificate number and the couple its own (the same `n`, the same husband). */
function page(n: number, changes: HandEntryValues = {}): HandEntryValues {
  if (!husbandIds.has(n)) husbandIds.set(n, residentId(`1970-03-${String(10 + (n % 18)).padStart(2, '0')}`, 'male'));
  return {
    kind: '结婚', registrationDate: '1996-05-03', certificateNumber: `京朝结字第 ${n} 号`, office: '北京市朝阳区民政局',
    'parties.0.name': `张伟${n}`, 'parties.0.sex': '男', 'parties.0.idNumber': husbandIds.get(n)!,
    'parties.1.name': `李娜${n}`, 'parties.1.sex': '女', 'parties.1.birthDate': '1972-08-09',
    ...changes,
  };
}

const enter = (token: string, body: unknown) => api(host.url, token, 'POST', '/api/backentry/hand', body);
const caseCount = () => (host.db.prepare('SELECT COUNT(*) FROM cases').pluck().get() as number);
const auditActions = (subject: string) => host.db.prepare('SELECT action, actor FROM audit WHERE subject = ? ORDER BY seq').all(subject) as { action: string; actor: string }[];

beforeAll(async () => {
  host = await startInProcess({ startMs: Date.parse('2026-11-23T09:30:00+08:00') });
  const office = await setUpOffice(host.url);
  ({ clerk, manager } = office);
  await api(host.url, office.admin, 'POST', '/api/users', { username: 'clerk2', displayName: '赵敏', role: 'registrar', password: 'clerk-pass-2' });
  await api(host.url, office.admin, 'POST', '/api/users', { username: 'boss2', displayName: '孙强', role: 'manager', password: 'boss-pass-22' });
  clerk2 = await loginAs(host.url, 'clerk2', 'clerk-pass-2');
  manager2 = await loginAs(host.url, 'boss2', 'boss-pass-22');
});
afterAll(async () => host.close());

describe('hand entry with double entry off', () => {
  it('enters the record at once as a back-entered case with its scan', async () => {
    const before = caseCount();
    const res = await enter(clerk, { values: page(1), pageRef: '1996-01/03', scan: scan('single') });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ outcome: 'entered', pageId: null });
    expect(caseCount()).toBe(before + 1);
    const mark = host.db.prepare('SELECT method, source_file AS sourceFile, entered_by AS enteredBy FROM back_entries WHERE case_id = ?').get(res.json.caseId);
    expect(mark).toEqual({ method: 'hand', sourceFile: '1996-01/03', enteredBy: 'clerk' });
    expect(host.db.prepare("SELECT COUNT(*) FROM archive_items WHERE case_id = ? AND kind = 'scan'").pluck().get(res.json.caseId)).toBe(1);
  });

  it('refuses a page with an error, naming the field, and writes nothing', async () => {
    const before = caseCount();
    const res = await enter(clerk, { values: page(2, { registrationDate: '1996-02-30' }), pageRef: null, scan: null });
    expect(res.status).toBe(422);
    expect(res.json.violations).toEqual([expect.objectContaining({ code: 'IMP_DATE_INVALID', field: 'registrationDate' })]);
    expect(caseCount()).toBe(before);
  });

  it('refuses the same record twice', async () => {
    const res = await enter(clerk, { values: page(1), pageRef: null, scan: null });
    expect(res.status).toBe(422);
    expect(res.json.violations[0]).toMatchObject({ code: 'IMP_DUPLICATE_IN_DB', field: 'certificateNumber' });
  });
});

describe('double entry', () => {
  it('is turned on by a manager, not by a clerk', async () => {
    expect((await api(host.url, clerk, 'PUT', '/api/backentry/settings', { doubleEntry: true })).status).toBe(403);
    expect((await api(host.url, manager, 'PUT', '/api/backentry/settings', { doubleEntry: true })).json).toEqual({ doubleEntry: true });
    expect((await api(host.url, clerk, 'GET', '/api/backentry/settings')).json).toEqual({ doubleEntry: true });
  });

  it('needs the page reference and its scan', async () => {
    const res = await enter(clerk, { values: page(10), pageRef: null, scan: null });
    expect(res.status).toBe(422);
    expect(res.json.violations.map((v: { code: string }) => v.code)).toEqual(['DBL_PAGE_REF_REQUIRED', 'DBL_SCAN_REQUIRED']);
  });

  it('enters one case when a second clerk agrees, however each wrote the page', async () => {
    const before = caseCount();
    const first = await enter(clerk, { values: page(11), pageRef: '1996-03/12', scan: scan('agree') });
    expect(first.json).toMatchObject({ outcome: 'awaiting_second', caseId: null });
    expect(caseCount()).toBe(before);

    const again = await enter(clerk, { values: page(11), pageRef: '1996-03/12', scan: scan('agree') });
    expect(again.status).toBe(409);
    expect(again.json.violations[0]).toMatchObject({ code: 'DBL_SAME_CLERK', field: 'pageRef' });

    const typedOtherwise = page(11, { registrationDate: '1996年5月3日', 'parties.0.name': '张 伟11', kind: '结婚登记' });
    const second = await enter(clerk2, { values: typedOtherwise, pageRef: '1996-03 / 12', scan: scan('agree') });
    secondClerkSaw.push(second.json);
    expect(second.json).toMatchObject({ outcome: 'entered', pageId: first.json.pageId });
    expect(caseCount()).toBe(before + 1);

    const caseId = second.json.caseId as number;
    expect(host.db.prepare('SELECT method FROM back_entries WHERE case_id = ?').pluck().get(caseId)).toBe('hand');
    expect(host.db.prepare("SELECT COUNT(*) FROM archive_items WHERE case_id = ? AND kind = 'scan'").pluck().get(caseId)).toBe(1);
    const outbox = host.db.prepare("SELECT json_extract(payload, '$.registrar.name') FROM outbox o JOIN cases c ON c.record_id = o.record_id WHERE c.id = ?").pluck().get(caseId);
    expect(outbox).toBe('李明、赵敏');
    expect(auditActions(`entry-page:${first.json.pageId}`)).toEqual([
      { action: 'backentry.double.first', actor: 'clerk' },
      { action: 'backentry.double.second', actor: 'clerk2' },
    ]);
    expect(auditActions(`case:${caseId}`).map((a) => a.action)).toContain('backentry.enter');

    const closed = await enter(clerk2, { values: page(11), pageRef: '1996-03/12', scan: scan('agree') });
    expect(closed.json.violations[0].code).toBe('DBL_PAGE_CLOSED');
  });

  it('sends a difference to a third person, who sees both values side by side and settles it', async () => {
    const before = caseCount();
    const first = await enter(clerk, { values: page(12, { 'parties.1.name': '李娜娜' }), pageRef: '1996-03/13', scan: scan('differ') });
    const pageId = first.json.pageId as number;

    // The second clerk sees the page waiting, and its scan, but nothing the first clerk typed.
    const waiting = await api(host.url, clerk2, 'GET', '/api/backentry/pages?state=awaiting_second');
    const scanAnswer = await api(host.url, clerk2, 'GET', `/api/backentry/pages/${pageId}/scan`);
    expect(waiting.json.pages.map((p: { id: number }) => p.id)).toContain(pageId);
    expect(Buffer.from(scanAnswer.json.contentBase64, 'base64').toString()).toContain('page differ');
    const second = await enter(clerk2, { values: page(12, { 'parties.1.name': '李那娜' }), pageRef: '1996-03/13', scan: scan('differ') });
    secondClerkSaw.push(waiting.json, scanAnswer.json, second.json);
    expect(second.json).toMatchObject({ outcome: 'disputed', caseId: null });
    expect(caseCount()).toBe(before);
    expect((await api(host.url, clerk2, 'GET', `/api/backentry/pages/${pageId}/differences`)).status).toBe(403);
    const disputed = await api(host.url, clerk2, 'GET', '/api/backentry/pages?state=disputed');
    secondClerkSaw.push(disputed.json);

    const diff = await api(host.url, manager, 'GET', `/api/backentry/pages/${pageId}/differences`);
    expect(diff.status).toBe(200);
    expect(diff.json.fields.filter((f: { agree: boolean }) => !f.agree)).toEqual([
      { field: 'parties.1.name', label: '女方姓名', agree: false, first: '李娜娜', second: '李那娜' },
    ]);

    const settled = await api(host.url, manager, 'POST', `/api/backentry/pages/${pageId}/resolve`, { values: page(12, { 'parties.1.name': '李娜娜' }) });
    expect(settled.json).toMatchObject({ outcome: 'entered' });
    expect(caseCount()).toBe(before + 1);
    const name = host.db.prepare("SELECT json_extract(snapshot, '$.name') FROM case_parties WHERE case_id = ? AND position = 1").pluck().get(settled.json.caseId);
    expect(name).toBe('李娜娜');
    expect(auditActions(`entry-page:${pageId}`).map((a) => a.action)).toEqual(['backentry.double.first', 'backentry.double.second', 'backentry.double.resolve']);
    const again = await api(host.url, manager, 'POST', `/api/backentry/pages/${pageId}/resolve`, { values: page(12) });
    expect(again.json.violations[0].code).toBe('DBL_NOT_DISPUTED');
  });

  it('never lets one of the two clerks settle their own page, even a manager', async () => {
    const first = await enter(manager2, { values: page(13), pageRef: '1996-03/14', scan: scan('own') });
    await enter(clerk, { values: page(13, { certificateNumber: '京朝结字第 31 号' }), pageRef: '1996-03/14', scan: scan('own') });
    const pageId = first.json.pageId as number;
    const peek = await api(host.url, manager2, 'GET', `/api/backentry/pages/${pageId}/differences`);
    expect(peek.status).toBe(409);
    expect(peek.json.violations[0].code).toBe('DBL_RESOLVER_WAS_CLERK');
    const settle = await api(host.url, manager2, 'POST', `/api/backentry/pages/${pageId}/resolve`, { values: page(13) });
    expect(settle.json.violations[0].code).toBe('DBL_RESOLVER_WAS_CLERK');
    expect((await api(host.url, manager, 'POST', `/api/backentry/pages/${pageId}/resolve`, { values: page(13) })).json.outcome).toBe('entered');
  });

  it('closes a page both clerks agree on when the archive already holds its record, adding nothing', async () => {
    const before = caseCount();
    await enter(clerk, { values: page(20), pageRef: '1996-04/01', scan: scan('dup-a') });
    await enter(clerk2, { values: page(20), pageRef: '1996-04/01', scan: scan('dup-a') });
    // The same record filed again under another box: its first entry is told at once.
    const refiled = await enter(clerk, { values: page(20), pageRef: '1996-09/01', scan: scan('dup-b') });
    expect(refiled.status).toBe(422);
    expect(refiled.json.violations[0].code).toBe('IMP_DUPLICATE_IN_DB');
    expect(caseCount()).toBe(before + 1);
  });

  it('never showed the second clerk what the first typed', () => {
    const seen = JSON.stringify(secondClerkSaw);
    expect(seen).not.toContain('李娜娜');
    expect(secondClerkSaw).toHaveLength(5);
  });

  it('keeps the audit chain whole', () => {
    expect(verifyAudit(host.db)).toMatchObject({ ok: true });
  });
});
