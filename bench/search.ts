// Search in the archive of a busy hall: 2 million registrations made at the window and 1 million
// paper-era records back-entered (bench/archive-seed.ts, kept in bench/.cache). Each search is timed
// through the real API (the host in this process, on loopback, one keep-alive socket) and as the
// bare indexed SELECT it rests on, run on raw better-sqlite3: p50 and p99 of each.
//   BENCH_CASES=N, BENCH_BACK_ENTRIES=M seed other sizes.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import { quantiles } from './quantiles';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { downgradeId18 } from '../main/domain/identity-15';
import { nameKey } from '../main/domain/names';
import { loadConfig } from '../main/server/config';
import { startHost } from '../main/server/host';
import { certificateFor, idFor, OFFICE, PAPER_OFFICES, paperRecord, seededArchive, windowDate, windowName } from './archive-seed';

interface Search {
  readonly label: string;
  /** The request path and query of the i-th lookup. */
  readonly api: (i: number) => string;
  /** The same lookup on raw SQLite: the indexed SELECT of a first page. */
  readonly raw: (i: number) => unknown;
}


function timeRaw(n: number, fn: (i: number) => unknown): number[] {
  for (let i = 0; i < 200; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** A client on one keep-alive socket, signed in with the role given. */
async function apiClient(url: string, role: 'registrar' | 'manager'): Promise<(route: string) => Promise<string>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (method: string, route: string, body?: unknown, token?: string) =>
    new Promise<string>((resolve, reject) => {
      const req = http.request(`${url}${route}`, { method, agent, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`${route}: ${res.statusCode} ${text}`))));
      });
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  const admin = JSON.parse(await request('POST', '/api/session', { username: 'admin', password: 'bench-admin-pass' })).token as string;
  const username = `bench-${role}`;
  await request('POST', '/api/users', { username, displayName: '压测', role, password: 'bench-pass-1' }, admin).catch(() => undefined);
  const token = JSON.parse(await request('POST', '/api/session', { username, password: 'bench-pass-1' })).token as string;
  return (route) => request('GET', route, undefined, token);
}

async function timeApi(n: number, get: (route: string) => Promise<string>, route: (i: number) => string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n + 200; i++) {
    const t = process.hrtime.bigint();
    const body = await get(route(i));
    if (i >= 200) out.push(Number(process.hrtime.bigint() - t) / 1e6);
    else if (i === 0 && body.includes('"hits":[]')) throw new Error(`${route(0)} found nothing: the seeded archive is not what the bench expects`);
  }
  return out;
}

const q = (filters: Record<string, string>) => `/api/archive?${new URLSearchParams(filters)}`;

