import type Database from 'better-sqlite3';

/**
 * Cases of adoption and of its dissolution. A CHECK constraint cannot be altered in SQLite, so the
 * cases table is rebuilt (copy, drop, rename: SQLite's own procedure), with its indexes; every row
 * and every reference to it stays as it was.
 */
export default {
  version: 60,
  name: 'adoption-kinds',
  rebuildsTables: true,
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE cases_new (
        id INTEGER PRIMARY KEY,
        record_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('marriage', 'divorce', 'reissue', 'adoption', 'adoption_dissolution')),
        status TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        office_code TEXT NOT NULL,
        accepted_on TEXT,
        registered_on TEXT,
        withdrawn_on TEXT,
        certificate_number TEXT UNIQUE,
        related_case_id INTEGER REFERENCES cases(id),
        facts TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      INSERT INTO cases_new SELECT * FROM cases;
      DROP TABLE cases;
      ALTER TABLE cases_new RENAME TO cases;
      CREATE INDEX cases_kind_status ON cases(kind, status);
      CREATE INDEX cases_related ON cases(related_case_id);
    `);
  },
};
