import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RestoreDrillReport } from '../../contract/backups';
import { archiveCompleteness } from '../../store/archive-mirror';
import { verifyAuditInSlices } from '../../store/audit';
import { openBackupFile, restoreDatabase } from '../../store/backup';
import { backupFigures } from '../../store/backup-figures';
import { copyDatabaseOffThread, inspectBackupFile } from '../../store/backup-worker';
import type { BackupRun } from '../../store/backup-runs';
import { DB_FILE } from '../host';
import { sha256OfFile } from './run-backup';

type Findings = Omit<RestoreDrillReport, 'backupId' | 'fileName' | 'ok' | 'verdict' | 'scratchFolder' | 'durationMs'>;
type Examined = Omit<Findings, 'size' | 'sha256Matches'>;

const NOTHING: Findings = {
  size: 0, sha256Matches: false, integrity: '', schemaVersion: 0, audit: { ok: false, rows: 0, problem: null },
  registrations: { total: 0, byKind: {} }, cases: 0, users: 0, archive: { items: 0, present: 0, missing: 0 },
};

/** Why the restored database would not be whole, in Chinese; empty when nothing stands in the way. */
function obstacles(f: Examined): string[] {
  const found: string[] = [];
  if (f.integrity !== 'ok') found.push(`恢复出的数据库完整性检查未通过（${f.integrity}）`);
  if (!f.audit.ok) found.push(`审计链核验未通过：${f.audit.problem ?? ''}`);
  if (f.archive.missing > 0) found.push(`备份目录中缺少 ${f.archive.missing} 个档案文件（共 ${f.archive.items} 个）`);
  return found;
}

async function examine(run: BackupRun, backupFile: string, scratch: string, at: string): Promise<Examined> {
  const restored = path.join(scratch, DB_FILE);
  // The very restore `hall restore` does, into the scratch folder, with the checks off the host's loop.
  const { check } = await restoreDatabase(restored, backupFile, at, { inspect: inspectBackupFile, copy: copyDatabaseOffThread });
  const facts = await inspectBackupFile(restored);
  const db = openBackupFile(restored);
  try {
    const audit = await verifyAuditInSlices(db);
    const figures = backupFigures(db);
    const archive = await archiveCompleteness(db, run.folder);
    return {
      integrity: facts.integrity,
      schemaVersion: check.schemaVersion,
      audit: { ok: audit.ok, rows: audit.rows, problem: audit.ok ? null : `第 ${audit.badSeq} 条：${audit.reason}` },
      registrations: { total: figures.registrations, byKind: figures.registrationsByKind },
      cases: figures.cases,
      users: figures.users,
      archive: { items: archive.items, present: archive.present, missing: archive.missing },
    };
  } finally {
    db.close();
  }
}

/**
 * 恢复演练: restores a kept backup into a scratch folder exactly as `hall restore` would, opens it, runs
 * integrity_check and the audit-chain verification, counts what it holds and checks the archive files
 * beside it. The live database is only read (for the backup's record); the scratch folder is removed after.
 */
export async function restoreDrill(run: BackupRun, at: string): Promise<RestoreDrillReport> {
  const started = performance.now();
  const backupFile = path.join(run.folder, run.fileName!);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-restore-drill-'));
  let findings = NOTHING;
  const found: string[] = [];
  try {
    if (!fs.existsSync(backupFile)) throw new Error(`备份文件不存在：${backupFile}`);
    const size = (await fs.promises.stat(backupFile)).size;
    const sha256Matches = (await sha256OfFile(backupFile)) === run.sha256;
    findings = { ...findings, size, sha256Matches };
    if (!sha256Matches) found.push('备份文件与备份时记录的 SHA-256 不符（文件在备份后被改动或损坏）');
    findings = { ...findings, ...(await examine(run, backupFile, scratch, at)) };
    found.push(...obstacles(findings));
  } catch (err) {
    found.push(err instanceof Error ? err.message : String(err));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const ok = found.length === 0;
  const verdict = ok
    ? `可以恢复：数据库完整，审计链 ${findings.audit.rows} 条核验无误，登记 ${findings.registrations.total} 件，档案文件 ${findings.archive.items} 个齐全`
    : `不能完整恢复：${found.join('；')}`;
  return {
    backupId: run.id, fileName: run.fileName!, scratchFolder: scratch, ...findings, ok, verdict, durationMs: Math.round(performance.now() - started),
  };
}
