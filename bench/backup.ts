// The nightly backup on a large database: how long the host's writers wait while SQLite's online backup
// copies it, in a worker thread with its own connection (what the host does) and, for comparison, through
// the host's own connection a step of N pages at a time; against the same writes with no backup running;
// then the integrity_check (in a worker thread) and the SHA-256.
// Run alone: npx tsx bench/backup.ts [megabytes]   (BENCH_BACKUP_MB, default 1024)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { backupLiveDatabase } from '../main/store/backup';
import { copyDatabaseInWorker, inspectBackupFile } from '../main/store/backup-worker';
import { openDatabase, type WritableDB } from '../main/store/db';
import { sha256OfFile } from '../main/server/backups/run-backup';

const ROW_BYTES = 4000;

function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function fill(db: WritableDB, megabytes: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS bench_filler (id INTEGER PRIMARY KEY, payload BLOB NOT NULL) STRICT');
  db.exec('CREATE TABLE IF NOT EXISTS bench_writes (id INTEGER PRIMARY KEY, at REAL NOT NULL, note TEXT NOT NULL) STRICT');
  const rows = Math.ceil((megabytes * 1024 * 1024) / ROW_BYTES);
  const insert = db.prepare('INSERT INTO bench_filler (payload) VALUES (randomblob(?))');
  db.pragma('synchronous = OFF');
  for (let done = 0; done < rows; done += 10_000) {
    db.transaction(() => {
      for (let i = done; i < Math.min(rows, done + 10_000); i++) insert.run(ROW_BYTES);
    })();
  }
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * A desk's writes, one small committed transaction every `everyMs` on the host's connection, until
 * `until` resolves: each wait is how late the write started (the loop held by a backup step) plus its commit.
 */
async function writesDuring(db: WritableDB, until: Promise<unknown>, everyMs: number): Promise<number[]> {
  const insert = db.prepare('INSERT INTO bench_writes (at, note) VALUES (?, ?)');
  const waits: number[] = [];
  let done = false;
  void until.then(() => (done = true));
  while (!done) {
    const due = performance.now() + everyMs;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    db.transaction(() => insert.run(Date.now(), '登记一件'))();
    waits.push(performance.now() - due);
  }
  return waits.sort((a, b) => a - b);
}

function waitsText(waits: readonly number[]): string {
  return `p50 ${quantile(waits, 0.5).toFixed(1)} ms, p99 ${quantile(waits, 0.99).toFixed(1)} ms, max ${(waits[waits.length - 1] ?? 0).toFixed(1)} ms (${waits.length} writes)`;
}

export async function runBackupBench(opts: { megabytes?: number; out?: (line: string) => void } = {}): Promise<void> {
  const megabytes = opts.megabytes ?? Number(process.env.BENCH_BACKUP_MB ?? 1024);
  const out = opts.out ?? ((line: string) => console.log(line));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-backup-'));
  const db = openDatabase(path.join(dir, 'hall.sqlite'));
  try {
    const t0 = performance.now();
    fill(db, megabytes);
    const size = fs.statSync(path.join(dir, 'hall.sqlite')).size;
    out(`Backup of a ${(size / 1024 ** 3).toFixed(2)} GiB database (filled in ${((performance.now() - t0) / 1000).toFixed(0)} s), writes every 10 ms on the host's connection`);

    const idle = new Promise((resolve) => setTimeout(resolve, 3000));
    out(`  no backup running:                       writes ${waitsText(await writesDuring(db, idle, 10))}`);

    const source = path.join(dir, 'hall.sqlite');
    const modes: [string, (target: string) => Promise<unknown>][] = [
      ['in a worker thread (the host)', (target) => copyDatabaseInWorker(source, target, () => false)],
      ['host connection, 256 pages/step', (target) => backupLiveDatabase(db, target, { pagesPerStep: 256 })],
      ['host connection, 4096 pages/step', (target) => backupLiveDatabase(db, target, { pagesPerStep: 4096 })],
    ];
    for (const [i, [label, run]] of modes.entries()) {
      const target = path.join(dir, `copy-${i}.sqlite`);
      const loop = monitorEventLoopDelay({ resolution: 1 });
      loop.enable();
      const started = performance.now();
      const waits = await writesDuring(db, run(target), 10);
      const seconds = (performance.now() - started) / 1000;
      loop.disable();
      out(`  backup ${label.padEnd(33)} writes ${waitsText(waits)}; copy ${seconds.toFixed(1)} s (${(size / 1024 ** 2 / seconds).toFixed(0)} MiB/s), event loop held at most ${(loop.max / 1e6).toFixed(1)} ms`);
      if (i !== 0) fs.rmSync(target);
    }

    const target = path.join(dir, 'copy-0.sqlite');
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    let t = performance.now();
    const checking = inspectBackupFile(target);
    const waits = await writesDuring(db, checking, 10);
    const facts = await checking;
    const checkSeconds = (performance.now() - t) / 1000;
    loop.disable();
    out(`  integrity_check in a worker: ${checkSeconds.toFixed(1)} s (${facts.integrity}); writes meanwhile ${waitsText(waits)}, event loop held at most ${(loop.max / 1e6).toFixed(1)} ms`);
    t = performance.now();
    await sha256OfFile(target);
    out(`  SHA-256 of the copy: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  await runBackupBench({ megabytes: process.argv[2] ? Number(process.argv[2]) : undefined });
}
