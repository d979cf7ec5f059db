import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupStatusView, RestoreDrillReport } from '../../main/contract/backups';
import { api, loginAs, runHall, tempDataDir } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const START = '2026-11-23T09:00:00';
const beijing = (local: string) => Date.parse(`${local}+08:00`);

let host: InProcHost;
let clock = beijing(START);
let clerk: string;
let manager: string;
let folder: string;
let photoCase: number;
let photoStoredAs: string;
let married = 0;
const PHOTO = Buffer.from('照片'.repeat(5000));

/** Moves the host's clock to a Beijing time (sessions lapse meanwhile: sign in again). */
async function moveClock(local: string): Promise<void> {
  const target = beijing(local);
  host.advance(target - clock);
  clock = target;
  clerk = await loginAs(host.url, 'clerk', 'clerk-pass-1');
  manager = await loginAs(host.url, 'boss', 'boss-pass-12');
}

/** The clock moved, and the scheduler looks at it as its minute timer would. */
async function at(local: string): Promise<void> {
  await moveClock(local);
  await host.backups.tick();
}

async function status(): Promise<BackupStatusView> {
  const res = await api(host.url, manager, 'GET', '/api/backups');
  expect(res.status).toBe(200);
  return res.json;
}

async function marryOne(): Promise<void> {
  married++;
  await marry(host.url, clerk, `备${married}`);
}

const ours = () => fs.readdirSync(folder).filter((f) => /^hall-backup-.*\.sqlite$/.test(f)).sort();
const auditActions = (action: string) => host.db.prepare('SELECT count(*) FROM audit WHERE action = ?').pluck().get(action) as number;

beforeAll(async () => {
  host = await startInProcess({ startMs: clock, statusChecker: fakeProvince() });
  ({ clerk, manager } = await setUpOffice(host.url));
  await marryOne();
  const m = await marry(host.url, clerk, '有照片');
  married++;
  photoCase = m.caseId;
  const item = await api(host.url, clerk, 'POST', `/api/cases/${photoCase}/archive`, { kind: 'photo', fileName: '合影.jpg', contentBase64: PHOTO.toString('base64') });
  expect(item.status).toBe(200);
  photoStoredAs = host.db.prepare('SELECT stored_as FROM archive_items WHERE case_id = ?').pluck().get(photoCase) as string;
  folder = tempDataDir('hall-backup-drive-');
  // Someone else's files on the same drive: never ours to delete, even one named like a backup.
  fs.writeFileSync(path.join(folder, '说明.txt'), '档案室的备份盘');
  fs.writeFileSync(path.join(folder, 'hall-backup-20200101-000000.sqlite'), 'not one of ours');
});
afterAll(async () => host?.close());

describe('backup settings', () => {
  it('are for managers and admins only', async () => {
    expect((await api(host.url, clerk, 'GET', '/api/backups')).status).toBe(403);
  });

  it('refuse a folder inside the data folder, one that does not exist, and a relative path, naming the field', async () => {
    const put = (body: object) => api(host.url, manager, 'PUT', '/api/backups/settings', { folder, timeOfDay: '02:00', keep: 3, enabled: true, ...body });
    const inside = await put({ folder: path.join(host.dataDir, 'backups') });
    expect(inside.status).toBe(422);
    expect(inside.json.violations).toEqual([expect.objectContaining({ code: 'BACKUP_FOLDER_IN_DATA', field: 'folder' })]);
    const missing = await put({ folder: path.join(folder, '不存在') });
    expect(missing.json.violations).toEqual([expect.objectContaining({ code: 'BACKUP_FOLDER_MISSING', field: 'folder' })]);
    expect(missing.json.violations[0].message).toContain('备份目录');
    const relative = await put({ folder: 'backups' });
    expect(relative.json.violations).toEqual([expect.objectContaining({ field: 'folder', code: 'FIELD_INVALID' })]);
    const badTime = await put({ timeOfDay: '24:00', keep: 0 });
    expect(badTime.json.violations.map((v: { field: string }) => v.field).sort()).toEqual(['keep', 'timeOfDay']);
    expect((await status()).settings).toEqual({ folder: '', timeOfDay: '02:00', keep: 14, enabled: true });
    expect(fs.readdirSync(folder).sort()).toEqual(['hall-backup-20200101-000000.sqlite', '说明.txt']);
  });

  it('once a folder is set, the first backup is made at once, checked, hashed, and the archive copied beside it', async () => {
    const saved = await api(host.url, manager, 'PUT', '/api/backups/settings', { folder, timeOfDay: '02:00', keep: 3, enabled: true });
    expect(saved.status).toBe(200);
    await host.backups.idle();
    const s = await status();
    expect(s.alert).toBeNull();
    expect(s.lastGood).toMatchObject({ trigger: 'catch-up', ok: true, integrity: 'ok', folder, startedBy: 'system', present: true, archiveFiles: 1, archiveCopied: 1 });
    const file = path.join(folder, s.lastGood!.fileName!);
    expect(s.lastGood!.fileName).toBe('hall-backup-20261123-090000.sqlite');
    expect(s.lastGood!.size).toBe(fs.statSync(file).size);
    expect(s.lastGood!.sha256).toBe(sha256(file));
    // One self-contained file: no -wal or -shm left beside it, and it opens read-only.
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('-wal') || f.endsWith('-shm') || f.endsWith('.partial'))).toEqual([]);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare("SELECT count(*) FROM cases WHERE status = 'registered'").pluck().get()).toBe(married);
    copy.close();
    expect(sha256(path.join(folder, photoStoredAs))).toBe(createHash('sha256').update(PHOTO).digest('hex'));
    expect(auditActions('backup.made')).toBe(1);
    expect(auditActions('settings.backup')).toBe(1);
    expect(s.nextDueAt).toBe(new Date(beijing('2026-11-24T02:00:00')).toISOString());
  });
});

