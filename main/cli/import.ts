import fs from 'node:fs';
import path from 'node:path';
import { violationsFromIssues } from '../contract/errors';
import { ColumnMappingSchema } from '../contract/imports';
import { guessMapping } from '../domain/backentry/guess-mapping';
import type { ColumnMapping } from '../domain/backentry/mapping';
import { BACK_ENTRY_FIELD_LABELS } from '../domain/backentry/record';
import { importProgress, progressText, type ImportProgress } from '../domain/backentry/progress';
import { isRuleCode, RULES } from '../domain/rule-codes';
import type { HallConfig } from '../server/config';
import { officeDate } from '../server/clock';
import { DB_FILE } from '../server/host';
import { MappingRefused } from '../server/imports/classify';
import { runImport } from '../server/imports/commit';
import { dryRun } from '../server/imports/dry-run';
import { dryRunReport, reportFileName } from '../server/imports/report';
import { findScanFolder } from '../server/imports/scans';
import { openSheet, resolveSheet, SheetProblem, type SheetFile } from '../server/imports/sheet';
import { startImport } from '../server/imports/start';
import { runningHostPid, writeHostLock } from '../server/lock';
import { savedMapping, savedMappings } from '../store/backentry/mappings';
import type { ImportJob } from '../store/backentry/jobs';
import { openDatabase, SCHEMA_VERSION, userVersion, type ReadableDB, type WritableDB } from '../store/db';
import { getOfficeSettings } from '../store/settings';
import { flags, UsageError } from './args';

const USAGE = '用法：hall import 文件.xlsx|文件.csv [--mapping 名称|对应关系.json] [--dry-run] [--encoding auto|utf-8|gbk] [--scans 文件夹] [--report 报告.xlsx]';
const ENCODINGS = ['auto', 'utf-8', 'gbk', 'gb18030'] as const;
const CLI_ACTOR = { actor: 'cli', name: '命令行导入' } as const;
const PROGRESS_EVERY_MS = 1000;

type Out = (line: string) => void;

/**
 * The database a dry run reads: the folder's own, opened read-only (a dry run writes nothing, not
 * even a migration), or an empty one in memory when the folder has none yet.
 */
function openForDryRun(dataDir: string): ReadableDB {
  const file = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(file)) return openDatabase(':memory:');
  const db = openDatabase(file, { readonly: true });
  if (userVersion(db) < SCHEMA_VERSION) {
    db.close();
    throw new OutdatedDatabase();
  }
  return db;
}

class OutdatedDatabase extends Error {
  constructor() {
    super('数据库结构版本较旧：请先启动一次主机（hall serve）完成升级，再做检查。未做任何改动。');
  }
}

/** A saved mapping by name, or a JSON file of one; without either, the mapping the headers suggest. */
function chooseMapping(db: ReadableDB, given: string | undefined, headers: readonly string[], out: Out): { mapping: ColumnMapping; name: string | null } {
  if (given === undefined) {
    const mapping = guessMapping(headers);
    out(`未指定 --mapping，按表头推测列对应：${Object.entries(mapping.columns).map(([c, f]) => `${c}→${BACK_ENTRY_FIELD_LABELS[f]}`).join('，')}`);
    return { mapping, name: null };
  }
  const saved = savedMapping(db, given);
  if (saved) return { mapping: saved, name: given };
  if (given.endsWith('.json') && fs.existsSync(given)) {
    const parsed = ColumnMappingSchema.safeParse(JSON.parse(fs.readFileSync(given, 'utf8')));
    if (!parsed.success) throw new UsageError(`${given} 不是列对应关系：${violationsFromIssues(parsed.error.issues).map((v) => v.message).join('；')}`);
    return { mapping: parsed.data as ColumnMapping, name: null };
  }
  const names = Object.keys(savedMappings(db));
  throw new UsageError(`没有名为「${given}」的列对应关系${names.length ? `（已保存：${names.join('、')}）` : '（尚未保存任何列对应关系）'}`);
}

