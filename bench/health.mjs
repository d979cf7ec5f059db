// GET /api/health through the hall host vs a bare Fastify app, each in its own child process.
// Latency: sequential requests on one keep-alive socket (node:http), rounds alternating the
// servers so that drift (CPU frequency, other load) falls on all of them alike.
// Throughput: C concurrent loops on C keep-alive sockets for a fixed time, also alternated.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One GET on the given agent; resolves with the body, rejects on a non-200. */
function get(agent, port, route) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: route, method: 'GET', agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`GET ${route} on :${port}: ${res.statusCode}`));
        else resolve(Buffer.concat(chunks));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitReady(server) {
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited with ${server.child.exitCode}:\n${server.output()}`);
    try {
      return await get(agent, server.port, '/api/health');
    } catch {
      if (Date.now() > deadline) throw new Error(`${server.name} did not answer in 30 s:\n${server.output()}`);
      await sleep(100);
    }
  }
}

async function startServer(name, args, env) {
  const port = await freePort();
  const child = spawn(process.execPath, args(port), { cwd: ROOT, env: { ...process.env, ...env(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const server = {
    name,
    port,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    server.body = await waitReady(server);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

export function startHost(name, dataDir, extraEnv = {}) {
  return startServer(
    name,
    () => [path.join(ROOT, 'bin', 'hall.mjs'), 'serve'],
    (port) => ({ HALL_DATA_DIR: dataDir, HALL_PORT: String(port), HALL_BIND: '127.0.0.1', HALL_ADMIN_PASSWORD: 'bench-admin-pass', ...extraEnv }),
  );
}

function startBare(body) {
  return startServer('bare fastify', (port) => [path.join(ROOT, 'bench', 'bare-server.mjs'), String(port), body], () => ({}));
}

/** n sequential requests on one keep-alive socket; returns each round trip in nanoseconds. */
async function sequential(server, n) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples = new Float64Array(n);
  try {
    for (let i = 0; i < n; i++) {
      const t0 = process.hrtime.bigint();
      await get(agent, server.port, '/api/health');
      samples[i] = Number(process.hrtime.bigint() - t0);
    }
  } finally {
    agent.destroy();
  }
  return samples;
}

/** `loops` concurrent request loops for `ms` milliseconds; returns completed requests and the exact elapsed time. */
async function concurrent(server, loops, ms) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: loops });
  let done = 0;
  const t0 = process.hrtime.bigint();
  const end = Date.now() + ms;
  try {
    await Promise.all(
      Array.from({ length: loops }, async () => {
        while (Date.now() < end) {
          await get(agent, server.port, '/api/health');
          done++;
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return { done, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

const ms = (ns) => (ns / 1e6).toFixed(3);

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Runs the health benchmark and prints its tables.
 * opts: { n, warmup, rounds, loops, throughputMs, throughputRounds, out }
 */
export async function runHealthBench(opts = {}) {
  const n = opts.n ?? 5000;
  const warmup = opts.warmup ?? 500;
  const rounds = opts.rounds ?? 5;
  const loops = opts.loops ?? 8;
  const throughputMs = opts.throughputMs ?? 3000;
  const throughputRounds = opts.throughputRounds ?? 3;
  const out = opts.out ?? ((line) => console.log(line));
  const perRound = Math.ceil(n / rounds);

  const cpus = os.cpus();
  out(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores (os.availableParallelism ${os.availableParallelism()}), ${os.platform()} ${os.release()}, node ${process.version}`);
  out(`method: each server in its own child process; client = this process, node:http with a keep-alive Agent.`);
  out(`        latency: ${warmup} warm-up requests each, then ${rounds} alternating rounds x ${perRound} sequential requests = ${perRound * rounds} per server`);
  out(`        throughput: ${loops} concurrent loops, ${throughputRounds} alternating rounds x ${throughputMs} ms per server`);
  out('');

  const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-')), fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-'))];
  const servers = [];
  try {
    // The host as it ships (log level info: pino writes two lines per request to logs/hall.log),
    // and again with HALL_LOG_LEVEL=warn to show what the request log costs.
    servers.push(await startHost('hall host', dirs[0]));
    servers.push(await startHost('hall host, HALL_LOG_LEVEL=warn', dirs[1], { HALL_LOG_LEVEL: 'warn' }));
    const hostBody = servers[0].body.toString('utf8');
    servers.push(await startBare(hostBody));
    out(`response body: host ${servers[0].body.length} bytes, bare ${servers[2].body.length} bytes: ${hostBody}`);
    out('');

    for (const s of servers) await sequential(s, warmup);

    const samples = new Map(servers.map((s) => [s, []]));
    const roundMedians = new Map(servers.map((s) => [s, []]));
    for (let r = 0; r < rounds; r++) {
      // Alternate the order every round, so no server always runs first or last.
      const order = r % 2 === 0 ? servers : [...servers].reverse();
      for (const s of order) {
        const got = await sequential(s, perRound);
        samples.get(s).push(got);
        roundMedians.get(s).push(median(Float64Array.from(got).sort()));
      }
    }
    const stats = new Map(
      servers.map((s) => {
        const all = new Float64Array(samples.get(s).reduce((a, b) => a + b.length, 0));
        let off = 0;
        for (const chunk of samples.get(s)) {
          all.set(chunk, off);
          off += chunk.length;
        }
        all.sort();
        return [s, { n: all.length, min: all[0], median: median(all), p90: percentile(all, 90), p99: percentile(all, 99), max: all[all.length - 1], mean: all.reduce((a, b) => a + b, 0) / all.length }];
      }),
    );

    const throughput = new Map(servers.map((s) => [s, []]));
    for (let r = 0; r < throughputRounds; r++) {
      const order = r % 2 === 0 ? servers : [...servers].reverse();
      for (const s of order) {
        await concurrent(s, loops, 300); // short warm-up of the concurrent path
        const { done, seconds } = await concurrent(s, loops, throughputMs);
        throughput.get(s).push(done / seconds);
      }
    }

    const bare = stats.get(servers[2]);
    const bareRps = throughput.get(servers[2]).reduce((a, b) => a + b, 0) / throughputRounds;
    out(`GET /api/health, sequential round trip (ms)`);
    out(
      table(
        ['server', 'n', 'min', 'median', 'p90', 'p99', 'max', 'mean', 'median/bare', 'p99/bare', 'round medians'],
        servers.map((s) => {
          const st = stats.get(s);
          return [s.name, st.n, ms(st.min), ms(st.median), ms(st.p90), ms(st.p99), ms(st.max), ms(st.mean), (st.median / bare.median).toFixed(2), (st.p99 / bare.p99).toFixed(2), roundMedians.get(s).map(ms).join(' ')];
        }),
      ),
    );
    out('');
    out(`GET /api/health, throughput with ${loops} concurrent keep-alive loops (requests/s)`);
    out(
      table(
        ['server', 'mean req/s', 'per round', 'host/bare'],
        servers.map((s) => {
          const t = throughput.get(s);
          const mean = t.reduce((a, b) => a + b, 0) / t.length;
          return [s.name, mean.toFixed(0), t.map((x) => x.toFixed(0)).join(' '), (mean / bareRps).toFixed(2)];
        }),
      ),
    );
    const host = stats.get(servers[0]);
    out('');
    out(`headline: host/bare latency ratio: median ${(host.median / bare.median).toFixed(2)}x (${ms(host.median)} vs ${ms(bare.median)} ms), p99 ${(host.p99 / bare.p99).toFixed(2)}x (${ms(host.p99)} vs ${ms(bare.p99)} ms)`);
    return { stats, throughput };
  } finally {
    for (const s of servers) await s.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}
