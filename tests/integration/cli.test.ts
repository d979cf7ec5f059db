import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { api, loginAs, runHall, startHost, tempDataDir } from '../helpers/host';

describe('the hall command', () => {
  it('adds a user who can then log in, and refuses a bad role naming it', async () => {
    const dir = tempDataDir();
    const env = { HALL_DATA_DIR: dir, HALL_ADMIN_PASSWORD: 'admin-test-pass' };
    const ok = await runHall(['user', 'add', '--role', 'manager', '--name', 'wangfang', '--password', 'manager-pass', '--display-name', '王芳'], env);
    expect(ok.out).toContain('已添加用户 wangfang');
    expect(ok.code).toBe(0);
    const bad = await runHall(['user', 'add', '--role', 'boss', '--name', 'x1', '--password', 'pass-pass'], env);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('role');
    const host = await startHost({ dataDir: dir });
    try {
      // The CLI created the database first with a manager only, so the host still creates the first admin.
      await loginAs(host.url, 'wangfang', 'manager-pass');
      await loginAs(host.url, 'admin', 'admin-test-pass');
    } finally {
      await host.stop();
    }
  });

  it('prints a random admin password once when none is configured', async () => {
    const dir = tempDataDir();
    const host = await startHost({ dataDir: dir, env: { HALL_ADMIN_PASSWORD: '' } });
    try {
      const match = /初始密码 (\S+?)（/.exec(host.output());
      expect(match).not.toBeNull();
      await loginAs(host.url, 'admin', match![1]!);
    } finally {
      await host.stop();
    }
    const again = await startHost({ dataDir: dir, env: { HALL_ADMIN_PASSWORD: '' } });
    await again.stop();
    expect(again.output()).not.toContain('初始密码');
  });

  it('stops start-up on a bad value, naming the key', async () => {
    const dir = tempDataDir();
    const bad = await runHall(['serve'], { HALL_DATA_DIR: dir, HALL_PORT: 'seventy' });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('HALL_PORT');
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ reader: 'magic' }));
    const fromFile = await runHall(['serve'], { HALL_DATA_DIR: dir });
    expect(fromFile.out).toMatch(/HALL_READER.*config\.json 中的 "reader"/);
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ prot: 7420 }));
    expect((await runHall(['serve'], { HALL_DATA_DIR: dir })).out).toContain('未知的配置项：prot');
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ port: 7500, reader: 'none' }));
    const shown = await runHall(['config'], { HALL_DATA_DIR: dir, HALL_PORT: '8000' });
    expect(shown.out).toMatch(/HALL_PORT\s+8000\s+\[env\]/);
    expect(shown.out).toMatch(/HALL_READER\s+"none"\s+\[file\]/);
  });

  it('takes an online backup while the host writes, and restores it after checking it', async () => {
    const host = await startHost();
    const env = { HALL_DATA_DIR: host.dataDir };
    const backupFile = path.join(tempDataDir(), 'backup.sqlite');
    try {
      const admin = await loginAs(host.url, 'admin', host.adminPassword);
      const writes = (async () => {
        for (let i = 0; i < 15; i++) await api(host.url, admin, 'POST', '/api/users', { username: `u${i}`, displayName: `用户${i}`, role: 'registrar', password: 'pass-word-1' });
      })();
      const backup = await runHall(['backup', backupFile], env);
      await writes;
      expect(backup.code, backup.out).toBe(0);
      expect(backup.out).toContain('已备份到');
      const refused = await runHall(['restore', backupFile], env);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('请先停止主机');
    } finally {
      await host.stop();
    }
    const copy = new Database(backupFile, { readonly: true });
    const backedUp = copy.prepare('SELECT count(*) FROM users').pluck().get() as number;
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    const restored = await runHall(['restore', backupFile], env);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain('原数据库已保留为');
    const db = new Database(path.join(host.dataDir, 'hall.sqlite'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(backedUp);
    db.close();
    expect((await runHall(['audit', 'verify'], env)).code).toBe(0);
  });

  it('refuses to restore a file that is not an intact hall database, changing nothing', async () => {
    const host = await startHost();
    await host.stop();
    const env = { HALL_DATA_DIR: host.dataDir };
    const dbFile = path.join(host.dataDir, 'hall.sqlite');
    const before = fs.readFileSync(dbFile);
    const junk = path.join(tempDataDir(), 'junk.sqlite');
    fs.writeFileSync(junk, 'this is not a database at all'.repeat(200));
    const res = await runHall(['restore', junk], env);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/不是 SQLite 数据库|无法打开/);
    const newer = path.join(tempDataDir(), 'newer.sqlite');
    const n = new Database(newer);
    n.exec('CREATE TABLE audit (x)');
    n.pragma('user_version = 999');
    n.close();
    const res2 = await runHall(['restore', newer], env);
    expect(res2.out).toContain('结构版本为 999');
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('audit verify exits 1 and names the first bad row after an edit', async () => {
    const host = await startHost();
    const admin = await loginAs(host.url, 'admin', host.adminPassword);
    await api(host.url, admin, 'POST', '/api/users', { username: 'zhao', displayName: '赵', role: 'registrar', password: 'pass-word-1' });
    await host.stop();
    const env = { HALL_DATA_DIR: host.dataDir };
    expect((await runHall(['audit', 'verify'], env)).code).toBe(0);
    const db = new Database(path.join(host.dataDir, 'hall.sqlite'));
    db.exec("DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'nobody' WHERE seq = 2");
    db.close();
    const res = await runHall(['audit', 'verify'], env);
    expect(res.code).toBe(1);
    expect(res.out).toContain('第 2 条记录');
  });
});

describe('the log', () => {
  it('keeps tokens, passwords and full ID numbers out of logs/hall.log', async () => {
    const host = await startHost();
    const token = await loginAs(host.url, 'admin', host.adminPassword);
    await api(host.url, token, 'GET', '/api/users?idNumber=11010519491231002X');
    await api(host.url, null, 'POST', '/api/session', { username: 'admin', password: 'wrong-secret-guess' });
    await host.stop();
    const log = fs.readFileSync(path.join(host.dataDir, 'logs', 'hall.log'), 'utf8');
    expect(log).toContain('110105********002X');
    for (const secret of [token, host.adminPassword, 'wrong-secret-guess', '11010519491231002X']) expect(log).not.toContain(secret);
  });
});

describe('the demo switch', () => {
  it('seeds a demo office and one user of each role in the demo folder, with the printed passwords', async () => {
    const host = await startHost({ demo: true, env: { HALL_ADMIN_PASSWORD: '' } });
    try {
      expect(host.output()).not.toContain('初始密码');
      for (const [name, pass] of [['admin', 'admin-demo'], ['manager', 'manager-demo'], ['registrar', 'registrar-demo']]) {
        expect(host.output()).toContain(`${name} / ${pass}`);
        await loginAs(host.url, name!, pass!);
      }
      expect((await api(host.url, null, 'GET', '/api/health')).json).toMatchObject({ demo: true, officeName: '演示市民政局婚姻登记处' });
      // The demo brings the simulated reader and sample cases.
      const clerk = await loginAs(host.url, 'registrar', 'registrar-demo');
      expect((await api(host.url, clerk, 'GET', '/api/devices/idcard')).json.mode).toBe('simulator');
      expect((await api(host.url, clerk, 'GET', '/api/cases?q=张伟')).json.cases.length).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(host.dataDir, 'hall.sqlite'))).toBe(false);
      expect(fs.existsSync(path.join(host.effectiveDataDir, 'hall.sqlite'))).toBe(true);
    } finally {
      await host.stop();
    }
  });
});
