import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../main/store/audit';
import { migrate, openDatabase, SCHEMA_VERSION, SchemaTooNewError, userVersion } from '../../main/store/db';
import { MIGRATIONS } from '../../main/store/migrations';
import { tempDataDir } from '../helpers/host';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function freshDb() {
  const file = path.join(tempDataDir(), 'hall.sqlite');
  return { file, db: openDatabase(file) };
}

describe('opening the database', () => {
  it('creates a WAL database with foreign keys at the current schema version', () => {
    const { db } = freshDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('migrates a database left at an older version, keeping its rows', () => {
    const file = path.join(tempDataDir(), 'hall.sqlite');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES ('old', '旧', 'admin', 'x', '2020-01-01')").run();
    expect(userVersion(old)).toBe(10);
    old.close();
    const db = openDatabase(file);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT username FROM users').pluck().all()).toEqual(['old']);
    db.close();
  });

  it('refuses a database from a newer version and leaves the file byte for byte untouched', () => {
    const { file, db } = freshDb();
    db.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
    expect(() => openDatabase(file)).toThrow(`结构版本为 ${SCHEMA_VERSION + 10}`);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('rolls a failing migration back completely, version included', () => {
    const file = path.join(tempDataDir(), 'hall.sqlite');
    const db = new Database(file);
    const broken = { version: SCHEMA_VERSION + 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x INTEGER); SELECT nonsense FROM nowhere;') };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});

describe('the audit chain', () => {
  function chainOf(n: number) {
    const { file, db } = freshDb();
    for (let i = 1; i <= n; i++) appendAudit(db, { at: `2026-11-23T09:00:0${i % 10}Z`, actor: 'admin', action: 'user.add', subject: `user:${i}`, detail: { i } });
    // A raw editor, not the app: the triggers that guard the table are dropped first.
    db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
    return { file, db };
  }

  it('refuses updates and deletes through SQL while its triggers stand', () => {
    const { db } = freshDb();
    appendAudit(db, { at: '2026-11-23T09:00:00Z', actor: 'a', action: 'x', subject: 's' });
    expect(() => db.prepare("UPDATE audit SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
  });

  it('verifies an untouched chain', () => {
    const { db } = chainOf(5);
    expect(verifyAudit(db)).toEqual({ ok: true, rows: 5 });
  });

  it('names the row that was edited', () => {
    const { db } = chainOf(5);
    db.prepare("UPDATE audit SET actor = 'mallory' WHERE seq = 3").run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, badSeq: 3 });
  });

  it('names the row after one that was deleted', () => {
    const { db } = chainOf(5);
    db.prepare('DELETE FROM audit WHERE seq = 2').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, badSeq: 3 });
  });

  it('catches rows cut off the end', () => {
    const { db } = chainOf(5);
    db.prepare('DELETE FROM audit WHERE seq = 5').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, badSeq: 5 });
  });

  it('catches two rows swapped', () => {
    const { db } = chainOf(5);
    db.exec('UPDATE audit SET seq = -2 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = -2;');
    expect(verifyAudit(db)).toMatchObject({ ok: false, badSeq: 2 });
  });
});

describe('configuration changes', () => {
  it('audits the keys that changed since the previous start, and nothing when none did', async () => {
    const { recordConfigAtStart } = await import('../../main/store/settings');
    const { db } = freshDb();
    expect(recordConfigAtStart(db, { port: 7420, reader: 'auto', provinceKey: null }, '2026-11-23T01:00:00Z')).toEqual(['port', 'reader', 'provinceKey']);
    expect(recordConfigAtStart(db, { port: 7420, reader: 'auto', provinceKey: null }, '2026-11-23T02:00:00Z')).toEqual([]);
    expect(recordConfigAtStart(db, { port: 7421, reader: 'auto', provinceKey: '(set)' }, '2026-11-23T03:00:00Z')).toEqual(['port', 'provinceKey']);
    const last = db.prepare("SELECT detail FROM audit WHERE action = 'config.changed' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(last).changed).toEqual([{ key: 'port', from: 7420, to: 7421 }, { key: 'provinceKey', from: null, to: '(set)' }]);
    expect(verifyAudit(db).ok).toBe(true);
  });
});
