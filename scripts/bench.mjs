#!/usr/bin/env node
// `npm run bench`: prints performance figures of the hall host.
//   --quick    fewer requests (a smoke run, figures are rough)
// Figure 1: GET /api/health through the host vs a bare Fastify app (bench/health.mjs).
// Figure 2: the hall queue: call-next under 30 windows vs /api/health, and a call's delay to 5 boards (bench/queue.mjs).
// Figure 5: 10,000 records uploaded to the reference province with 50 ms per request vs the ideal (bench/upload.ts).
// Figure 3: search in 2 million window registrations plus 1 million back-entered paper records, through the API
//           (desk search; archive search by name, ID 15/18, certificate, office + date range) vs the raw indexed
//           SELECT (bench/search.ts, seeded by bench/archive-seed.ts); BENCH_CASES=N, BENCH_BACK_ENTRIES=M seed other sizes.
// Figure 6: rendering one 结婚证 to PDF, median and p99 (bench/print.ts).
// Figure 7: the archive import, 1,000,000 CSV rows through `hall import` vs a bare better-sqlite3 insert of the same rows
//           into one table in one transaction, and the importer's peak RSS at 250k, 500k and 1M rows (bench/import.ts).
import { runHealthBench } from '../bench/health.mjs';
import { runQueueBench } from '../bench/queue.mjs';

const quick = process.argv.includes('--quick');
const opts = quick ? { n: 1000, warmup: 200, rounds: 2, throughputMs: 1000, throughputRounds: 1 } : {};

console.log('registration-hall benchmarks' + (quick ? ' (--quick: rough figures)' : ''));
console.log('');
try {
  await runHealthBench(opts);
  console.log('');
  await runQueueBench(quick ? { seconds: 2, tickets: 600, boardCalls: 30 } : {});
  console.log('');
  // The search figure runs the TypeScript store code through tsx.
  const { tsImport } = await import('tsx/esm/api');
  const { runSearchBench } = await tsImport('../bench/search.ts', import.meta.url);
  await runSearchBench(quick ? 300 : 2000);
  console.log('');
  const { runIdcardBench } = await tsImport('../bench/idcard.ts', import.meta.url);
  await runIdcardBench();
  console.log('');
  const { runUploadBench } = await tsImport('../bench/upload.ts', import.meta.url);
  await runUploadBench(quick ? { records: 1000 } : {});
  console.log('');
  const { runPrintBench } = await tsImport('../bench/print.ts', import.meta.url);
  await runPrintBench(quick ? { n: 50 } : {});
  console.log('');
  const { runImportBench } = await tsImport('../bench/import.ts', import.meta.url);
  await runImportBench(quick ? { rows: 100_000 } : {});
} catch (err) {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
}
