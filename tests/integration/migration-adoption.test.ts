import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, SCHEMA_VERSION, userVersion } from '../../main/store/db';
import { MIGRATIONS } from '../../main/store/migrations';
import { tempDataDir } from '../helpers/host';

const dir = tempDataDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 60 (adoption cases)', () => {
  it('rebuilds the cases table keeping every row and reference, and then admits adoption cases', () => {
    const file = path.join(dir, 'hall.sqlite');
    const old = openDatabase(file, { migrate: false });
    migrate(old, MIGRATIONS.filter((m) => m.version <= 50));
    expect(userVersion(old)).toBe(50);
    old.exec(`
      INSERT INTO persons (id, id_type, id_number, name, name_key, sex, birth_date, nationality) VALUES (1, 'resident_id', '110105199001011234', '张三', '张三', 'male', '1990-01-01', 'CHN');
      INSERT INTO cases (id, record_id, kind, status, office_code, facts, created_at, created_by) VALUES (7, 'r-7', 'marriage', 'registered', '110101001', '{}', '2026-01-01', 'clerk');
      INSERT INTO cases (id, record_id, kind, status, office_code, related_case_id, facts, created_at, created_by) VALUES (8, 'r-8', 'reissue', 'registered', '110101001', 7, '{}', '2026-01-02', 'clerk');
      INSERT INTO case_parties (case_id, position, person_id, snapshot) VALUES (7, 0, 1, '{}');
    `);
    expect(() => old.exec("INSERT INTO cases (record_id, kind, status, office_code, facts, created_at, created_by) VALUES ('x', 'adoption', 'accepted', '1', '{}', 'a', 'b')")).toThrow(/CHECK/);
    old.close();

    const db = openDatabase(file);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT id, kind, related_case_id AS related FROM cases ORDER BY id').all()).toEqual([
      { id: 7, kind: 'marriage', related: null },
      { id: 8, kind: 'reissue', related: 7 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.exec("INSERT INTO cases (record_id, kind, status, office_code, facts, created_at, created_by) VALUES ('r-9', 'adoption', 'accepted', '110101001', '{}', 'a', 'b')");
    // References still hold: a party of a case that does not exist is refused.
    expect(() => db.exec("INSERT INTO case_parties (case_id, position, person_id, snapshot) VALUES (999, 0, 1, '{}')")).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'cases' AND name LIKE 'cases_%' ORDER BY name").pluck().all()).toEqual(
      // The rebuild recreated its own indexes; later migrations add others (0100's registry indexes).
      expect.arrayContaining(['cases_kind_status', 'cases_related']),
    );
    db.close();
  });
});
