import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EVENTS_PROTOCOL } from '../../main/contract/events';
import { verifyAudit } from '../../main/store/audit';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';

let host: InProcHost;
let admin: string;
beforeAll(async () => {
  host = await startInProcess();
  admin = await loginAs(host.url, 'admin', 'admin-test-pass');
});
afterAll(async () => host.close());

const registrar = { username: 'liming', displayName: '李明', role: 'registrar', password: 'liming-pass' };

describe('user administration', () => {
  it('adds a user, lists it, and refuses the same name twice naming the field', async () => {
    const added = await api(host.url, admin, 'POST', '/api/users', registrar);
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ username: 'liming', role: 'registrar', disabled: false });
    expect(added.json).not.toHaveProperty('passwordHash');
    const list = await api(host.url, admin, 'GET', '/api/users');
    expect(list.json.users.map((u: { username: string }) => u.username)).toEqual(['admin', 'liming']);
    const again = await api(host.url, admin, 'POST', '/api/users', { ...registrar, username: 'LiMing' });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: 'USER_EXISTS', violations: [{ field: 'username', code: 'USER_EXISTS' }] });
  });

  it('refuses bad input with every violation at once and changes nothing', async () => {
    const before = host.db.prepare('SELECT count(*) FROM audit').pluck().get();
    const res = await api(host.url, admin, 'POST', '/api/users', { username: 'x', displayName: '', role: 'boss', password: 'short', extra: 1 });
    expect(res.status).toBe(422);
    const fields = res.json.violations.map((v: { field: string }) => v.field).sort();
    expect(fields).toEqual(['(body)', 'displayName', 'password', 'role', 'username']);
    expect(res.json.violations.find((v: { field: string }) => v.field === 'password').message).toBe('密码：至少 8 个字符');
    expect(host.db.prepare('SELECT count(*) FROM audit').pluck().get()).toBe(before);
  });

  it('disables a user, which ends their sessions, and enables them again', async () => {
    const id = (host.db.prepare("SELECT id FROM users WHERE username = 'liming'").pluck().get()) as number;
    const clerk = await loginAs(host.url, 'liming', 'liming-pass');
    const off = await api(host.url, admin, 'PATCH', `/api/users/${id}`, { disabled: true });
    expect(off.json.disabled).toBe(true);
    expect((await api(host.url, clerk, 'GET', '/api/session')).status).toBe(401);
    const refused = await api(host.url, null, 'POST', '/api/session', { username: 'liming', password: 'liming-pass' });
    expect(refused.json.code).toBe('AUTH_DISABLED');
    await api(host.url, admin, 'PATCH', `/api/users/${id}`, { disabled: false, displayName: '李明明', role: 'manager' });
    const back = await loginAs(host.url, 'liming', 'liming-pass');
    expect((await api(host.url, back, 'GET', '/api/session')).json).toMatchObject({ displayName: '李明明', role: 'manager' });
  });

  it('resets a password: the old one stops working and the account unlocks', async () => {
    const id = (host.db.prepare("SELECT id FROM users WHERE username = 'liming'").pluck().get()) as number;
    const res = await api(host.url, admin, 'POST', `/api/users/${id}/password`, { password: 'new-pass-123' });
    expect(res.status).toBe(200);
    expect((await api(host.url, null, 'POST', '/api/session', { username: 'liming', password: 'liming-pass' })).status).toBe(401);
    await loginAs(host.url, 'liming', 'new-pass-123');
    expect((await api(host.url, admin, 'POST', '/api/users/999/password', { password: 'whatever-1' })).json.code).toBe('NOT_FOUND');
  });

  it('never leaves the office without an active admin, and an admin cannot disable themself', async () => {
    const res = await api(host.url, admin, 'PATCH', '/api/users/1', { role: 'registrar' });
    expect(res).toMatchObject({ status: 409, json: { code: 'LAST_ADMIN' } });
    expect((await api(host.url, admin, 'PATCH', '/api/users/1', { disabled: true })).json.code).toBe('SELF_DISABLE');
  });

  it('pushes users.changed on the WebSocket, which wants a token', async () => {
    await expect(
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`${host.url.replace('http', 'ws')}/api/events`, [EVENTS_PROTOCOL, 'bad-token']);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode));
        ws.on('open', () => reject(new Error('opened without a valid token')));
      }),
    ).resolves.toBe(401);
    const ws = new WebSocket(`${host.url.replace('http', 'ws')}/api/events`, [EVENTS_PROTOCOL, admin]);
    const messages: unknown[] = [];
    ws.on('message', (m) => messages.push(JSON.parse(m.toString())));
    await new Promise((r) => ws.once('open', r));
    expect(ws.protocol).toBe(EVENTS_PROTOCOL);
    const added = await api(host.url, admin, 'POST', '/api/users', { ...registrar, username: 'wangfang', displayName: '王芳' });
    await expect.poll(() => messages).toContainEqual({ type: 'users.changed', userId: added.json.id });
    expect(messages[0]).toMatchObject({ type: 'hello' });
    ws.close();
  });

  it('writes every change to an audit chain that verifies', () => {
    const actions = host.db.prepare('SELECT action FROM audit ORDER BY seq').pluck().all();
    expect(actions).toEqual(expect.arrayContaining(['user.add', 'login', 'user.update', 'user.password_reset', 'login.disabled']));
    expect(verifyAudit(host.db)).toMatchObject({ ok: true });
  });
});

