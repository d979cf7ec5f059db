import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type RouteDef } from '../../main/contract/routes';
import { api, loginAs } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';

let host: InProcHost;
beforeAll(async () => {
  host = await startInProcess();
});
afterAll(async () => host.close());

describe('sessions and roles', () => {
  it('answers health and the OpenAPI document without a token', async () => {
    const health = await api(host.url, null, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', demo: false });
    const doc = await api(host.url, null, 'GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    for (const def of Object.values(routes) as RouteDef[]) {
      expect(doc.json.paths[def.path.replace(/:(\w+)/g, '{$1}')][def.method.toLowerCase()]).toBeDefined();
    }
    expect(doc.json.paths['/api/users'].post.requestBody.content['application/json'].schema.required).toContain('password');
  });

  it('answers 401 on every route but the public ones without a valid token', async () => {
    for (const def of Object.values(routes) as RouteDef[]) {
      if (def.access === 'public') continue;
      const path = def.path.replace(':id', '1');
      for (const token of [null, 'not-a-token']) {
        const res = await api(host.url, token, def.method, path, def.body ? {} : undefined);
        expect(res.status, `${def.method} ${def.path}`).toBe(401);
        expect(res.json.code).toBe('AUTH_REQUIRED');
      }
    }
  });

  it('answers 403 to a registrar on every admin route', async () => {
    const admin = await loginAs(host.url, 'admin', 'admin-test-pass');
    await api(host.url, admin, 'POST', '/api/users', { username: 'clerk1', displayName: '李明', role: 'registrar', password: 'clerk-pass-1' });
    const clerk = await loginAs(host.url, 'clerk1', 'clerk-pass-1');
    for (const def of Object.values(routes) as RouteDef[]) {
      if (def.access === 'public' || def.access === 'any' || def.access.includes('registrar')) continue;
      const res = await api(host.url, clerk, def.method, def.path.replace(':id', '1'), def.body ? {} : undefined);
      expect(res.status, `${def.method} ${def.path}`).toBe(403);
      expect(res.json.code).toBe('AUTH_FORBIDDEN');
    }
    expect((await api(host.url, clerk, 'GET', '/api/session')).json).toMatchObject({ username: 'clerk1', role: 'registrar' });
  });

  it('locks an account after 5 wrong passwords for 15 minutes, then lets it in', async () => {
    const admin = await loginAs(host.url, 'admin', 'admin-test-pass');
    await api(host.url, admin, 'POST', '/api/users', { username: 'clerk2', displayName: '王芳', role: 'registrar', password: 'right-pass-2' });
    for (let i = 1; i <= 4; i++) {
      const res = await api(host.url, null, 'POST', '/api/session', { username: 'clerk2', password: 'wrong' });
      expect(res.status).toBe(401);
    }
    const fifth = await api(host.url, null, 'POST', '/api/session', { username: 'clerk2', password: 'wrong' });
    expect(fifth.status).toBe(423);
    expect(fifth.json.code).toBe('AUTH_LOCKED');
    // Even the right password is refused while locked.
    expect((await api(host.url, null, 'POST', '/api/session', { username: 'clerk2', password: 'right-pass-2' })).json.code).toBe('AUTH_LOCKED');
    host.advance(14 * 60_000 + 59_000);
    expect((await api(host.url, null, 'POST', '/api/session', { username: 'clerk2', password: 'right-pass-2' })).status).toBe(423);
    host.advance(1_000);
    expect((await api(host.url, null, 'POST', '/api/session', { username: 'clerk2', password: 'right-pass-2' })).status).toBe(200);
    const actions = host.db.prepare("SELECT action FROM audit WHERE subject = (SELECT 'user:' || id FROM users WHERE username = 'clerk2') ORDER BY seq").pluck().all();
    expect(actions).toEqual(['user.add', 'login.failed', 'login.failed', 'login.failed', 'login.failed', 'login.lockout', 'login.locked', 'login.locked', 'login']);
  });

  it('expires a token after 12 hours and ends it at logout', async () => {
    const t1 = await loginAs(host.url, 'admin', 'admin-test-pass');
    expect((await api(host.url, t1, 'DELETE', '/api/session')).status).toBe(200);
    expect((await api(host.url, t1, 'GET', '/api/session')).status).toBe(401);
    const t2 = await loginAs(host.url, 'admin', 'admin-test-pass');
    host.advance(12 * 3_600_000 - 1_000);
    expect((await api(host.url, t2, 'GET', '/api/session')).status).toBe(200);
    host.advance(1_000);
    expect((await api(host.url, t2, 'GET', '/api/session')).status).toBe(401);
  });

  it('answers a malformed body with a code, not a stack trace', async () => {
    const res = await fetch(`${host.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST' });
    const unknown = await api(host.url, null, 'GET', '/api/nothing-here');
    expect(unknown).toMatchObject({ status: 404, json: { code: 'NOT_FOUND' } });
  });
});
