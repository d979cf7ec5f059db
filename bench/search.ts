// Search by ID number and by certificate number in a database of two million cases:
// through the store's searchCases (what the API calls) and the same indexed SELECT on raw better-sqlite3.
// The seeded database is kept in bench/.cache so later runs skip the seeding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { gb11643CheckChar } from '../main/domain/identity';
import { openDatabase } from '../main/store/db';
import { searchCases } from '../main/store/case-search';
import { nameKey } from '../main/domain/names';
import pino from 'pino';
import http from 'node:http';
import { loadConfig } from '../main/server/config';
import { startHost } from '../main/server/host';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES = Number(process.env.BENCH_CASES ?? 2_000_000);
const DIR = path.join(ROOT, 'bench', '.cache', `search-${CASES}`);
const FILE = path.join(DIR, 'hall.sqlite');

function idFor(i: number, sex: 'male' | 'female'): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + (i % 14_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const order = String(((i * 2) % 1000) + (sex === 'male' ? 1 : 0)).padStart(3, '0').slice(-3);
  const area = String(110000 + (Math.floor(i / 997) % 9000)).padStart(6, '0');
  const first17 = `${area}${birth}${order}`;
  return first17 + gb11643CheckChar(first17);
}

function certificateFor(i: number): string {
  return `J110101-${2016 + (i % 10)}-${String(Math.floor(i / 10) + 1).padStart(6, '0')}`;
}

function seed(): void {
  fs.mkdirSync(DIR, { recursive: true });
  const tmp = `${FILE}.seeding`;
  fs.rmSync(tmp, { force: true });
  const db = openDatabase(tmp);
  db.pragma('synchronous = OFF');
  const person = db.prepare('INSERT INTO persons (id_type, id_number, name, name_key, sex, birth_date, nationality) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name RETURNING id');
  const kase = db.prepare("INSERT INTO cases (record_id, kind, status, office_code, registered_on, certificate_number, facts, created_at, created_by) VALUES (?, 'marriage', 'registered', '110101001', ?, ?, '{}', ?, 'seed')");
  // The party as a registrar entered it, as the app stores it.
  const party = db.prepare(
    `INSERT INTO case_parties (case_id, position, person_id, snapshot)
     SELECT ?, ?, id, json_object('name', name, 'sex', sex, 'birthDate', birth_date, 'idType', id_type, 'idNumber', id_number, 'nationality', nationality,
       'idValidUntil', 'long_term', 'overseasChinese', json('false'), 'verification', json_object('method', 'reader')) FROM persons WHERE id = ?`,
  );
  const started = Date.now();
  const batch = 50_000;
  for (let from = 0; from < CASES; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(from + batch, CASES); i++) {
        const on = `${2016 + (i % 10)}-05-20`;
        const { lastInsertRowid } = kase.run(`seed-${i}`, on, certificateFor(i), `${on}T02:00:00Z`);
        const h = idFor(i, 'male');
        const w = idFor(i + 7_919, 'female');
        const hid = (person.get('resident_id', h, `张${i % 5000}`, nameKey(`张${i % 5000}`), 'male', '1990-01-01', 'CHN') as { id: number }).id;
        const wid = (person.get('resident_id', w, `李${i % 5000}`, nameKey(`李${i % 5000}`), 'female', '1992-01-01', 'CHN') as { id: number }).id;
        party.run(lastInsertRowid, 0, hid);
        party.run(lastInsertRowid, 1, wid);
      }
    })();
    process.stdout.write(`\r  seeding ${Math.min(from + batch, CASES).toLocaleString()} / ${CASES.toLocaleString()} cases (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  process.stdout.write('\n');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  fs.renameSync(tmp, FILE);
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p99: q(0.99) };
}

function time(n: number, fn: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** GET /api/cases?q= through the real host (in this process, on loopback), one keep-alive socket. */
async function timeApi(n: number, query: (i: number) => string): Promise<number[]> {
  const config = loadConfig(DIR, { HALL_PORT: '1', HALL_ADMIN_PASSWORD: 'bench-admin-pass', HALL_OFFICE_CODE: '110101001' });
  const host = await startHost({ config: { ...config, port: 0 }, demo: false, version: 'bench', rendererDir: null, templatesDir: path.resolve('resources/templates'), logger: pino({ level: 'warn' }) });
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const call = (method: string, route: string, body?: unknown, token?: string) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request(`${host.url}${route}`, { method, agent, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`${route}: ${res.statusCode} ${text}`))));
        });
        req.on('error', reject);
        req.end(body === undefined ? undefined : JSON.stringify(body));
      });
    const admin = JSON.parse(await call('POST', '/api/session', { username: 'admin', password: 'bench-admin-pass' })).token as string;
    await call('POST', '/api/users', { username: 'bench', displayName: '压测', role: 'registrar', password: 'bench-pass-1' }, admin).catch(() => undefined);
    const token = JSON.parse(await call('POST', '/api/session', { username: 'bench', password: 'bench-pass-1' })).token as string;
    const out: number[] = [];
    for (let i = 0; i < n + 200; i++) {
      const t = process.hrtime.bigint();
      await call('GET', `/api/cases?q=${encodeURIComponent(query(i))}`, undefined, token);
      if (i >= 200) out.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    agent.destroy();
    return out;
  } finally {
    await host.close();
  }
}

export async function runSearchBench(n = 2000): Promise<void> {
  if (!fs.existsSync(FILE)) seed();
  const store = openDatabase(FILE);
  const raw = new Database(FILE, { readonly: true });
  const rawById = raw.prepare('SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE p.id_number = ? ORDER BY cp.case_id DESC LIMIT 50');
  const rawByCert = raw.prepare('SELECT * FROM cases WHERE certificate_number = ?');
  const pick = (i: number) => (i * 7_919_993) % CASES;
  const rows: [string, number[], number[]][] = [];
  for (const [label, ours, bare] of [
    ['by ID number', (i: number) => searchCases(store, idFor(pick(i), 'male'), 50), (i: number) => rawById.all(idFor(pick(i), 'male'))],
    ['by certificate number', (i: number) => searchCases(store, certificateFor(pick(i)), 50), (i: number) => rawByCert.get(certificateFor(pick(i)))],
  ] as const) {
    if (searchCases(store, idFor(pick(1), 'male'), 50).length === 0) throw new Error('seeded case not found');
    time(200, ours);
    time(200, bare);
    rows.push([label, time(n, ours), time(n, bare)]);
  }
  const count = raw.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  store.close();
  const api = [await timeApi(n, (i) => idFor(pick(i), 'male')), await timeApi(n, (i) => certificateFor(pick(i)))];
  console.log(`Search in ${count.toLocaleString()} cases (${(fs.statSync(FILE).size / 2 ** 30).toFixed(2)} GiB), ${n} lookups each, ${os.cpus()[0]?.model}`);
  console.log('search                   via API median  p99     store median  p99      raw SELECT median  p99     store/raw  API/raw');
  rows.forEach(([label, ours, bare], i) => {
    const h = stats(api[i]!);
    const a = stats(ours);
    const b = stats(bare);
    const f = (x: number) => x.toFixed(3).padStart(8);
    console.log(`${label.padEnd(24)} ${f(h.median)} ms ${f(h.p99)}   ${f(a.median)} ms ${f(a.p99)}   ${f(b.median)} ms ${f(b.p99)}   ${(a.median / b.median).toFixed(2).padStart(7)}x ${(h.median / b.median).toFixed(2).padStart(7)}x`);
  });
  raw.close();
}
