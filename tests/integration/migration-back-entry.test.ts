import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, SCHEMA_VERSION, userVersion } from '../../main/store/db';
import { MIGRATIONS } from '../../main/store/migrations';
import { tempDataDir } from '../helpers/host';

const dir = tempDataDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function plan(db: ReturnType<typeof openDatabase>, sql: string): string {
  const params = Array.from(sql.matchAll(/\?/g), () => 'x');
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('migration 90 (back entry)', () => {
  it('adds the 15-digit column to persons as they are, and the back-entry and import-job tables', () => {
    const file = path.join(dir, 'hall.sqlite');
    const old = openDatabase(file, { migrate: false });
    migrate(old, MIGRATIONS.filter((m) => m.version <= 80));
    expect(userVersion(old)).toBe(80);
    old.exec("INSERT INTO persons (id, id_type, id_number, name, name_key, sex, birth_date, nationality) VALUES (1, 'resident_id', '110105199001011234', '张三', '张三', 'male', '1990-01-01', 'CHN')");
    old.close();

    const db = openDatabase(file);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT id, id_number AS idNumber, id_number_original AS original FROM persons').all()).toEqual([{ id: 1, idNumber: '110105199001011234', original: null }]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('back_entries', 'import_jobs') ORDER BY name").pluck().all()).toEqual(['back_entries', 'import_jobs']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('answers the importer’s lookups from indexes: duplicate keys, the 15-digit number, a file’s job, a couple’s cases', () => {
    const db = openDatabase(path.join(dir, 'plans.sqlite'));
    expect(plan(db, 'SELECT case_id FROM back_entries WHERE certificate_key = ?')).toMatch(/SEARCH .*USING (COVERING )?INDEX back_entries_certificate/);
    expect(plan(db, 'SELECT case_id FROM back_entries WHERE couple_key = ?')).toMatch(/SEARCH .*USING (COVERING )?INDEX back_entries_couple/);
    expect(plan(db, 'SELECT id FROM persons WHERE id_number_original IN (?, ?)')).toMatch(/SEARCH .*USING (COVERING )?INDEX persons_id_number_original/);
    expect(plan(db, 'SELECT * FROM import_jobs WHERE file_sha256 = ? ORDER BY id DESC LIMIT 1')).toMatch(/SEARCH .*USING INDEX import_jobs_sha256/);
    expect(plan(db, 'SELECT b.case_id FROM case_parties a JOIN case_parties b ON b.case_id = a.case_id AND b.person_id = ? WHERE a.person_id = ?')).toMatch(/SEARCH a USING (COVERING )?INDEX case_parties_person/);
    db.close();
  });
});
