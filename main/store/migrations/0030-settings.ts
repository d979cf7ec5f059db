import type Database from 'better-sqlite3';

export default {
  version: 30,
  name: 'settings',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
