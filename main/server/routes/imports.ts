import { MAX_IMPORT_BYTES, type ImportJobView } from '../../contract/imports';
import { guessMapping } from '../../domain/backentry/guess-mapping';
import { IMPORT_JOB_STATE_LABELS } from '../../domain/backentry/job-state';
import type { ColumnMapping } from '../../domain/backentry/mapping';
import { violation } from '../../domain/rule-codes';
import { getImportJob, latestJobForFile, listImportJobs, type ImportJob } from '../../store/backentry/jobs';
import { deleteMapping, saveMapping, savedMappings } from '../../store/backentry/mappings';
import { ApiError } from '../api-error';
import { officeDate } from '../clock';
import type { Handlers, HostContext } from '../handlers';
import { MappingRefused } from '../imports/classify';
import { dryRun } from '../imports/dry-run';
import { dryRunReport, reportFileName } from '../imports/report';
import { findScanFolder } from '../imports/scans';
import { openSheet, resolveSheet, SheetProblem, type SheetFile } from '../imports/sheet';
import { startImport } from '../imports/start';
import { receiveUpload, uploadedFile } from '../imports/uploads';
import { effectiveOffice } from './settings';

const SAMPLE_ROWS = 5;
const PROBLEMS_ON_SCREEN = 200;

function jobView(ctx: HostContext, job: ImportJob): ImportJobView {
  const progress = ctx.imports.progress(job.id);
  return {
    ...job,
    mapping: job.mapping as ImportJobView['mapping'],
    codes: { ...job.codes },
    stateLabel: IMPORT_JOB_STATE_LABELS[job.state],
    rowsPerSecond: progress?.rowsPerSecond ?? null,
    secondsLeft: progress?.secondsLeft ?? null,
  };
}

function jobOrThrow(ctx: HostContext, id: number): ImportJob {
  const job = getImportJob(ctx.db, id);
  if (!job) throw new ApiError('NOT_FOUND', [{ code: 'NOT_FOUND', field: 'id', message: `导入任务 ${id} 不存在` }]);
  return job;
}

/** The sheet and mapping problems a manager can put right, as API errors naming what to change. */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof MappingRefused) {
      throw new ApiError('IMPORT_MAPPING', err.problems.map((p) => ({ code: `IMPORT_MAPPING_${p.problem.toUpperCase()}`, field: p.column ? `mapping.columns.${p.column}` : `mapping.${p.field ?? ''}`, message: p.message })));
    }
    if (err instanceof SheetProblem) {
      throw new ApiError(err.problem === 'kind' ? 'IMPORT_FILE_KIND' : 'IMPORT_FILE_UNREADABLE', [{ code: err.problem === 'kind' ? 'IMPORT_FILE_KIND' : 'IMPORT_FILE_UNREADABLE', field: 'fileId', message: err.message }]);
    }
    throw err;
  }
}

async function sheetOf(ctx: HostContext, fileId: string, encoding: 'auto' | 'utf-8' | 'gbk'): Promise<{ file: SheetFile; fileName: string; size: number }> {
  const uploaded = uploadedFile(ctx.config.dataDir, fileId);
  return { file: await resolveSheet(uploaded.path, uploaded.fileName, encoding), fileName: uploaded.fileName, size: uploaded.size };
}

/** A scans folder named by the manager must exist on the host; none named: the sheet's rows are checked without one. */
function scansOf(sheetPath: string, scansDir: string | null) {
  if (scansDir === null) return null;
  const folder = findScanFolder(sheetPath, scansDir);
  if (!folder) throw new ApiError('VALIDATION', [{ code: 'FIELD_INVALID', field: 'scansDir', message: `扫描件文件夹：主机上没有文件夹 ${scansDir}` }]);
  return folder;
}

function mappingList(ctx: HostContext) {
  return { mappings: Object.entries(savedMappings(ctx.db)).map(([name, mapping]) => ({ name, mapping: mapping as ImportJobView['mapping'] })) };
}

export const importHandlers: Pick<
  Handlers,
  'uploadImportFile' | 'importDryRun' | 'startImport' | 'listImports' | 'getImport' | 'pauseImport' | 'resumeImport' | 'listImportMappings' | 'putImportMapping' | 'deleteImportMapping'
