// The archive import: 1,000,000 register rows (CSV) through `hall import`, every row checked and
// written as a case with its two parties, its history event, its back-entry mark and its outbox
// row, in batches of 2,000 (one transaction and one audit entry each); against a bare
// better-sqlite3 insert of the same rows (read by the same streaming CSV reader) into one table in
// one transaction. And the importer's peak RSS (VmHWM, Linux) as it passes 250k, 500k and 1M rows:
// it reads a stream and holds one batch, so the figure stays flat as the file grows.
// The CSV is kept in bench/.cache so later runs skip writing it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { readCsvFile } from '../main/devices/sheets';
import { REGISTER_HEADERS, writeRegisterCsv } from '../tests/helpers/register-sheet';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HALL_BIN = path.join(ROOT, 'bin', 'hall.mjs');

function sheetFile(rows: number): string {
  const dir = path.join(ROOT, 'bench', '.cache');
  const file = path.join(dir, `import-${rows}.csv`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    writeRegisterCsv(`${file}.part`, { rows, seed: 1996, encoding: 'utf-8' });
    fs.renameSync(`${file}.part`, file);
  }
  return file;
}

/** The same rows into one plain table, one transaction: what SQLite does with no checks, no cases, no history. */
async function bareInsert(file: string, dir: string): Promise<{ rows: number; ms: number }> {
  const db = new Database(path.join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE rows (${REGISTER_HEADERS.map((_, i) => `c${i} TEXT`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO rows VALUES (${REGISTER_HEADERS.map(() => '?').join(', ')})`);
  const started = performance.now();
  let rows = 0;
  db.exec('BEGIN');
  for await (const row of readCsvFile(file)) {
    if (row.rowNumber === 1) continue;
    insert.run(REGISTER_HEADERS.map((_, i) => row.cells[i] ?? ''));
    rows++;
  }
  db.exec('COMMIT');
  const ms = performance.now() - started;
  db.close();
  return { rows, ms };
}

/** CPU seconds a process has used so far (user + system; Linux /proc, 100 ticks a second). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function peakRssMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 1024);
  } catch {
    return null;
  }
}

interface ImporterRun {
  readonly code: number | null;
  readonly batchMs: number;
  readonly totalMs: number;
  readonly peaks: readonly { rows: number; mb: number | null }[];
  /** CPU seconds the batches took (the machine may be shared: wall time alone would blame the importer for waiting). */
  readonly batchCpuS: number | null;
  readonly out: string;
}

/** `hall import FILE` on a fresh data folder; the batch phase is timed from its "开始导入任务" line to its last progress line. */
function importer(file: string, dataDir: string, rows: number): Promise<ImporterRun> {
  const marks = [Math.round(rows / 4), Math.round(rows / 2), rows];
  const child = spawn(process.execPath, [HALL_BIN, 'import', file], { env: { ...process.env, HALL_DATA_DIR: dataDir, HALL_OFFICE_CODE: '110105001' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const started = performance.now();
  let batchStart = 0;
  let batchEnd = 0;
  let out = '';
  let pending = '';
  const peaks: { rows: number; mb: number | null }[] = [];
  let cpuAtStart: number | null = null;
  let batchCpuS: number | null = null;
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('开始导入任务')) {
        batchStart = performance.now();
        cpuAtStart = cpuSeconds(child.pid!);
      }
      const done = /^已处理 ([\d,]+) \//.exec(line);
      if (!done) continue;
      const n = Number(done[1]!.replaceAll(',', ''));
      while (marks.length > 0 && n >= marks[0]!) peaks.push({ rows: marks.shift()!, mb: peakRssMb(child.pid!) });
      if (n >= rows) {
        batchEnd = performance.now();
        const cpu = cpuSeconds(child.pid!);
        batchCpuS = cpu === null || cpuAtStart === null ? null : cpu - cpuAtStart;
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ code, batchMs: batchEnd - batchStart, totalMs: performance.now() - started, peaks, batchCpuS, out })),
  );
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

export async function runImportBench(opts: { rows?: number; out?: (line: string) => void } = {}): Promise<void> {
  const rows = opts.rows ?? 1_000_000;
  const out = opts.out ?? ((line: string) => console.log(line));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-import-'));
  try {
    out(`Archive import: ${n(rows)} register rows (CSV) through hall import, against a bare insert of the same rows`);
    const file = sheetFile(rows);
    const bare = await bareInsert(file, dir);
    const run = await importer(file, path.join(dir, 'data'), rows);
    if (run.code !== 0) throw new Error(`hall import exited ${run.code}:\n${run.out}`);
    const importerRate = (rows * 1000) / run.batchMs;
    const bareRate = (bare.rows * 1000) / bare.ms;
    out(`  importer:    ${n(importerRate)} rows/s (${(run.batchMs / 1000).toFixed(1)} s of batches; ${(run.totalMs / 1000).toFixed(1)} s in all, with start-up, the file's SHA-256 and its row count)`);
    if (run.batchCpuS !== null) out(`               ${n(rows / run.batchCpuS)} rows per CPU-second (${run.batchCpuS.toFixed(1)} s of CPU for the batches)`);
    out(`  bare insert: ${n(bareRate)} rows/s (one table, no index, one transaction, ${(bare.ms / 1000).toFixed(1)} s)`);
    out(`  ratio:       ${(importerRate / bareRate).toFixed(3)} (each imported row writes 8 rows in 7 tables and about 30 index entries, checks the row, and looks for duplicates)`);
    out(`  peak RSS:    ${run.peaks.map((p) => `${n(p.rows)} rows ${p.mb === null ? 'n/a' : `${p.mb} MB`}`).join(' · ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