describe('office settings', () => {
  it('saves the office and refuses a code that is not 9 digits', async () => {
    const bad = await api(host.url, admin, 'PUT', '/api/settings/office', { officeName: '东城区民政局婚姻登记处', officeCode: '11010', foreignRelated: false });
    expect(bad.status).toBe(422);
    expect(bad.json.violations).toEqual([{ code: 'FIELD_FORMAT', field: 'officeCode', message: '登记机关代码：须为 9 位数字' }]);
    const ok = await api(host.url, admin, 'PUT', '/api/settings/office', { officeName: '东城区民政局婚姻登记处', officeCode: '110101001', foreignRelated: true });
    expect(ok.json).toEqual({ officeName: '东城区民政局婚姻登记处', officeCode: '110101001', foreignRelated: true, officeCodeFromConfig: false });
    expect((await api(host.url, null, 'GET', '/api/health')).json.officeName).toBe('东城区民政局婚姻登记处');
    const change = host.db.prepare("SELECT detail FROM audit WHERE action = 'settings.office'").pluck().get() as string;
    expect(JSON.parse(change).changed).toContainEqual({ key: 'foreignRelated', from: false, to: true });
  });
});

describe('office code fixed by configuration', () => {
  it('shows HALL_OFFICE_CODE and refuses another code', async () => {
    const fixed = await startInProcess({ env: { HALL_OFFICE_CODE: '320102003' } });
    try {
      const token = await loginAs(fixed.url, 'admin', 'admin-test-pass');
      expect((await api(fixed.url, token, 'GET', '/api/settings/office')).json).toMatchObject({ officeCode: '320102003', officeCodeFromConfig: true });
      const res = await api(fixed.url, token, 'PUT', '/api/settings/office', { officeName: '玄武区婚姻登记处', officeCode: '110101001', foreignRelated: false });
      expect(res.json.violations[0]).toMatchObject({ code: 'OFFICE_CODE_FIXED', field: 'officeCode' });
    } finally {
      await fixed.close();
    }
  });
});

describe('changing one\'s own password', () => {
  it('wants the current password, keeps this session, and ends the others', async () => {
    await api(host.url, admin, 'POST', '/api/users', { username: 'zhouyi', displayName: '周一', role: 'registrar', password: 'zhouyi-pass-1' });
    const here = await loginAs(host.url, 'zhouyi', 'zhouyi-pass-1');
    const elsewhere = await loginAs(host.url, 'zhouyi', 'zhouyi-pass-1');
    const wrong = await api(host.url, here, 'POST', '/api/session/password', { currentPassword: 'not-it', newPassword: 'zhouyi-pass-2' });
    expect(wrong).toMatchObject({ status: 422, json: { code: 'PASSWORD_WRONG', violations: [{ field: 'currentPassword' }] } });
    const same = await api(host.url, here, 'POST', '/api/session/password', { currentPassword: 'zhouyi-pass-1', newPassword: 'zhouyi-pass-1' });
    expect(same.json.code).toBe('PASSWORD_UNCHANGED');
    const short = await api(host.url, here, 'POST', '/api/session/password', { currentPassword: 'zhouyi-pass-1', newPassword: 'short' });
    expect(short.json.violations[0]).toMatchObject({ field: 'newPassword', code: 'FIELD_TOO_SHORT' });
    expect((await api(host.url, here, 'POST', '/api/session/password', { currentPassword: 'zhouyi-pass-1', newPassword: 'zhouyi-pass-2' })).status).toBe(200);
    expect((await api(host.url, here, 'GET', '/api/session')).status).toBe(200);
    expect((await api(host.url, elsewhere, 'GET', '/api/session')).status).toBe(401);
    await loginAs(host.url, 'zhouyi', 'zhouyi-pass-2');
    expect(host.db.prepare("SELECT count(*) FROM audit WHERE action = 'user.password_change'").pluck().get()).toBe(1);
  });
});
