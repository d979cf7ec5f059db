import Database from 'better-sqlite3';
import type { KeyMemory } from '../../domain/backentry/duplicates';

/**
 * The in-file duplicate check's memory in a scratch SQLite file of its own (deleted on close,
 * never the hall's database): a dry run of a million rows keeps two keys per row without its
 * memory growing with the file.
 */
export function scratchKeyMemory(): KeyMemory & { close(): void } {
  // '' is SQLite's private temporary database: on disk once it outgrows its cache, removed when closed.
  const db = new Database('');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -8000');
  db.exec('CREATE TABLE seen (key TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID');
  const find = db.prepare('SELECT row FROM seen WHERE key = ?').pluck();
  const remember = db.prepare('INSERT INTO seen (key, row) VALUES (?, ?)');
  // One transaction for the whole run: nothing here needs to survive it.
  db.exec('BEGIN');
  return {
    firstRow(key, rowNumber) {
      const earlier = find.get(key) as number | undefined;
      if (earlier === undefined) remember.run(key, rowNumber);
      return earlier ?? null;
    },
    close() {
      db.close();
    },
  };
}
