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
import { nameKey } from '../main/store/persons';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES = Number(process.env.BENCH_CASES ?? 2_000_000);
const FILE = path.join(ROOT, 'bench', '.cache', `search-${CASES}.sqlite`);

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
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  const tmp = `${FILE}.seeding`;
  fs.rmSync(tmp, { force: true });
  const db = openDatabase(tmp);
  db.pragma('synchronous = OFF');
  const person = db.prepare('INSERT INTO persons (id_type, id_number, name, name_key, sex, birth_date, nationality) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name RETURNING id');
  const kase = db.prepare("INSERT INTO cases (record_id, kind, status, office_code, registered_on, certificate_number, facts, created_at, created_by) VALUES (?, 'marriage', 'registered', '110101001', ?, ?, '{}', ?, 'seed')");
  const party = db.prepare("INSERT INTO case_parties (case_id, position, person_id, snapshot) VALUES (?, ?, ?, '{}')");
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

export function runSearchBench(n = 2000): void {
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
  console.log(`Search in ${count.toLocaleString()} cases (${(fs.statSync(FILE).size / 2 ** 30).toFixed(2)} GiB), ${n} lookups each, ${os.cpus()[0]?.model}`);
  console.log('search                   store median   p99      raw median   p99      ratio (median)');
  for (const [label, ours, bare] of rows) {
    const a = stats(ours);
    const b = stats(bare);
    console.log(`${label.padEnd(24)} ${a.median.toFixed(3).padStart(8)} ms ${a.p99.toFixed(3).padStart(7)}   ${b.median.toFixed(3).padStart(8)} ms ${b.p99.toFixed(3).padStart(7)}   ${(a.median / b.median).toFixed(2)}x`);
  }
  store.close();
  raw.close();
}