describe('the nightly backup', () => {
  it('happens at 02:00 Beijing time, not before, and keeps the last 3 without touching anyone else\'s files', async () => {
    await marryOne();
    await at('2026-11-24T01:59:00');
    expect((await status()).kept).toHaveLength(1);
    await at('2026-11-24T02:00:00');
    let s = await status();
    expect(s.kept).toHaveLength(2);
    expect(s.lastGood).toMatchObject({ trigger: 'scheduled', fileName: 'hall-backup-20261124-020000.sqlite', archiveCopied: 0, archiveFiles: 1 });
    for (const night of ['2026-11-25', '2026-11-26', '2026-11-27']) {
      await marryOne();
      await at(`${night}T02:00:30`);
    }
    s = await status();
    expect(s.kept.map((k) => k.fileName)).toEqual([
      'hall-backup-20261127-020030.sqlite', 'hall-backup-20261126-020030.sqlite', 'hall-backup-20261125-020030.sqlite',
    ]);
    expect(ours()).toEqual(['hall-backup-20200101-000000.sqlite', ...s.kept.map((k) => k.fileName!).sort()]);
    expect(fs.existsSync(path.join(folder, '说明.txt'))).toBe(true);
    expect(auditActions('backup.pruned')).toBe(2);
    expect(s.alert).toBeNull();
  });

  it('is made by 立即备份 too, in the manager\'s name', async () => {
    const started = await api(host.url, manager, 'POST', '/api/backups');
    expect(started.status).toBe(200);
    expect(started.json.running).toMatchObject({ trigger: 'manual' });
    await host.backups.idle();
    const s = await status();
    expect(s.running).toBeNull();
    expect(s.lastGood).toMatchObject({ trigger: 'manual', startedBy: 'boss', ok: true });
    expect(s.kept).toHaveLength(3);
  });
});

