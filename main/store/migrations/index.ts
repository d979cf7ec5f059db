import type Database from 'better-sqlite3';
import m0010 from './0010-users-sessions';
import m0020 from './0020-audit-chain';
import m0030 from './0030-settings';
import m0040 from './0040-registrations';
import m0050 from './0050-hall-queue';
import m0060 from './0060-adoption-kinds';
import m0070 from './0070-outbox-delivered-at';
import m0080 from './0080-certificate-stock';
import m0090 from './0090-back-entry';
import m0100 from './0100-registry-indexes';
import m0110 from './0110-backup-runs';
import m0120 from './0120-double-entry';

export interface Migration {
  readonly version: number;
  readonly name: string;
  /**
   * The step rebuilds a table others refer to (SQLite's twelve-step ALTER): it runs with foreign keys
   * off, and commits only if `foreign_key_check` finds nothing afterwards.
   */
  readonly rebuildsTables?: boolean;
  up(db: Database.Database): void;
}

/** Listed in code, not found by scanning a folder: a folder scan breaks inside an asar archive. Never edit a shipped step. */
export const MIGRATIONS: readonly Migration[] = [m0010, m0020, m0030, m0040, m0050, m0060, m0070, m0080, m0090, m0100, m0110, m0120];
