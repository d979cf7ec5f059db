import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HALL_BIN = path.join(ROOT, 'bin', 'hall.mjs');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function tempDataDir(prefix = 'hall-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface RunningHost {
  readonly url: string;
  readonly dataDir: string;
  /** The data folder actually used: `${dataDir}-demo` for a demo host. */
  readonly effectiveDataDir: string;
  readonly adminPassword: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export interface StartOptions {
  readonly demo?: boolean;
  readonly env?: Record<string, string>;
  readonly dataDir?: string;
  readonly adminPassword?: string;
}

/** Spawns the real headless host (`hall serve`) on a free port and waits until /api/health answers. */
export async function startHost(opts: StartOptions = {}): Promise<RunningHost> {
  const dataDir = opts.dataDir ?? tempDataDir();
  const port = await freePort();
  const adminPassword = opts.adminPassword ?? (opts.demo ? 'admin-demo' : 'admin-test-pass');
  const args = [HALL_BIN, 'serve', ...(opts.demo ? ['--demo'] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, HALL_DATA_DIR: dataDir, HALL_PORT: String(port), HALL_BIND: '127.0.0.1', HALL_ADMIN_PASSWORD: adminPassword, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`host exited with ${child.exitCode}:\n${out}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`host did not start in 20 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    effectiveDataDir: opts.demo ? `${dataDir}-demo` : dataDir,
    adminPassword,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Logs in through the API and returns the bearer token. */
export async function loginAs(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export async function api(url: string, token: string | null, method: string, route: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** Runs the `hall` CLI to completion with the given data folder. */
export async function runHall(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [HALL_BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out };
}
