import type Database from 'better-sqlite3';

/**
 * Paper-era records entered from the archive (历史数据补录, issue 10). A back-entered record is an
 * ordinary registered case, so every rule and search finds it; back_entries marks it as one and
 * says where it came from. import_jobs is the resumable state of a sheet's import: a batch's
 * records and its job's last_row commit together, so a killed import resumes after last_row.
 */
export default {
  version: 90,
  name: 'back-entry',
  up(db: Database.Database): void {
    db.exec(`
      -- The 15-digit first-generation number as written; id_number holds its 18-character form.
      ALTER TABLE persons ADD COLUMN id_number_original TEXT;
      CREATE INDEX persons_id_number_original ON persons(id_number_original) WHERE id_number_original IS NOT NULL;

      CREATE TABLE import_jobs (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_path TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        file_size INTEGER NOT NULL,
        sheet_kind TEXT NOT NULL CHECK (sheet_kind IN ('csv', 'xlsx')),
        encoding TEXT CHECK (encoding IN ('utf-8', 'gb18030')),
        mapping TEXT NOT NULL,
        mapping_name TEXT,
        scans_dir TEXT,
        -- A dry run writes nothing, so no job is ever in a dry-run state.
        state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'done', 'failed')),
        rows_total INTEGER NOT NULL,
        rows_done INTEGER NOT NULL DEFAULT 0,
        last_row INTEGER NOT NULL,
        inserted INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        refused INTEGER NOT NULL DEFAULT 0,
        flagged INTEGER NOT NULL DEFAULT 0,
        codes TEXT NOT NULL DEFAULT '{}',
        error TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        finished_at TEXT
      ) STRICT;
      CREATE INDEX import_jobs_sha256 ON import_jobs(file_sha256);

      -- Keys are 16 bytes of SHA-256 of duplicateKeys' text: fixed size whatever the names' length.
      CREATE TABLE back_entries (
        case_id INTEGER PRIMARY KEY REFERENCES cases(id),
        job_id INTEGER REFERENCES import_jobs(id),
        source_file TEXT,
        source_row INTEGER,
        method TEXT NOT NULL CHECK (method IN ('import', 'hand')),
        entered_by TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        office_text TEXT NOT NULL,
        certificate_key BLOB NOT NULL,
        couple_key BLOB,
        remarks TEXT,
        warnings TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX back_entries_certificate ON back_entries(certificate_key);
      CREATE INDEX back_entries_couple ON back_entries(couple_key) WHERE couple_key IS NOT NULL;
      CREATE INDEX back_entries_job ON back_entries(job_id, source_row) WHERE job_id IS NOT NULL;
    `);
  },
};
