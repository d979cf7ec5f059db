import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { upgradeId15 } from '../../main/domain/identity';
import type { BackEntryRecord } from '../../main/domain/backentry/record';
import { inFileDuplicates, mapKeyMemory } from '../../main/domain/backentry/duplicates';
import { verifyAudit } from '../../main/store/audit';
import { backEntryMark } from '../../main/store/backentry/mark';
import { personIdsByIdNumber } from '../../main/store/backentry/persons';
import { enterBackRecord, type BackEntryMeta } from '../../main/store/backentry/record';
import { scratchKeyMemory } from '../../main/store/backentry/scratch-keys';
import { isMarriedInRecords } from '../../main/store/cases';
import { openDatabase, type WritableDB } from '../../main/store/db';
import { upsertPerson } from '../../main/store/persons';
import { tempDataDir } from '../helpers/host';
import { check, MAN_ID15, row, WOMAN_ID18 } from '../unit/domain/backentry/rows';
import { residentId } from '../unit/domain/builders';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function freshDb(): WritableDB {
  const dir = tempDataDir('hall-backentry-');
  dirs.push(dir);
  return openDatabase(path.join(dir, 'hall.sqlite'));
}

const META: BackEntryMeta = {
  method: 'hand', jobId: null, sourceFile: null, sourceRow: null, officeCode: '110105001',
  by: { actor: 'clerk', name: '王芳', at: '2026-05-20T02:00:00.000Z' }, warnings: [],
};

/** A record from the sample register row, with the cells a test changes. */
function record(changes: Record<string, string> = {}): BackEntryRecord {
  const r = check(changes).record;
  if (r === null) throw new Error(JSON.stringify(check(changes).violations));
  return r;
}

function entered(db: WritableDB, changes: Record<string, string> = {}, meta: Partial<BackEntryMeta> = {}): number {
  const outcome = enterBackRecord(db, record(changes), { ...META, ...meta });
  if (outcome.outcome !== 'entered') throw new Error(JSON.stringify(outcome));
  return outcome.caseId;
}