export async function runSearchBench(n = 2000): Promise<void> {
  const size = { windowCases: Number(process.env.BENCH_CASES ?? 2_000_000), backEntries: Number(process.env.BENCH_BACK_ENTRIES ?? 1_000_000) };
  const file = seededArchive(size);
  const raw = new Database(file, { readonly: true });
  const pick = (i: number) => (i * 7_919_993) % size.windowCases;
  const paper = (i: number) => paperRecord((i * 104_729) % size.backEntries, size.windowCases);
  // A month of the window's ten years, and a year of the paper era's twenty-five.
  const month = (i: number) => windowDate(pick(i)).slice(0, 7);
  const paperYear = (i: number) => paper(i).registrationDate.slice(0, 4);
  const firstPage = 'ORDER BY c.registered_on DESC, c.id DESC LIMIT 51';
  const byPersons = raw.prepare(`SELECT c.id FROM cases c WHERE c.id IN (SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE p.id_number IN (?, ?)) ${firstPage}`);
  const byName = raw.prepare(`SELECT c.id FROM cases c WHERE c.id IN (SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE p.name_key = ?) ${firstPage}`);
  const byCertificate = raw.prepare('SELECT id FROM cases WHERE certificate_number = ?');
  const byOffice = raw.prepare(`SELECT c.id FROM cases c WHERE c.office_code = ? AND c.registered_on BETWEEN ? AND ? ${firstPage}`);
  const byPaperOffice = raw.prepare(
    // Read in date order among the back entries, the office checked on each (as the store does for a common office).
    `SELECT c.id FROM cases c JOIN back_entries b ON b.case_id = c.id WHERE c.accepted_on IS NULL AND c.registered_on BETWEEN ? AND ? AND +b.office_text = ? ${firstPage}`,
  );
  const byDeskId = raw.prepare('SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE p.id_number = ? ORDER BY cp.case_id DESC LIMIT 50');

  const searches: Search[] = [
    { label: 'desk: ID number', api: (i) => `/api/cases?q=${idFor(pick(i), 'male')}`, raw: (i) => byDeskId.all(idFor(pick(i), 'male')) },
    { label: 'desk: certificate', api: (i) => `/api/cases?q=${certificateFor(pick(i))}`, raw: (i) => byCertificate.get(certificateFor(pick(i))) },
    { label: 'archive: name', api: (i) => q({ name: windowName(pick(i), 'male') }), raw: (i) => byName.all(nameKey(windowName(pick(i), 'male'))) },
    {
      label: 'archive: ID 18 digits',
      api: (i) => q({ idNumber: idFor(pick(i), 'male') }),
      raw: (i) => byPersons.all(idFor(pick(i), 'male'), downgradeId18(idFor(pick(i), 'male'))),
    },
    {
      label: 'archive: ID 15 digits',
      api: (i) => q({ idNumber: downgradeId18(idFor(pick(i), 'male'))! }),
      raw: (i) => byPersons.all(downgradeId18(idFor(pick(i), 'male')), idFor(pick(i), 'male')),
    },
    { label: 'archive: certificate', api: (i) => q({ certificateNumber: certificateFor(pick(i)) }), raw: (i) => byCertificate.get(certificateFor(pick(i))) },
    { label: 'archive: paper cert.', api: (i) => q({ certificateNumber: paper(i).certificateNumber }), raw: (i) => byCertificate.get(paper(i).certificateNumber) },
    {
      label: 'archive: office+month',
      api: (i) => q({ office: OFFICE, from: `${month(i)}-01`, to: `${month(i)}-28` }),
      raw: (i) => byOffice.all(OFFICE, `${month(i)}-01`, `${month(i)}-28`),
    },
    {
      label: 'archive: paper office+year',
      api: (i) => q({ office: PAPER_OFFICES[i % PAPER_OFFICES.length]!, from: `${paperYear(i)}-01-01`, to: `${paperYear(i)}-12-31` }),
      raw: (i) => byPaperOffice.all(`${paperYear(i)}-01-01`, `${paperYear(i)}-12-31`, PAPER_OFFICES[i % PAPER_OFFICES.length]),
    },
  ];

  const counts = raw.prepare("SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM back_entries) AS back, (SELECT count(*) FROM persons) AS persons").get() as {
    cases: number; back: number; persons: number;
  };
  const config = loadConfig(path.dirname(file), { HALL_PORT: '1', HALL_ADMIN_PASSWORD: 'bench-admin-pass', HALL_OFFICE_CODE: OFFICE });
  const host = await startHost({ config: { ...config, port: 0 }, demo: false, version: 'bench', rendererDir: null, templatesDir: path.resolve('resources/templates'), logger: pino({ level: 'warn' }) });
  const results: [string, number[], number[]][] = [];
  const statistics: [string, number[]][] = [];
  try {
    const get = await apiClient(host.url, 'registrar');
    for (const s of searches) results.push([s.label, await timeApi(n, get, s.api), timeRaw(n, s.raw)]);
    // 登记统计 over the same archive: a year of the window by month, a quarter by day, a paper-era year.
    const manager = await apiClient(host.url, 'manager');
    const timed = async (route: string) => {
      const out: number[] = [];
      for (let i = 0; i < 12; i++) {
        const t = process.hrtime.bigint();
        await manager(route);
        if (i >= 2) out.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      return out;
    };
    const stats = (from: string, to: string, grouping: string) => timed(`/api/registry/stats?from=${from}&to=${to}&grouping=${grouping}`);
    statistics.push(['2024 by month', await stats('2024-01-01', '2024-12-31', 'month')]);
    statistics.push(['2024 Q2 by day', await stats('2024-04-01', '2024-06-30', 'day')]);
    statistics.push(['1996 by month (paper era)', await stats('1996-01-01', '1996-12-31', 'month')]);
    statistics.push(['back entries by decade', await timed('/api/registry/back-entries')]);
  } finally {
    await host.close();
    raw.close();
  }

  console.log(
    `Search in ${counts.cases.toLocaleString()} registrations (${counts.back.toLocaleString()} back-entered), ${counts.persons.toLocaleString()} persons, ` +
      `${(fs.statSync(file).size / 2 ** 30).toFixed(2)} GiB; ${n} lookups each, ${os.cpus()[0]?.model}`,
  );
  console.log('search                        API p50     p99        raw SELECT p50   p99       API/raw p50');
  const f = (x: number) => `${x.toFixed(3).padStart(8)} ms`;
  for (const [label, api, bare] of results) {
    const a = quantiles(api);
    const b = quantiles(bare);
    console.log(`${label.padEnd(28)} ${f(a.median)} ${f(a.p99)}   ${f(b.median)} ${f(b.p99)}   ${(a.median / b.median).toFixed(1).padStart(7)}x`);
  }
  console.log('registry statistics (GET /api/registry/stats, /api/registry/back-entries), 10 calls each:');
  for (const [label, times] of statistics) console.log(`  ${label.padEnd(28)} median ${f(quantiles(times).median)}, slowest ${f(Math.max(...times))}`);
}
