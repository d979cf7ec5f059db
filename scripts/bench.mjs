#!/usr/bin/env node
// `npm run bench`: prints performance figures of the hall host.
//   --quick    fewer requests (a smoke run, figures are rough)
// Figure 1: GET /api/health through the host vs a bare Fastify app (bench/health.mjs).
import { runHealthBench } from '../bench/health.mjs';

const quick = process.argv.includes('--quick');
const opts = quick ? { n: 1000, warmup: 200, rounds: 2, throughputMs: 1000, throughputRounds: 1 } : {};

console.log('registration-hall benchmarks' + (quick ? ' (--quick: rough figures)' : ''));
console.log('');
try {
  await runHealthBench(opts);
} catch (err) {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
}
