import type { ColumnMapping } from '../../domain/backentry/mapping';
import { nextJobState, type ImportJobAction, type ImportJobState } from '../../domain/backentry/job-state';
import { appendAudit } from '../audit';
import type { ReadableDB, WritableDB } from '../db';
import { StoreError } from '../errors';
import { prepared } from '../prepared';

export type SheetKind = 'csv' | 'xlsx';

/** The file a job imports and how its rows are read. */
export interface ImportSource {
  readonly fileName: string;
  /** Where the file is read from on resume: the data folder's imports/ for uploads, the path given to the CLI. */
  readonly filePath: string;
  readonly fileSha256: string;
  readonly fileSize: number;
  readonly sheetKind: SheetKind;
  /** The CSV's encoding as resolved when the job started; null for a workbook. */
  readonly encoding: 'utf-8' | 'gb18030' | null;
  readonly mapping: ColumnMapping;
  readonly mappingName: string | null;
  readonly scansDir: string | null;
}

export interface ImportJob extends ImportSource {
  readonly id: number;
  readonly state: ImportJobState;
  readonly rowsTotal: number;
  /** Data rows dealt with so far: inserted, skipped as already there, or refused. */
  readonly rowsDone: number;
  /** The last source row whose batch committed; the header's row before the first batch. */
  readonly lastRow: number;
  readonly inserted: number;
  readonly skipped: number;
  readonly refused: number;
  /** Inserted with a warning (IMP_UNDER_AGE_THEN, IMP_ID_MISSING, …). */
  readonly flagged: number;
  /** How often each code was found, over all committed batches. */
  readonly codes: Readonly<Record<string, number>>;
  readonly error: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

interface JobRow {
  id: number; file_name: string; file_path: string; file_sha256: string; file_size: number; sheet_kind: SheetKind;
  encoding: 'utf-8' | 'gb18030' | null; mapping: string; mapping_name: string | null; scans_dir: string | null; state: ImportJobState;
  rows_total: number; rows_done: number; last_row: number; inserted: number; skipped: number; refused: number; flagged: number;
  codes: string; error: string | null; created_by: string; created_at: string; finished_at: string | null;
}

function rowToJob(r: JobRow): ImportJob {
  return {
    id: r.id, fileName: r.file_name, filePath: r.file_path, fileSha256: r.file_sha256, fileSize: r.file_size, sheetKind: r.sheet_kind,
    encoding: r.encoding, mapping: JSON.parse(r.mapping) as ColumnMapping, mappingName: r.mapping_name, scansDir: r.scans_dir, state: r.state,
    rowsTotal: r.rows_total, rowsDone: r.rows_done, lastRow: r.last_row, inserted: r.inserted, skipped: r.skipped, refused: r.refused,
    flagged: r.flagged, codes: JSON.parse(r.codes) as Record<string, number>, error: r.error, createdBy: r.created_by, createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export interface Actor {
  readonly actor: string;
  readonly at: string;
}

/** Starts a job on a file whose rows were counted: it runs from the row after the header. */
export function createImportJob(db: WritableDB, source: ImportSource, counted: { rowsTotal: number; headerRow: number }, by: Actor): ImportJob {
  return db.transaction(() => {
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO import_jobs (file_name, file_path, file_sha256, file_size, sheet_kind, encoding, mapping, mapping_name, scans_dir, state, rows_total, last_row, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)`,
    ).run(
      source.fileName, source.filePath, source.fileSha256, source.fileSize, source.sheetKind, source.encoding, JSON.stringify(source.mapping),
      source.mappingName, source.scansDir, counted.rowsTotal, counted.headerRow, by.actor, by.at,
    );
    const id = Number(lastInsertRowid);
    appendAudit(db, {
      at: by.at, actor: by.actor, action: 'import.start', subject: `import:${id}`,
      detail: { fileName: source.fileName, sha256: source.fileSha256, size: source.fileSize, rows: counted.rowsTotal, mapping: source.mapping },
    });
    return getImportJob(db, id)!;
  }).immediate();
}

export function getImportJob(db: ReadableDB, id: number): ImportJob | undefined {
  const r = prepared(db, 'SELECT * FROM import_jobs WHERE id = ?').get(id) as JobRow | undefined;
  return r && rowToJob(r);
}

/** The newest job on a file with these bytes, whatever its name: the same file imported again finds it. */
export function latestJobForFile(db: ReadableDB, sha256: string): ImportJob | undefined {
  const r = prepared(db, 'SELECT * FROM import_jobs WHERE file_sha256 = ? ORDER BY id DESC LIMIT 1').get(sha256) as JobRow | undefined;
  return r && rowToJob(r);
}

export function listImportJobs(db: ReadableDB, limit = 100): ImportJob[] {
  return (prepared(db, 'SELECT * FROM import_jobs ORDER BY id DESC LIMIT ?').all(limit) as JobRow[]).map(rowToJob);
}

/** Jobs a kill or a stop left running: the host goes on with them when it starts. */
export function runningImportJobs(db: ReadableDB): ImportJob[] {
  return (prepared(db, "SELECT * FROM import_jobs WHERE state = 'running' ORDER BY id").all() as JobRow[]).map(rowToJob);
}

/** Pauses, resumes, finishes or fails a job, audited; a state that does not allow it is refused (IMPORT_JOB_STATE). */
export function changeImportJobState(db: WritableDB, id: number, action: ImportJobAction, by: Actor, error: string | null = null): ImportJob {
  return db.transaction(() => {
    const job = getImportJob(db, id);
    if (!job) throw new StoreError('NOT_FOUND', 'id');
    const next = nextJobState(job.state, action);
    if (next === null) throw new StoreError('IMPORT_JOB_STATE', 'state');
    const finished = next === 'done' || next === 'failed' ? by.at : null;
    prepared(db, 'UPDATE import_jobs SET state = ?, error = ?, finished_at = ? WHERE id = ?').run(next, next === 'failed' ? error : null, finished, id);
    appendAudit(db, {
      at: by.at, actor: by.actor, action: `import.${action}`, subject: `import:${id}`,
      detail: { from: job.state, to: next, rowsDone: job.rowsDone, lastRow: job.lastRow, ...(error ? { error } : {}) },
    });
    return getImportJob(db, id)!;
  }).immediate();
}

/** The same bytes found at another path (the sheet moved, or uploaded again): the job reads them from there on. */
export function moveImportJobFile(db: WritableDB, id: number, filePath: string): ImportJob {
  prepared(db, 'UPDATE import_jobs SET file_path = ? WHERE id = ?').run(filePath, id);
  return getImportJob(db, id)!;
}