describe('the restore drill', () => {
  it('restores a kept backup into a scratch folder and reports what it holds, leaving the live database alone', async () => {
    const s = await status();
    const auditRows = host.db.prepare('SELECT count(*) FROM audit').pluck().get();
    const newest = await api(host.url, manager, 'POST', `/api/backups/${s.kept[0]!.id}/drill`);
    expect(newest.status).toBe(200);
    const report = newest.json as RestoreDrillReport;
    expect(report).toMatchObject({ ok: true, integrity: 'ok', sha256Matches: true, registrations: { total: married, byKind: { marriage: married } } });
    expect(report.verdict).toMatch(/^可以恢复/);
    expect(report.audit).toMatchObject({ ok: true, problem: null });
    expect(report.audit.rows).toBeGreaterThan(10);
    expect(report.archive).toEqual({ items: 1, present: 1, missing: 0 });
    expect(report.users).toBe(3);
    expect(fs.existsSync(report.scratchFolder)).toBe(false);
    // The oldest kept one was made before the last marriage.
    const oldest = (await api(host.url, manager, 'POST', `/api/backups/${s.kept[2]!.id}/drill`)).json as RestoreDrillReport;
    expect(oldest.registrations.total).toBe(married - 1);
    expect(host.db.prepare('SELECT count(*) FROM audit').pluck().get()).toBe(auditRows);
  });

  it('says a damaged backup cannot be restored, and why', async () => {
    const s = await status();
    const victim = s.kept[2]!;
    const file = path.join(folder, victim.fileName!);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 4);
    fs.writeFileSync(file, bytes);
    const report = (await api(host.url, manager, 'POST', `/api/backups/${victim.id}/drill`)).json as RestoreDrillReport;
    expect(report.ok).toBe(false);
    expect(report.verdict).toMatch(/^不能完整恢复：/);
    expect(report.verdict).toContain('SHA-256 不符');
    expect(report.verdict).toContain('损坏');
    expect((await api(host.url, manager, 'POST', '/api/backups/9999/drill')).status).toBe(404);
  });
});

describe('the backup alert', () => {
  it('names the reason and the folder when the drive is gone, and a later good backup clears it', async () => {
    const away = `${folder}-unplugged`;
    fs.renameSync(folder, away);
    await at('2026-11-28T02:00:00');
    const s = await status();
    expect(s.alertKind).toBe('failed');
    expect(s.alert).toContain('数据备份失败：备份目录不存在或无法访问');
    expect(s.alert).toContain(folder);
    expect(s.alert).toContain('请接好备份盘');
    expect(s.lastAttempt).toMatchObject({ ok: false, failure: 'FOLDER_MISSING', trigger: 'scheduled', present: false });
    expect(s.kept.every((k) => !k.present)).toBe(true);
    expect(auditActions('backup.failed')).toBe(1);
    // Still gone at the hourly retry: still failed, nothing written anywhere else.
    await at('2026-11-28T03:00:00');
    expect((await status()).alertKind).toBe('failed');
    expect(fs.existsSync(folder)).toBe(false);

    fs.renameSync(away, folder);
    await at('2026-11-28T04:00:00');
    const fixed = await status();
    expect(fixed.lastGood).toMatchObject({ trigger: 'retry', ok: true });
    expect(fixed.alert).toBeNull();
  });

  it('says a backup was missed when the clock moves two days without one, until the next one', async () => {
    await moveClock('2026-11-30T10:00:00');
    const s = await status();
    expect(s.alertKind).toBe('missed');
    expect(s.alert).toContain('已超过 26 小时没有成功的数据备份');
    expect(s.alert).toContain(folder);
    await host.backups.tick();
    const after = await status();
    expect(after.alert).toBeNull();
    expect(after.lastGood?.trigger).toBe('scheduled');
  });
});

describe('hall restore of a scheduled backup', () => {
  it('brings back the data and the archive files into an empty data folder', async () => {
    await marryOne();
    await at('2026-12-01T02:00:00');
    const s = await status();
    const backupFile = path.join(folder, s.lastGood!.fileName!);
    const certificate = host.db.prepare('SELECT certificate_number FROM cases WHERE id = ?').pluck().get(photoCase);
    await host.close();

    // A new PC: an empty data folder and the backup drive.
    const fresh = tempDataDir('hall-restored-');
    const restored = await runHall(['restore', backupFile], { HALL_DATA_DIR: fresh });
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain('恢复档案文件 1 个');
    expect(restored.out).toContain('档案文件齐全');
    expect(sha256(path.join(fresh, photoStoredAs))).toBe(createHash('sha256').update(PHOTO).digest('hex'));
    expect((await runHall(['audit', 'verify'], { HALL_DATA_DIR: fresh })).code).toBe(0);

    host = await startInProcess({ dataDir: fresh, startMs: clock, statusChecker: fakeProvince() });
    const clerkAgain = await loginAs(host.url, 'clerk', 'clerk-pass-1');
    const found = await api(host.url, clerkAgain, 'GET', `/api/cases/${photoCase}`);
    expect(found.json.certificateNumber).toBe(certificate);
    expect(host.db.prepare("SELECT count(*) FROM cases WHERE status = 'registered'").pluck().get()).toBe(married);
  });
});
