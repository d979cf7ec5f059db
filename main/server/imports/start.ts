import type { ColumnMapping } from '../../domain/backentry/mapping';
import { changeImportJobState, createImportJob, latestJobForFile, moveImportJobFile, type Actor, type ImportJob } from '../../store/backentry/jobs';
import type { WritableDB } from '../../store/db';
import { requireMapping } from './classify';
import { countDataRows, fileSha256, type SheetFile } from './sheet';

export interface ImportRequest {
  readonly file: SheetFile;
  readonly fileName: string;
  readonly size: number;
  /** Known already for an upload (it is the file's id); the CLI's file is hashed here. */
  readonly sha256?: string;
  readonly mapping: ColumnMapping;
  readonly mappingName: string | null;
  readonly scansDir: string | null;
}

/**
 * What a request to import a file leads to: a new job; the job that already imported the same
 * bytes ('done': nothing more is added); or the job a kill, a pause or a failure left part-way,
 * resumed from its last committed row with its own mapping.
 */
export type ImportStart =
  | { readonly outcome: 'new'; readonly job: ImportJob }
  | { readonly outcome: 'resumed'; readonly job: ImportJob }
  | { readonly outcome: 'done'; readonly job: ImportJob };

export async function startImport(db: WritableDB, r: ImportRequest, by: Actor): Promise<ImportStart> {
  const sha256 = r.sha256 ?? (await fileSha256(r.file.path));
  let job = latestJobForFile(db, sha256);
  // A job that failed before committing a row (a wrong mapping, say) is simply started afresh.
  if (job?.state === 'failed' && job.rowsDone === 0) job = undefined;
  if (job?.state === 'done') return { outcome: 'done', job };
  if (job !== undefined) {
    if (job.filePath !== r.file.path) job = moveImportJobFile(db, job.id, r.file.path);
    if (job.state !== 'running') job = changeImportJobState(db, job.id, 'resume', by);
    return { outcome: 'resumed', job };
  }
  const counted = await countDataRows(r.file);
  requireMapping(counted.headers, r.mapping);
  const source = {
    fileName: r.fileName, filePath: r.file.path, fileSha256: sha256, fileSize: r.size, sheetKind: r.file.kind, encoding: r.file.encoding,
    mapping: r.mapping, mappingName: r.mappingName, scansDir: r.scansDir,
  };
  return { outcome: 'new', job: createImportJob(db, source, counted, by) };
}
