import { createHash, type Hash } from 'node:crypto';
import { importProgress, type ImportProgress } from '../../domain/backentry/progress';
import type { LocalDate } from '../../domain/case-types';
import { commitBatch, ImportConflictError, type BatchRow } from '../../store/backentry/batch';
import { changeImportJobState, getImportJob, type ImportJob } from '../../store/backentry/jobs';
import type { WritableDB } from '../../store/db';
import { requireMapping, rowChecker, type RowVerdict } from './classify';
import { scanFolder, type ScanFolder } from './scans';
import { canonicalRow, fileSha256, openSheet, type OpenSheet } from './sheet';

export interface ImportRunOptions {
  readonly db: WritableDB;
  readonly jobId: number;
  readonly dataDir: string;
  /** The hall's 9-digit office code, for records whose paper names the office in words. */
  readonly officeCode: string;
  readonly by: { readonly actor: string; readonly name: string };
  readonly today: LocalDate;
  readonly now: () => number;
  /** Rows per transaction: the CLI's 2,000; the host takes smaller ones so the windows never wait long. */
  readonly batchSize?: number;
  /** Asked after each batch: true ends the run there (a pause, the host stopping); the job goes on later from that batch. */
  readonly shouldStop?: () => boolean;
  readonly onBatch?: (job: ImportJob, progress: ImportProgress) => void;
}

export interface ImportRunResult {
  readonly job: ImportJob;
  /** Stopped between batches on request: the job is still running or paused, not done. */
  readonly stopped: boolean;
}

export const DEFAULT_BATCH_SIZE = 2000;

function batchRow(v: RowVerdict, scans: ScanFolder | null): BatchRow {
  const scanFile = v.record?.scanFile ?? null;
  const found = scanFile !== null && scans !== null && !v.violations.some((x) => x.code === 'IMP_SCAN_MISSING');
  return {
    rowNumber: v.row.rowNumber,
    record: v.record,
    codes: v.violations.map((x) => x.code),
    warnings: v.violations.filter((x) => x.severity === 'warning').map((x) => x.code),
    columns: v.columns,
    scan: found ? { fileName: scanFile, read: () => scans.read(scanFile) } : null,
  };
}

/** The job's file must still be the bytes it started with: a changed file would resume at the wrong row. */
async function fileProblem(job: ImportJob): Promise<string | null> {
  try {
    return (await fileSha256(job.filePath)) === job.fileSha256 ? null : `文件 ${job.filePath} 在导入开始后被修改或替换，无法从第 ${job.lastRow} 行之后继续`;
  } catch (err) {
    return `无法读取文件 ${job.filePath}：${(err as Error).message}`;
  }
}

/**
 * Runs a job from the row after its last_row to the end: rows read as a stream, checked, and
 * committed in batches (each ONE transaction with its audit entry and the job's new last_row).
 * A kill at any moment loses at most the batch in flight, which the next run does again.
 */
export async function runImport(o: ImportRunOptions): Promise<ImportRunResult> {
  const { db, jobId } = o;
  const by = () => ({ actor: o.by.actor, name: o.by.name, at: new Date(o.now()).toISOString() });
  let job = getImportJob(db, jobId)!;
  const fail = (message: string): ImportRunResult => ({ job: changeImportJobState(db, jobId, 'fail', by(), message), stopped: false });
  const problem = await fileProblem(job);
  if (problem !== null) return fail(problem);
  let sheet: OpenSheet | null = null;
  try {
    sheet = await openSheet({ path: job.filePath, kind: job.sheetKind, encoding: job.encoding });
    requireMapping(sheet.headers, job.mapping);
    const scans = job.scansDir === null ? null : scanFolder(job.scansDir);
    const check = rowChecker({ headers: sheet.headers, mapping: job.mapping, today: o.today, scans, inFile: null });
    const startAfter = job.lastRow;
    const rowsAtStart = job.rowsDone;
    const started = o.now();
    let rows: BatchRow[] = [];
    let hash: Hash = createHash('sha256');
    let toRow = startAfter;
    const commit = () => {
      job = commitBatch(db, jobId, { afterRow: job.lastRow, toRow, rows, sha256: hash.digest('hex') }, { officeCode: o.officeCode, dataDir: o.dataDir, by: by() });
      rows = [];
      hash = createHash('sha256');
      o.onBatch?.(job, importProgress(job.rowsDone, job.rowsTotal, rowsAtStart, o.now() - started));
    };
    for await (const row of sheet.rows) {
      if (row.rowNumber <= startAfter) continue;
      rows.push(batchRow(check(row), scans));
      hash.update(canonicalRow(row));
      toRow = row.rowNumber;
      if (rows.length < (o.batchSize ?? DEFAULT_BATCH_SIZE)) continue;
      commit();
      if (o.shouldStop?.()) return { job, stopped: true };
      // Between batches the host answers its windows.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (rows.length > 0) commit();
    return { job: changeImportJobState(db, jobId, 'finish', by()), stopped: false };
  } catch (err) {
    // Another process went on with the job: it is theirs now, and it stays running.
    if (err instanceof ImportConflictError) return { job: getImportJob(db, jobId)!, stopped: true };
    return fail((err as Error).message);
  } finally {
    await sheet?.close();
  }
}