> = {
  async uploadImportFile(ctx, { query, upload, user, at }) {
    const stored = await receiveUpload(ctx.config.dataDir, query.name, upload!, MAX_IMPORT_BYTES, { actor: user.username, at });
    return explained(async () => {
      const file = await resolveSheet(stored.path, stored.fileName);
      const sheet = await openSheet(file);
      const sample: string[][] = [];
      try {
        for await (const row of sheet.rows) {
          sample.push(row.cells);
          if (sample.length >= SAMPLE_ROWS) break;
        }
      } finally {
        await sheet.close();
      }
      const existing = latestJobForFile(ctx.db, stored.fileId);
      return {
        fileId: stored.fileId, fileName: stored.fileName, size: stored.size, sheetKind: stored.sheetKind, encoding: file.encoding,
        headers: [...sheet.headers], sample, guessedMapping: guessMapping(sheet.headers) as ImportJobView['mapping'],
        existingJob: existing ? jobView(ctx, existing) : null,
      };
    });
  },

  async importDryRun(ctx, { body, nowMs }) {
    return explained(async () => {
      const { file, fileName } = await sheetOf(ctx, body.fileId, body.encoding);
      const summary = await dryRun(ctx.db, file, body.mapping as ColumnMapping, { today: officeDate(nowMs), scans: scansOf(file.path, body.scansDir) });
      const report = await dryRunReport(summary, fileName);
      return {
        ...summary, counts: { ...summary.counts }, problems: summary.problems.slice(0, PROBLEMS_ON_SCREEN), reportFileName: reportFileName(fileName),
        reportBase64: report.toString('base64'),
      };
    });
  },

  async startImport(ctx, { body, user, at }) {
    const officeCode = effectiveOffice(ctx).officeCode;
    if (!/^\d{9}$/.test(officeCode)) throw new ApiError('VALIDATION', [violation('OFFICE_NOT_CONFIGURED', 'officeCode')]);
    ctx.imports.requireIdle();
    return explained(async () => {
      const { file, fileName, size } = await sheetOf(ctx, body.fileId, body.encoding);
      const scans = scansOf(file.path, body.scansDir);
      const mapping = body.mapping as ColumnMapping;
      const by = { actor: user.username, at };
      const start = await startImport(ctx.db, { file, fileName, size, sha256: body.fileId, mapping, mappingName: body.mappingName, scansDir: scans?.dir ?? null }, by);
      if (body.mappingName !== null && start.outcome === 'new') saveMapping(ctx.db, body.mappingName, mapping, by);
      if (start.outcome !== 'done') ctx.imports.launch(start.job.id, { actor: user.username, name: user.displayName });
      return jobView(ctx, start.job);
    });
  },

  listImports(ctx) {
    return { jobs: listImportJobs(ctx.db).map((job) => jobView(ctx, job)) };
  },

  getImport(ctx, { params }) {
    return jobView(ctx, jobOrThrow(ctx, params.id));
  },

  async pauseImport(ctx, { params, user, at }) {
    jobOrThrow(ctx, params.id);
    return jobView(ctx, await ctx.imports.pause(params.id, { actor: user.username, name: user.displayName }, at));
  },

  resumeImport(ctx, { params, user, at }) {
    jobOrThrow(ctx, params.id);
    return jobView(ctx, ctx.imports.resume(params.id, { actor: user.username, name: user.displayName }, at));
  },

  listImportMappings(ctx) {
    return mappingList(ctx);
  },

  putImportMapping(ctx, { params, body, user, at }) {
    saveMapping(ctx.db, params.name, body.mapping as ColumnMapping, { actor: user.username, at });
    return mappingList(ctx);
  },

  deleteImportMapping(ctx, { params, user, at }) {
    if (!deleteMapping(ctx.db, params.name, { actor: user.username, at })) {
      throw new ApiError('NOT_FOUND', [{ code: 'NOT_FOUND', field: 'name', message: `没有名为「${params.name}」的列对应关系` }]);
    }
    return mappingList(ctx);
  },
};
