import type Database from 'better-sqlite3';

/**
 * Double entry of paper pages (双人录入, issue 10). A page's first entry waits here, not as a case,
 * until a second clerk types it blind; both agreeing enters the record, a difference waits for a
 * third person. A page is known by the reference the clerks type (档案盒号/页号) and its scan's SHA-256;
 * the scan itself is kept in the data folder's double-entry/ under that hash until the page is entered.
 */
export default {
  version: 120,
  name: 'double-entry',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE double_entry_pages (
        id INTEGER PRIMARY KEY,
        page_ref TEXT NOT NULL,
        page_key TEXT NOT NULL,
        scan_sha256 TEXT NOT NULL,
        scan_name TEXT NOT NULL,
        scan_stored_as TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('awaiting_second', 'disputed', 'entered', 'duplicate')),
        first_by TEXT NOT NULL,
        first_name TEXT NOT NULL,
        first_at TEXT NOT NULL,
        first_values TEXT NOT NULL,
        second_by TEXT,
        second_name TEXT,
        second_at TEXT,
        second_values TEXT,
        differences TEXT NOT NULL DEFAULT '[]',
        problem TEXT,
        resolved_by TEXT,
        resolved_name TEXT,
        resolved_at TEXT,
        case_id INTEGER REFERENCES cases(id),
        -- The rules of double entry, kept by the schema as well as by the code.
        CHECK (second_by IS NULL OR second_by <> first_by),
        CHECK (resolved_by IS NULL OR (resolved_by <> first_by AND resolved_by <> second_by)),
        CHECK (state = 'awaiting_second' OR second_by IS NOT NULL),
        CHECK (state <> 'entered' OR case_id IS NOT NULL)
      ) STRICT;
      -- One open page per reference and scan: two clerks starting the same page at once meet here.
      CREATE UNIQUE INDEX double_entry_pages_open ON double_entry_pages(page_key, scan_sha256) WHERE state IN ('awaiting_second', 'disputed');
      CREATE INDEX double_entry_pages_key ON double_entry_pages(page_key, scan_sha256, id);
      CREATE INDEX double_entry_pages_state ON double_entry_pages(state, id);
    `);
  },
};