const count = (db: WritableDB, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('a back-entered record (enterBackRecord)', () => {
  it('is a registered case dated and numbered as the paper, marked, queued with details.backEntry, and audited', () => {
    const db = freshDb();
    const caseId = entered(db, {}, { warnings: ['IMP_UNDER_AGE_THEN'] });
    const c = db.prepare('SELECT kind, status, registered_on AS registeredOn, accepted_on AS acceptedOn, certificate_number AS number, office_code AS office FROM cases WHERE id = ?').get(caseId);
    expect(c).toEqual({ kind: 'marriage', status: 'registered', registeredOn: '1996-05-03', acceptedOn: null, number: '京朝结字第 1234 号', office: '110105001' });
    expect(backEntryMark(db, caseId)).toEqual({
      method: 'hand', jobId: null, sourceFile: null, sourceRow: null, enteredBy: 'clerk', enteredAt: META.by.at, officeText: '北京市朝阳区民政局', remarks: null,
      warnings: ['IMP_UNDER_AGE_THEN'], idNumbersOriginal: [MAN_ID15, null],
    });
    const outbox = db.prepare('SELECT kind, payload FROM outbox').get() as { kind: string; payload: string };
    const payload = JSON.parse(outbox.payload);
    expect(outbox.kind).toBe('marriage');
    expect(payload).toMatchObject({ kind: 'marriage', certificateNo: '京朝结字第 1234 号', registeredAt: '1996-05-03T00:00:00+08:00', details: { backEntry: true }, registrar: { id: 'clerk', name: '王芳' } });
    expect(payload.parties[0]).toMatchObject({ role: 'husband', idNumber: upgradeId15(MAN_ID15), idNumberOriginal: MAN_ID15, ethnicity: '01' });
    expect(payload.parties[1]).toMatchObject({ role: 'wife', idNumber: WOMAN_ID18 });
    expect(payload.parties[1].idNumberOriginal).toBeUndefined();
    expect(db.prepare('SELECT action, on_date AS "on" FROM case_events WHERE case_id = ?').all(caseId)).toEqual([{ action: 'back-entry', on: '1996-05-03' }]);
    expect(db.prepare("SELECT subject FROM audit WHERE action = 'backentry.enter'").pluck().all()).toEqual([`case:${caseId}`]);
    expect(verifyAudit(db)).toMatchObject({ ok: true });
  });

  it('stores the 18-character form of a 15-digit number beside it, and either form finds the person', () => {
    const db = freshDb();
    entered(db);
    const person = db.prepare('SELECT id, id_number AS idNumber, id_number_original AS original FROM persons WHERE id_number_original IS NOT NULL').get() as { id: number; idNumber: string; original: string };
    expect(person).toMatchObject({ idNumber: upgradeId15(MAN_ID15), original: MAN_ID15 });
    expect(personIdsByIdNumber(db, MAN_ID15)).toEqual([person.id]);
    expect(personIdsByIdNumber(db, upgradeId15(MAN_ID15))).toEqual([person.id]);
    expect(isMarriedInRecords(db, 'resident_id', upgradeId15(MAN_ID15))).toBe(true);
  });

  it('adds nothing when the same registration is entered again, by number or by couple and date', () => {
    const db = freshDb();
    entered(db);
    const before = ['cases', 'persons', 'case_parties', 'outbox', 'back_entries', 'audit'].map((t) => count(db, t));
    const again = enterBackRecord(db, record({ 结婚证字号: '京朝结字第１２３４号' }), META);
    expect(again).toMatchObject({ outcome: 'duplicate', violation: { code: 'IMP_DUPLICATE_IN_DB', severity: 'warning', field: 'certificateNumber' } });
    const sameCouple = enterBackRecord(db, record({ 结婚证字号: '京朝结字第 9999 号' }), META);
    expect(sameCouple).toMatchObject({ outcome: 'duplicate', violation: { code: 'IMP_DUPLICATE_IN_DB', field: 'registrationDate' } });
    expect(['cases', 'persons', 'case_parties', 'outbox', 'back_entries', 'audit'].map((t) => count(db, t))).toEqual(before);
  });

  it('refuses a number another office or a window registration holds (IMP_CERT_NUMBER_TAKEN)', () => {
    const db = freshDb();
    entered(db);
    const otherOffice = enterBackRecord(db, record({ 登记机关: '北京市东城区民政局', 姓名: '王强', 身份证号: '', '姓名#2': '赵敏', '身份证号#2': '' }), META);
    expect(otherOffice).toMatchObject({ outcome: 'refused', violation: { code: 'IMP_CERT_NUMBER_TAKEN', message: expect.stringContaining('北京市朝阳区民政局') } });
    db.prepare("INSERT INTO cases (record_id, kind, status, office_code, registered_on, certificate_number, facts, created_at, created_by) VALUES ('w', 'marriage', 'registered', '110105001', '2020-01-01', 'J110105-2020-000001', '{}', 'x', 'clerk')").run();
    const window = enterBackRecord(db, record({ 结婚证字号: 'J110105-2020-000001', 登记日期: '2020-01-01', 姓名: '王强', 身份证号: '', '姓名#2': '赵敏', '身份证号#2': '' }), META);
    expect(window).toMatchObject({ outcome: 'refused', violation: { code: 'IMP_CERT_NUMBER_TAKEN' } });
  });

  it('keys a party without an ID number to a synthetic person of its own, never found by the status rule', () => {
    const db = freshDb();
    const noIds = { 身份证号: '', '身份证号#2': '', 出生日期: '1950-01-01', '出生日期#2': '1952-02-02', 登记日期: '1976-05-01' };
    const first = entered(db, { ...noIds, 结婚证字号: '(76)结字第1号' });
    entered(db, { ...noIds, 结婚证字号: '(76)结字第2号', 姓名: '王强', '姓名#2': '赵敏' });
    const people = db.prepare("SELECT id_number FROM persons WHERE id_type = 'none' ORDER BY id").pluck().all() as string[];
    expect(people).toHaveLength(4);
    expect(new Set(people).size).toBe(4);
    expect(people[0]).toMatch(/^NOID-[0-9a-f-]{36}-0$/);
    const recordId = db.prepare('SELECT record_id FROM cases WHERE id = ?').pluck().get(first) as string;
    expect(people[0]).toBe(`NOID-${recordId}-0`);
  });

  it('never overwrites what a later window registration recorded about a person', () => {
    const db = freshDb();
    upsertPerson(db, {
      name: '张伟伟', sex: 'male', birthDate: '1970-03-14', idType: 'resident_id', idNumber: upgradeId15(MAN_ID15), nationality: 'CHN',
      idValidUntil: 'long_term', overseasChinese: false, verification: { method: 'reader' },
    });
    entered(db);
    expect(db.prepare('SELECT name, id_number_original AS original FROM persons WHERE id_number = ?').get(upgradeId15(MAN_ID15))).toEqual({ name: '张伟伟', original: MAN_ID15 });
  });
});

describe('divorces linked to the marriage they ended', () => {
  const man = residentId('1960-01-01', 'male');
  const woman = residentId('1962-01-01', 'female');
  const couple = { 身份证号: man, 出生日期: '1960-01-01', '身份证号#2': woman, '出生日期#2': '1962-01-01' };
  // Married 1985, divorced 1990, remarried (复婚) 1995, divorced again 2001.
  const HISTORY = [
    { key: 'M1', cells: { ...couple, 类别: '结婚', 登记日期: '1985-06-01', 结婚证字号: '(85)结字第1号' } },
    { key: 'D1', cells: { ...couple, 类别: '离婚', 登记日期: '1990-03-01', 结婚证字号: '(90)离字第1号' } },
    { key: 'M2', cells: { ...couple, 类别: '结婚', 登记日期: '1995-06-01', 结婚证字号: '(95)结字第1号' } },
    { key: 'D2', cells: { ...couple, 类别: '离婚', 登记日期: '2001-03-01', 结婚证字号: '(01)离字第1号' } },
  ] as const;

  it('pairs each divorce with the marriage before it, whichever order the rows arrive in (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...HISTORY], { minLength: 4, maxLength: 4 }), (order) => {
        const db = freshDb();
        const ids = new Map<string, number>();
        for (const h of order) ids.set(h.key, entered(db, h.cells));
        const related = (key: string) => db.prepare('SELECT related_case_id FROM cases WHERE id = ?').pluck().get(ids.get(key)) as number | null;
        expect(related('D1')).toBe(ids.get('M1'));
        expect(related('D2')).toBe(ids.get('M2'));
        expect(isMarriedInRecords(db, 'resident_id', man)).toBe(false);
        expect(verifyAudit(db)).toMatchObject({ ok: true });
        db.close();
      }),
      { numRuns: 12 },
    );
  });

  it('leaves a marriage current until its divorce arrives, and a divorce unlinked while its marriage is missing', () => {
    const db = freshDb();
    const d1 = entered(db, HISTORY[1].cells);
    expect(db.prepare('SELECT related_case_id FROM cases WHERE id = ?').pluck().get(d1)).toBeNull();
    const m2 = entered(db, HISTORY[2].cells);
    expect(isMarriedInRecords(db, 'resident_id', woman)).toBe(true);
    const d2 = entered(db, HISTORY[3].cells);
    expect(db.prepare('SELECT related_case_id FROM cases WHERE id = ?').pluck().get(d2)).toBe(m2);
    expect(isMarriedInRecords(db, 'resident_id', woman)).toBe(false);
    expect(db.prepare("SELECT count(*) FROM case_events WHERE action = 'back-entry-link'").pluck().get()).toBe(1);
  });
});

describe('the in-file duplicate memory on disk', () => {
  it('finds the same duplicates as the one in memory (property)', () => {
    const variants: Record<string, string>[] = [{}, { 结婚证字号: '京朝结字第 9 号' }, { 登记日期: '1996-05-04' }, { 姓名: '王强', 身份证号: '' }, { 类别: '离婚', 登记日期: '2001-01-01' }];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: variants.length - 1 }), { maxLength: 25 }), (picks) => {
        const disk = scratchKeyMemory();
        const inMemory = inFileDuplicates(mapKeyMemory());
        const onDisk = inFileDuplicates(disk);
        try {
          picks.forEach((p, i) => {
            const changes = variants[p]!;
            const draft = check(changes).draft;
            expect(onDisk.check(i + 2, draft, row(changes).columns)).toEqual(inMemory.check(i + 2, draft, row(changes).columns));
          });
        } finally {
          disk.close();
        }
      }),
    );
  });
});
