import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EVENTS_PROTOCOL } from '../../main/contract/events';
import { verifyAudit } from '../../main/store/audit';
import { api, loginAs, startHost, tempDataDir, type RunningHost } from '../helpers/host';
import { jobWhenStopped, uploadSheet } from '../helpers/imports';
import { setUpOffice } from '../helpers/office';
import { writeRegisterCsv } from '../helpers/register-sheet';

/*
 * The manager's import through the real host (a child process, with a real clock): upload, dry
 * run, commit in the background with progress events on the WebSocket, pause and resume, the same
 * file again, and a host killed in the middle of an import that goes on with it when it starts.
 */

const ROWS = 20_000;
const dir = tempDataDir('hall-import-api-');
const dataDir = path.join(dir, 'data');
const env = { HALL_OFFICE_CODE: '110105001' };
let host: RunningHost;
let manager: string;
let clerk: string;

interface Progress {
  type: string;
  jobId: number;
  state: string;
  rowsDone: number;
  rowsTotal: number;
  rowsPerSecond: number | null;
  inserted: number;
}

/** The import events this manager's socket hears, and a wait for the first that matches. */
async function listen(token: string) {
  const socket = new WebSocket(`${host.url.replace('http', 'ws')}/api/events`, [EVENTS_PROTOCOL, token]);
  const seen: Progress[] = [];
  const waiters: { test: (e: Progress) => boolean; resolve: (e: Progress) => void }[] = [];
  socket.on('message', (m) => {
    const event = JSON.parse(String(m)) as Progress;
    if (event.type !== 'imports.progress') return;
    seen.push(event);
    for (const w of waiters.filter((x) => x.test(event))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(event);
    }
  });
  await new Promise((resolve) => socket.once('open', resolve));
  const until = (test: (e: Progress) => boolean) => {
    const already = seen.find(test);
    return already ? Promise.resolve(already) : new Promise<Progress>((resolve) => waiters.push({ test, resolve }));
  };
  return { seen, until, close: () => socket.close() };
}

function sheet(name: string, rows: number, from: number, encoding: 'gbk' | 'utf-8' = 'gbk'): Buffer {
  const file = path.join(dir, name);
  writeRegisterCsv(file, { rows, from, seed: 20260520, encoding });
  return fs.readFileSync(file);
}

