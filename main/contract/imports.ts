import { z } from 'zod';
import { BACK_ENTRY_FIELDS } from '../domain/backentry/record';
import { IMPORT_JOB_STATES } from '../domain/backentry/job-state';

/** The archive import (历史数据补录, issue 10): a register sheet uploaded, checked by a dry run, committed as a job. */

/** Uploads are streamed to the data folder; this is the most one file may be. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const ColumnMappingSchema = z.strictObject({
  /** The sheet's column (its header; a repeated header is named '姓名#2') → the record's field. */
  columns: z.record(z.string().min(1).max(100), z.enum(BACK_ENTRY_FIELDS)),
  /** A field's value when the sheet lacks it or leaves it empty (the office of a whole register). */
  defaults: z.partialRecord(z.enum(BACK_ENTRY_FIELDS), z.string().max(200)).optional(),
});

const FileId = z.string().regex(/^[0-9a-f]{64}$/, '应为上传文件时返回的编号');
const Encoding = z.enum(['auto', 'utf-8', 'gbk']).default('auto');
/** A folder on the host holding the scanned pages the sheet names. */
const ScansDir = z.string().trim().min(1).max(500).nullable().default(null);

export const UploadQuery = z.object({ name: z.string().trim().min(1).max(200) });

export const ImportJobView = z.object({
  id: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  fileSize: z.number().int(),
  sheetKind: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'gb18030']).nullable(),
  mapping: ColumnMappingSchema,
  mappingName: z.string().nullable(),
  scansDir: z.string().nullable(),
  state: z.enum(IMPORT_JOB_STATES),
  stateLabel: z.string(),
  rowsTotal: z.number().int(),
  rowsDone: z.number().int(),
  lastRow: z.number().int(),
  inserted: z.number().int(),
  skipped: z.number().int(),
  refused: z.number().int(),
  flagged: z.number().int(),
  codes: z.record(z.string(), z.number().int()),
  error: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** While this host runs the job: rows per second and seconds left at this run's rate. */
  rowsPerSecond: z.number().nullable(),
  secondsLeft: z.number().nullable(),
});
export type ImportJobView = z.infer<typeof ImportJobView>;

export const UploadedFileView = z.object({
  fileId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  sheetKind: z.enum(['csv', 'xlsx']),
  /** A CSV's encoding as detected (the manager may choose another); null for a workbook. */
  encoding: z.enum(['utf-8', 'gb18030']).nullable(),
  headers: z.array(z.string()),
  /** The first data rows, to map the columns by. */
  sample: z.array(z.array(z.string())),
  /** The mapping the headers suggest. */
  guessedMapping: ColumnMappingSchema,
  /** A job that already has these bytes: done (importing again adds nothing) or to be resumed. */
  existingJob: ImportJobView.nullable(),
});

export const DryRunInput = z.strictObject({
  fileId: FileId,
  mapping: ColumnMappingSchema,
  encoding: Encoding,
  scansDir: ScansDir,
});

export const ReportedProblemView = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const DryRunView = z.object({
  rowsTotal: z.number().int(),
  accepted: z.number().int(),
  flagged: z.number().int(),
  skipped: z.number().int(),
  refused: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  /** The first problems, for the screen; the report lists up to 100,000. */
  problems: z.array(ReportedProblemView),
  problemsTotal: z.number().int(),
  reportFileName: z.string(),
  /** The Excel error report (row, column, code, severity, message), base64. */
  reportBase64: z.string(),
});

export const StartImportInput = z.strictObject({
  fileId: FileId,
  mapping: ColumnMappingSchema,
  /** Saves the mapping under this name for the next file as well. */
  mappingName: z.string().trim().min(1).max(60).nullable().default(null),
  encoding: Encoding,
  scansDir: ScansDir,
});

export const ImportJobList = z.object({ jobs: z.array(ImportJobView) });
export const ImportJobParams = z.object({ id: z.coerce.number().int().positive() });

export const SavedMapping = z.object({ name: z.string(), mapping: ColumnMappingSchema });
export const MappingList = z.object({ mappings: z.array(SavedMapping) });
export const MappingParams = z.object({ name: z.string().trim().min(1).max(60) });
export const MappingInput = z.strictObject({ mapping: ColumnMappingSchema });