function codeLines(counts: Readonly<Record<string, number>>): string[] {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `  ${code.padEnd(24)} ${String(n).padStart(8)}  ${isRuleCode(code) ? RULES[code].message : ''}`);
}

/** Prints a progress line at most once a second, and always the last. */
function progressPrinter(out: Out): (p: ImportProgress, force?: boolean) => void {
  let last = 0;
  return (p, force = false) => {
    const now = Date.now();
    if (!force && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    out(progressText(p));
  };
}

async function runDry(db: ReadableDB, file: SheetFile, fileName: string, mapping: ColumnMapping, scans: ReturnType<typeof findScanFolder>, reportPath: string, out: Out): Promise<number> {
  const started = Date.now();
  let last = started;
  const summary = await dryRun(db, file, mapping, {
    today: officeDate(Date.now()),
    scans,
    onProgress: (done) => {
      if (Date.now() - last < PROGRESS_EVERY_MS) return;
      last = Date.now();
      out(`已检查 ${done.toLocaleString('en-US')} 行，${importProgress(done, done, 0, last - started).rowsPerSecond.toLocaleString('en-US')} 行/秒`);
    },
  });
  out(`检查完毕（未写入任何数据）：数据 ${summary.rowsTotal} 行，可导入 ${summary.accepted} 行（其中带警告 ${summary.flagged} 行），数据库中已有 ${summary.skipped} 行（将跳过），有错误 ${summary.refused} 行（不导入）`);
  for (const line of codeLines(summary.counts)) out(line);
  fs.writeFileSync(reportPath, await dryRunReport(summary, fileName));
  out(`错误报告：${reportPath}`);
  return summary.refused > 0 ? 1 : 0;
}

function finalLines(job: ImportJob, out: Out): void {
  out(`导入任务 ${job.id}：新增 ${job.inserted} 条（其中带警告 ${job.flagged} 条），数据库中已有而跳过 ${job.skipped} 行，有错误未导入 ${job.refused} 行`);
  for (const line of codeLines(job.codes)) out(line);
  if (job.refused > 0) out('有错误的行未导入：用 --dry-run 生成错误报告，改正后再导入这些行。');
}

async function runCommit(db: WritableDB, config: HallConfig, file: SheetFile, fileName: string, mapping: { mapping: ColumnMapping; name: string | null }, scansDir: string | null, out: Out): Promise<number> {
  const officeCode = config.officeCode ?? getOfficeSettings(db).officeCode;
  if (!/^\d{9}$/.test(officeCode)) {
    out('错误：尚未设置登记机关代码。请设置 HALL_OFFICE_CODE（9 位数字）或在系统设置中填写后再导入。');
    return 1;
  }
  const at = new Date().toISOString();
  const start = await startImport(db, { file, fileName, size: fs.statSync(file.path).size, mapping: mapping.mapping, mappingName: mapping.name, scansDir }, { actor: CLI_ACTOR.actor, at });
  if (start.outcome === 'done') {
    out(`该文件（SHA-256 ${start.job.fileSha256.slice(0, 16)}…）已由导入任务 ${start.job.id} 于 ${start.job.finishedAt} 导入完毕：本次新增 0 条。`);
    return 0;
  }
  const job = start.job;
  if (start.outcome === 'resumed') out(`继续导入任务 ${job.id}：已处理 ${job.rowsDone} / ${job.rowsTotal} 行，从第 ${job.lastRow} 行之后继续`);
  else out(`开始导入任务 ${job.id}：${fileName}，共 ${job.rowsTotal} 行数据`);

  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    out('收到中断：本批提交后暂停……');
  };
  process.once('SIGINT', onInterrupt);
  const print = progressPrinter(out);
  try {
    const result = await runImport({
      db, jobId: job.id, dataDir: config.dataDir, officeCode, by: CLI_ACTOR, today: officeDate(Date.now()), now: Date.now,
      shouldStop: () => interrupted, onBatch: (done, progress) => print(progress, done.rowsDone === done.rowsTotal),
    });
    if (result.stopped) {
      out(`已暂停于第 ${result.job.lastRow} 行（已处理 ${result.job.rowsDone} / ${result.job.rowsTotal} 行）。再次运行同一命令即从此处继续。`);
      return 0;
    }
    if (result.job.state === 'failed') {
      out(`导入失败：${result.job.error ?? ''}`);
      return 1;
    }
    finalLines(result.job, out);
    return 0;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

/**
 * `hall import FILE`: paper-era records (历史数据补录) from a register sheet. With --dry-run, every
 * row is checked and an Excel error report written; nothing goes into the database. Without it,
 * the rows go in by batches; a kill resumes where the last batch committed when run again, and the
 * same file a second time adds nothing. Exit 0 done, 1 refused rows in a dry run or a failure, 2 usage.
 */
export async function importCommand(config: HallConfig, argv: string[], out: Out): Promise<number> {
  const { positionals, values } = flags(argv, {
    mapping: { type: 'string' }, 'dry-run': { type: 'boolean' }, encoding: { type: 'string' }, scans: { type: 'string' }, report: { type: 'string' },
  });
  const fileArg = positionals[0];
  if (!fileArg || positionals.length > 1) throw new UsageError(USAGE);
  const encoding = values.encoding ?? 'auto';
  if (!(ENCODINGS as readonly string[]).includes(encoding)) throw new UsageError(`--encoding 只能是 auto、utf-8 或 gbk。${USAGE}`);
  const filePath = path.resolve(fileArg);
  if (!fs.statSync(filePath, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`文件不存在：${filePath}`);
  if (values.scans !== undefined && !fs.statSync(values.scans, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`扫描件文件夹不存在：${values.scans}`);

  const dry = values['dry-run'] === true;
  const pid = dry ? null : runningHostPid(config.dataDir);
  if (pid !== null) {
    out(`主机进程（pid ${pid}）正在使用 ${config.dataDir}：请在主机的「历史档案导入」界面导入，或先停止主机。未做任何改动。`);
    return 1;
  }
  if (!dry) fs.mkdirSync(config.dataDir, { recursive: true });
  // While the import runs, a host must not start on the same folder and write beside it.
  const releaseLock = dry ? () => undefined : writeHostLock(config.dataDir, `cli:import:${filePath}`);
  const db = dry ? openForDryRun(config.dataDir) : openDatabase(path.join(config.dataDir, DB_FILE));
  // A bigger page cache keeps the indexes a million inserts touch in memory between commits.
  db.pragma('cache_size = -65536');
  try {
    const fileName = path.basename(filePath);
    const file = await resolveSheet(filePath, fileName, encoding as (typeof ENCODINGS)[number]);
    if (file.encoding) out(`文件编码：${file.encoding === 'gb18030' ? 'GBK/GB18030' : 'UTF-8'}`);
    const sheet = await openSheet(file);
    await sheet.close();
    const mapping = chooseMapping(db, values.mapping, sheet.headers, out);
    const scans = findScanFolder(filePath, values.scans ?? null);
    if (scans) out(`扫描件文件夹：${scans.dir}`);
    if (dry) {
      const reportPath = path.resolve(values.report ?? path.join(path.dirname(filePath), reportFileName(fileName)));
      return await runDry(db, file, fileName, mapping.mapping, scans, reportPath, out);
    }
    return await runCommit(db as WritableDB, config, file, fileName, mapping, scans?.dir ?? null, out);
  } catch (err) {
    if (err instanceof MappingRefused) {
      out('列对应关系有误，未做任何改动：');
      for (const p of err.problems) out(`  ${p.message}`);
      return 2;
    }
    if (err instanceof OutdatedDatabase) {
      out(`错误：${err.message}`);
      return 1;
    }
    if (err instanceof SheetProblem) {
      out(`错误：${err.message}`);
      return err.problem === 'kind' ? 2 : 1;
    }
    throw err;
  } finally {
    (db as WritableDB).close();
    releaseLock();
  }
}
