import type Database from 'better-sqlite3';

/** When the province's answer was stored: the upload panel counts what was delivered today. */
export default {
  version: 70,
  name: 'outbox-delivered-at',
  up(db: Database.Database): void {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN delivered_at TEXT;
      CREATE INDEX outbox_record ON outbox(record_id, revision);
    `);
  },
};
