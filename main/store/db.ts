import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

/** A database handle that may be written; read-only paths take `ReadableDB` so they cannot write by accident. */
export type WritableDB = Database.Database & { readonly __writable: true };
export type ReadableDB = Pick<Database.Database, 'prepare' | 'pragma'>;

export class SchemaTooNewError extends Error {
  constructor(readonly found: number, readonly supported: number, file: string) {
    super(
      `数据库 ${file} 的结构版本为 ${found}，本程序只支持到 ${supported}：它由更新版本的程序创建。` +
        '请升级本程序；数据库未作任何改动。',
    );
  }
}

export const SCHEMA_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;

export interface OpenOptions {
  readonly readonly?: boolean;
  /** Skip migrations (used by restore to inspect a candidate file). */
  readonly migrate?: boolean;
}

/** Opens (or creates) the hall database: WAL, foreign keys, full fsync, then migrations up to SCHEMA_VERSION. */
export function openDatabase(file: string, opts: OpenOptions = {}): WritableDB {
  const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  try {
    // Check the version before touching anything: a newer file must be left exactly as it is.
    const found = userVersion(db);
    if (found > SCHEMA_VERSION) throw new SchemaTooNewError(found, SCHEMA_VERSION, file);
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      // Registrations must survive a power cut the moment the API confirms them.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly && opts.migrate !== false) migrate(db, MIGRATIONS);
    return db as WritableDB;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function userVersion(db: ReadableDB): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Runs each pending migration in its own transaction; the version moves with it or not at all. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    if (userVersion(db) >= m.version) continue;
    // PRAGMA foreign_keys is a no-op inside a transaction: it is switched around it.
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`migration ${m.version} ${m.name} broke a foreign key`);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    } finally {
      if (m.rebuildsTables) db.pragma('foreign_keys = ON');
    }
    applied.push(m.version);
  }
  return applied;
}