beforeAll(async () => {
  host = await startHost({ dataDir, env });
  ({ manager, clerk } = await setUpOffice(host.url, host.adminPassword, '110105001'));
});
afterAll(async () => {
  await host.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

let fileId: string;
let mapping: unknown;

describe('uploading a register sheet', () => {
  it('is for managers and admins only', async () => {
    expect((await uploadSheet(host.url, clerk, 'a,b\r\n', 'x.csv')).status).toBe(403);
    const anonymous = await fetch(`${host.url}/api/imports/files?name=x.csv`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'a' });
    expect(anonymous.status).toBe(401);
  });

  it('refuses what is not a .xlsx or .csv, and a file over 200 MB before reading it', async () => {
    const xls = await uploadSheet(host.url, manager, 'old binary', '登记簿.xls');
    expect(xls).toMatchObject({ status: 422, json: { code: 'IMPORT_FILE_KIND' } });
    const tooLarge = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${host.url}/api/imports/files?name=big.csv`, {
        method: 'POST', headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/octet-stream', 'content-length': String(300 * 1024 * 1024) },
      }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ code: 'FILE_TOO_LARGE', violations: [{ message: '文件不能超过 200 MB' }] });
  });

  it('keeps the file by its SHA-256 and answers its headers, first rows, encoding and the mapping they suggest', async () => {
    const up = await uploadSheet(host.url, manager, sheet('朝阳登记簿.csv', ROWS, 0), '朝阳登记簿.csv');
    expect(up.status).toBe(200);
    expect(up.json).toMatchObject({ fileName: '朝阳登记簿.csv', sheetKind: 'csv', encoding: 'gb18030', existingJob: null });
    expect(up.json.headers.slice(0, 4)).toEqual(['登记类别', '登记日期', '证书编号', '登记机关']);
    expect(up.json.sample).toHaveLength(5);
    expect(up.json.guessedMapping.columns['男方身份证号']).toBe('parties.0.idNumber');
    expect(fs.existsSync(path.join(dataDir, 'imports', `${up.json.fileId}.csv`))).toBe(true);
    ({ fileId, guessedMapping: mapping } = up.json);
  });
});

describe('the dry run', () => {
  it('names a mapping that does not fit the file, field by field', async () => {
    const res = await api(host.url, manager, 'POST', '/api/imports/dry-run', { fileId, mapping: { columns: { 登记日期: 'registrationDate', 字号: 'certificateNumber' } } });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('IMPORT_MAPPING');
    expect(res.json.violations).toContainEqual({ code: 'IMPORT_MAPPING_COLUMN_MISSING', field: 'mapping.columns.字号', message: '文件中没有「字号」列' });
    expect(res.json.violations).toContainEqual(expect.objectContaining({ code: 'IMPORT_MAPPING_REQUIRED_UNMAPPED', field: 'mapping.kind' }));
  });

  it('checks every row, writes nothing, and hands over the Excel report', async () => {
    const res = await api(host.url, manager, 'POST', '/api/imports/dry-run', { fileId, mapping });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ rowsTotal: ROWS, accepted: ROWS, refused: 0, skipped: 0, problemsTotal: 0, reportFileName: '朝阳登记簿.错误报告.xlsx' });
    expect(Buffer.from(res.json.reportBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect((await api(host.url, manager, 'GET', '/api/imports/jobs')).json.jobs).toEqual([]);
  });
});

describe('the import', () => {
  it('runs in the background with progress events, pauses after a batch, and resumes from it', async () => {
    const events = await listen(manager);
    const started = await api(host.url, manager, 'POST', '/api/imports/jobs', { fileId, mapping, mappingName: '朝阳登记簿' });
    expect(started.status).toBe(200);
    expect(started.json).toMatchObject({ state: 'running', rowsTotal: ROWS, fileName: '朝阳登记簿.csv', mappingName: '朝阳登记簿' });
    const id = started.json.id as number;
    await events.until((e) => e.jobId === id && e.rowsDone > 0);

    const other = await uploadSheet(host.url, manager, sheet('另一本.csv', 10, 900_000, 'utf-8'), '另一本.csv');
    const busy = await api(host.url, manager, 'POST', '/api/imports/jobs', { fileId: other.json.fileId, mapping });
    expect(busy).toMatchObject({ status: 409, json: { code: 'IMPORT_BUSY' } });

    const paused = await api(host.url, manager, 'POST', `/api/imports/jobs/${id}/pause`);
    expect(paused.json).toMatchObject({ state: 'paused', stateLabel: '已暂停' });
    expect(paused.json.rowsDone).toBeLessThan(ROWS);
    expect(paused.json.rowsDone % 500).toBe(0);
    expect(paused.json.lastRow).toBe(paused.json.rowsDone + 1);
    await events.until((e) => e.jobId === id && e.state === 'paused');
    expect((await api(host.url, manager, 'POST', `/api/imports/jobs/${id}/pause`)).json.code).toBe('IMPORT_JOB_STATE');

    expect((await api(host.url, manager, 'POST', `/api/imports/jobs/${id}/resume`)).json.state).toBe('running');
    const done = await events.until((e) => e.jobId === id && e.state === 'done');
    expect(done).toMatchObject({ rowsDone: ROWS, rowsTotal: ROWS, inserted: ROWS });
    const running = events.seen.filter((e) => e.jobId === id && e.state === 'running');
    expect(running.map((e) => e.rowsDone)).toEqual([...running.map((e) => e.rowsDone)].sort((a, b) => a - b));
    expect(running.some((e) => (e.rowsPerSecond ?? 0) > 0)).toBe(true);
    events.close();
    expect((await api(host.url, manager, 'GET', `/api/imports/jobs/${id}`)).json).toMatchObject({ state: 'done', inserted: ROWS, skipped: 0, refused: 0 });
  });

  it('adds nothing when the same file comes again: its finished job answers', async () => {
    const again = await uploadSheet(host.url, manager, fs.readFileSync(path.join(dir, '朝阳登记簿.csv')), '又一次.csv');
    expect(again.json.fileId).toBe(fileId);
    expect(again.json.existingJob).toMatchObject({ state: 'done', inserted: ROWS });
    const start = await api(host.url, manager, 'POST', '/api/imports/jobs', { fileId, mapping });
    expect(start.json).toMatchObject({ id: again.json.existingJob.id, state: 'done' });
    expect((await api(host.url, manager, 'GET', '/api/imports/jobs')).json.jobs).toHaveLength(1);
  });

  it('goes on with an import the host was running when it was killed', async () => {
    const up = await uploadSheet(host.url, manager, sheet('续.csv', 10_000, ROWS), '续.csv');
    const events = await listen(manager);
    const started = await api(host.url, manager, 'POST', '/api/imports/jobs', { fileId: up.json.fileId, mapping });
    await events.until((e) => e.jobId === started.json.id && e.rowsDone > 0);
    events.close();
    await host.kill();
    host = await startHost({ dataDir, env });
    manager = await loginAs(host.url, 'boss', 'boss-pass-12');
    const job = await jobWhenStopped(host.url, manager, started.json.id);
    expect(job).toMatchObject({ state: 'done', rowsDone: 10_000, inserted: 10_000 });
  });
});

describe('saved mappings', () => {
  it('keeps the one saved with the import, and saves, lists and deletes others by name', async () => {
    const list = (await api(host.url, manager, 'GET', '/api/imports/mappings')).json.mappings;
    expect(list).toEqual([{ name: '朝阳登记簿', mapping }]);
    const put = await api(host.url, manager, 'PUT', `/api/imports/mappings/${encodeURIComponent('东城区旧簿')}`, { mapping: { columns: { 日期: 'registrationDate' }, defaults: { kind: '结婚' } } });
    expect(put.json.mappings.map((m: { name: string }) => m.name)).toEqual(['朝阳登记簿', '东城区旧簿']);
    expect((await api(host.url, manager, 'PUT', '/api/imports/mappings/x', { mapping: { columns: { 日期: 'birthday' } } })).status).toBe(422);
    expect((await api(host.url, manager, 'DELETE', `/api/imports/mappings/${encodeURIComponent('东城区旧簿')}`)).json.mappings).toHaveLength(1);
    expect((await api(host.url, manager, 'DELETE', `/api/imports/mappings/${encodeURIComponent('东城区旧簿')}`)).status).toBe(404);
  });

  it('left the database whole: every record once, the audit chain intact', async () => {
    await host.stop();
    const db = new Database(path.join(dataDir, 'hall.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(verifyAudit(db)).toMatchObject({ ok: true });
      expect(db.prepare('SELECT count(*) FROM back_entries').pluck().get()).toBe(ROWS + 10_000);
      expect(db.prepare('SELECT count(DISTINCT source_file || source_row) FROM back_entries').pluck().get()).toBe(ROWS + 10_000);
    } finally {
      db.close();
    }
    host = await startHost({ dataDir, env });
  });
});
