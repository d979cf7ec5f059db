// The hall queue under load, against the same host's /api/health in the same run:
//   call-next latency with 30 windows calling at once (each window: call next, start, finish, again),
//   /api/health latency under the same 30-way concurrency, and the delay from a call to its
//   arrival at 5 display-board sockets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { percentile, startHost } from './health.mjs';

const WINDOWS = 30;
const BOARDS = 5;

async function call(base, token, method, route, body) {
  const res = await fetch(base + route, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw Object.assign(new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`), { json });
  return json;
}

/** A valid 18-digit resident ID number (GB 11643 check character) for the i-th applicant. */
function idNumber(i) {
  const birth = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `110105${birth}${String(100 + (i % 800)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, k) => s + Number(c) * weights[k], 0);
  return first17 + '10X98765432'[sum % 11];
}

const ms = (sorted, p) => percentile(sorted, p).toFixed(2);

async function setUp(base, tickets) {
  const admin = (await call(base, null, 'POST', '/api/session', { username: 'admin', password: 'bench-admin-pass' })).token;
  await call(base, admin, 'PUT', '/api/settings/office', { officeName: '基准测试登记处', officeCode: '110101001', foreignRelated: false });
  await call(base, admin, 'POST', '/api/users', { username: 'boss', displayName: '主管', role: 'manager', password: 'bench-boss-pass' });
  const manager = (await call(base, null, 'POST', '/api/session', { username: 'boss', password: 'bench-boss-pass' })).token;
  const windows = [];
  for (let n = 1; n <= WINDOWS; n++) {
    await call(base, admin, 'POST', '/api/users', { username: `r${n}`, displayName: `登记员${n}`, role: 'registrar', password: `bench-pass-${n}` });
    const token = (await call(base, null, 'POST', '/api/session', { username: `r${n}`, password: `bench-pass-${n}` })).token;
    const w = await call(base, manager, 'POST', '/api/queue/windows', { number: n, name: `${n}号窗口`, services: ['reissue'] });
    await call(base, token, 'POST', `/api/queue/windows/${w.id}/open`);
    windows.push({ token, id: w.id });
  }
  for (let i = 0; i < tickets; i++) {
    await call(base, manager, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [{ idNumber: idNumber(i), name: `申请人${i}`, verified: 'staff' }], priority: i % 7 ? [] : ['disabled'] });
  }
  const boards = [];
  for (let b = 0; b < BOARDS; b++) boards.push((await call(base, manager, 'POST', '/api/hall-devices', { kind: 'display', name: `屏${b}` })).token);
  return { manager, windows, boards };
}

/** Every window calls, starts and finishes until `stopAt`; returns call-next latencies (ms). */
async function callLoad(base, windows, stopAt) {
  const samples = [];
  await Promise.all(windows.map(async (w) => {
    while (performance.now() < stopAt) {
      const t0 = performance.now();
      const res = await call(base, w.token, 'POST', `/api/queue/windows/${w.id}/call-next`).catch((e) => e);
      if (res instanceof Error) return;
      samples.push(performance.now() - t0);
      await call(base, w.token, 'POST', `/api/queue/tickets/${res.ticket.id}/actions`, { action: 'start', windowId: w.id });
      await call(base, w.token, 'POST', `/api/queue/tickets/${res.ticket.id}/actions`, { action: 'finish', windowId: w.id });
    }
  }));
  return samples.sort((a, b) => a - b);
}

async function healthLoad(base, loops, stopAt) {
  const samples = [];
  await Promise.all(Array.from({ length: loops }, async () => {
    while (performance.now() < stopAt) {
      const t0 = performance.now();
      await call(base, null, 'GET', '/api/health');
      samples.push(performance.now() - t0);
    }
  }));
  return samples.sort((a, b) => a - b);
}

/** Calls one ticket at a time and times its arrival at every board socket. */
async function boardDelay(base, url, w, boards, n) {
  const sockets = await Promise.all(boards.map((token) => new Promise((resolve, reject) => {
    const s = new WebSocket(`${url.replace('http', 'ws')}/api/events`, ['hall.v1', token]);
    s.once('open', () => resolve(s));
    s.once('error', reject);
  })));
  const fromRequest = [];
  const fromReply = [];
  for (let i = 0; i < n; i++) {
    const arrivals = sockets.map((s) => new Promise((resolve) => {
      const on = (m) => {
        if (JSON.parse(String(m)).type !== 'queue.called') return;
        s.off('message', on);
        resolve(performance.now());
      };
      s.on('message', on);
    }));
    const t0 = performance.now();
    const res = await call(base, w.token, 'POST', `/api/queue/windows/${w.id}/call-next`);
    const t1 = performance.now();
    const last = Math.max(...(await Promise.all(arrivals)));
    fromRequest.push(last - t0);
    fromReply.push(last - t1);
    await call(base, w.token, 'POST', `/api/queue/tickets/${res.ticket.id}/actions`, { action: 'start', windowId: w.id });
    await call(base, w.token, 'POST', `/api/queue/tickets/${res.ticket.id}/actions`, { action: 'finish', windowId: w.id });
  }
  for (const s of sockets) s.close();
  return { fromRequest: fromRequest.sort((a, b) => a - b), fromReply: fromReply.sort((a, b) => a - b) };
}

export async function runQueueBench({ seconds = 10, tickets = 6000, boardCalls = 200 } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-queue-'));
  const host = await startHost('hall host', dataDir);
  const base = `http://127.0.0.1:${host.port}`;
  try {
    console.log(`Queue: ${WINDOWS} windows, ${tickets} waiting tickets, ${seconds} s of calling; ${BOARDS} board sockets`);
    const { windows, boards } = await setUp(base, tickets);
    const health = await healthLoad(base, WINDOWS, performance.now() + seconds * 1000);
    const board = await boardDelay(base, base, windows[0], boards, boardCalls);
    const calls = await callLoad(base, windows, performance.now() + seconds * 1000);
    console.log(`  /api/health, ${WINDOWS} concurrent loops:   p50 ${ms(health, 50)} ms   p99 ${ms(health, 99)} ms   (${health.length} requests)`);
    console.log(`  call-next, ${WINDOWS} windows at once:      p50 ${ms(calls, 50)} ms   p99 ${ms(calls, 99)} ms   (${calls.length} calls)`);
    console.log(`  ratio call-next / health:              p50 ${(percentile(calls, 50) / percentile(health, 50)).toFixed(1)}×   p99 ${(percentile(calls, 99) / percentile(health, 99)).toFixed(1)}×`);
    console.log(`  call → all ${BOARDS} boards, from request:   p50 ${ms(board.fromRequest, 50)} ms   p99 ${ms(board.fromRequest, 99)} ms   max ${board.fromRequest.at(-1).toFixed(2)} ms   (${boardCalls} calls)`);
    console.log(`  call → all ${BOARDS} boards, after reply:    p50 ${ms(board.fromReply, 50)} ms   p99 ${ms(board.fromReply, 99)} ms   (negative: the board heard it before the window's answer)`);
  } finally {
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
