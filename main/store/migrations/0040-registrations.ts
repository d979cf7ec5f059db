import type Database from 'better-sqlite3';

export default {
  version: 40,
  name: 'registrations',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        id_type TEXT NOT NULL,
        id_number TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
        birth_date TEXT NOT NULL,
        nationality TEXT NOT NULL,
        ethnicity TEXT,
        UNIQUE (id_type, id_number)
      ) STRICT;
      CREATE INDEX persons_id_number ON persons(id_number);
      CREATE INDEX persons_name_key ON persons(name_key);

      -- One row per case; its history is case_events, and a correction is a new revision, never an edit of the past.
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        record_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('marriage', 'divorce', 'reissue')),
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
      CREATE INDEX cases_kind_status ON cases(kind, status);
      CREATE INDEX cases_related ON cases(related_case_id);

      CREATE TABLE case_parties (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        position INTEGER NOT NULL,
        person_id INTEGER NOT NULL REFERENCES persons(id),
        snapshot TEXT NOT NULL,
        PRIMARY KEY (case_id, position)
      ) STRICT;
      CREATE INDEX case_parties_person ON case_parties(person_id);

      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        revision INTEGER NOT NULL,
        action TEXT NOT NULL,
        on_date TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_events_case ON case_events(case_id, id);

      CREATE TABLE certificate_counters (
        prefix TEXT NOT NULL,
        division_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_serial INTEGER NOT NULL,
        PRIMARY KEY (prefix, division_code, year)
      ) STRICT;

      CREATE TABLE marital_status_checks (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        position INTEGER NOT NULL,
        made INTEGER NOT NULL CHECK (made IN (0, 1)),
        status TEXT,
        reason TEXT,
        checked_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX marital_status_checks_case ON marital_status_checks(case_id, position, id);

      CREATE TABLE archive_items (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        stored_as TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX archive_items_case ON archive_items(case_id);

      -- What the provincial exchange will send, oldest first; written in the same transaction as the change.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        record_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'rejected', 'acknowledged')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        receipt TEXT,
        error_code TEXT,
        error_message TEXT,
        UNIQUE (record_id, revision)
      ) STRICT;
      CREATE INDEX outbox_state ON outbox(state, id);
    `);
  },
};
