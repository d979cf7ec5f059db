import type { BackEntryRecord } from '../../domain/backentry/record';
import type { FieldColumns } from '../../domain/backentry/violations';
import { appendAudit } from '../audit';
import type { WritableDB } from '../db';
import { prepared } from '../prepared';
import { databaseClash } from './clashes';
import { getImportJob, type ImportJob } from './jobs';
import { storedKeys } from './keys';
import { insertBackRecord, type BackEntryMeta } from './record';

/** One data row of a batch, as the checks left it. */
export interface BatchRow {
  readonly rowNumber: number;
  /** The record, or null when the row's checks found an error (it is refused). */
  readonly record: BackEntryRecord | null;
  /** Every code the checks found in the row, errors and warnings alike. */
  readonly codes: readonly string[];
  /** The warnings' codes, kept with the record. */
  readonly warnings: readonly string[];
  readonly columns: FieldColumns;
  /** The scanned page the row names, read only when its record goes in (a batch never holds all its pages). */
  readonly scan: { readonly fileName: string; read(): Buffer | null } | null;
}

export interface Batch {
  /** The job's last_row this batch follows: a batch that does not follow it is not written. */
  readonly afterRow: number;
  /** The last source row this batch covers (blank rows after the last data row included). */
  readonly toRow: number;
  readonly rows: readonly BatchRow[];
  /** SHA-256 of the batch's canonical rows (row number and cells), for the audit entry. */
  readonly sha256: string;
}

export interface BatchContext {
  readonly officeCode: string;
  readonly dataDir: string;
  readonly by: BackEntryMeta['by'];
}

/** Another process went on with the same job (the host and the CLI on one folder): this one must stop. */
export class ImportConflictError extends Error {
  constructor(readonly jobId: number, readonly expected: number, readonly found: number) {
    super(`导入任务 ${jobId} 已由另一个进程推进到第 ${found} 行（本进程以为是第 ${expected} 行），本进程停止`);
  }
}

/**
 * Commits one batch in ONE transaction: its records (duplicates of the database skipped and
 * counted; a repeat of the file's own earlier row, or a taken certificate number, refused), the job's last_row and counts, and ONE audit
 * entry naming the rows and the batch's hash. A kill before the commit leaves none of it; after,
 * all of it: the next run starts after last_row, so no row goes in twice and none is lost.
 */
export function commitBatch(db: WritableDB, jobId: number, batch: Batch, ctx: BatchContext): ImportJob {
  return db.transaction(() => {
    const job = getImportJob(db, jobId)!;
    if (job.lastRow !== batch.afterRow) throw new ImportConflictError(jobId, batch.afterRow, job.lastRow);
    const codes: Record<string, number> = { ...job.codes };
    let inserted = 0;
    let skipped = 0;
    let refused = 0;
    let flagged = 0;
    for (const row of batch.rows) {
      let rowCodes = row.codes;
      if (row.record === null) {
        refused++;
      } else {
        const keys = storedKeys(row.record);
        const clash = databaseClash(db, row.record, keys, row.columns, jobId);
        if (clash) {
          rowCodes = [...rowCodes, clash.code];
          if (clash.code === 'IMP_DUPLICATE_IN_DB') skipped++;
          else refused++;
        } else {
          const content = row.scan?.read() ?? null;
          // A page that left its folder since the row was checked: the record goes in without it, flagged.
          const warnings = row.scan && content === null ? [...row.warnings, 'IMP_SCAN_MISSING'] : row.warnings;
          if (warnings !== row.warnings) rowCodes = [...rowCodes, 'IMP_SCAN_MISSING'];
          const meta: BackEntryMeta = {
            method: 'import', jobId, sourceFile: job.fileName, sourceRow: row.rowNumber, officeCode: ctx.officeCode, by: ctx.by, warnings,
            scan: row.scan && content && { dataDir: ctx.dataDir, fileName: row.scan.fileName, content },
          };
          insertBackRecord(db, row.record, meta, keys);
          inserted++;
          if (warnings.length > 0) flagged++;
        }
      }
      for (const code of rowCodes) codes[code] = (codes[code] ?? 0) + 1;
    }
    prepared(
      db,
      `UPDATE import_jobs SET last_row = ?, rows_done = rows_done + ?, inserted = inserted + ?, skipped = skipped + ?, refused = refused + ?,
         flagged = flagged + ?, codes = ? WHERE id = ?`,
    ).run(batch.toRow, batch.rows.length, inserted, skipped, refused, flagged, JSON.stringify(codes), jobId);
    appendAudit(db, {
      at: ctx.by.at, actor: ctx.by.actor, action: 'import.batch', subject: `import:${jobId}`,
      detail: { fromRow: batch.afterRow + 1, toRow: batch.toRow, rows: batch.rows.length, inserted, skipped, refused, sha256: batch.sha256 },
    });
    return getImportJob(db, jobId)!;
  }).immediate();
}
