import type Database from 'better-sqlite3';
import type { ReadableDB } from './db';

const cache = new WeakMap<object, Map<string, Database.Statement>>();

/** A statement compiled once per connection: hot paths (session checks, case lookups) skip SQLite's parser. */
export function prepared(db: ReadableDB, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = db.prepare(sql)));
  return s;
}
