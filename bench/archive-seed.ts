// The archive the search benchmark runs on: two million registrations made at the window over ten
// years, and one million paper-era records back-entered the way the importer writes them
// (insertBackRecord: case, parties, back-entry mark, history event, outbox row, divorce links).
// The database is kept in bench/.cache under a name that changes with the schema (the list of
// migrations and their statements) and with this file's SEED_VERSION, so a schema change rebuilds it instead of reusing it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BackEntryParty, BackEntryRecord } from '../main/domain/backentry/record';
import { addDays } from '../main/domain/dates';
import { gb11643CheckChar, upgradeId15 } from '../main/domain/identity';
import { downgradeId18 } from '../main/domain/identity-15';
import { nameKey } from '../main/domain/names';
import { storedKeys } from '../main/store/backentry/keys';
import { insertBackRecord } from '../main/store/backentry/record';
import { openDatabase, type WritableDB } from '../main/store/db';
import { MIGRATIONS } from '../main/store/migrations';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'bench', '.cache');
/** Bump when the seeded data changes shape. */
const SEED_VERSION = 2;

export const OFFICE = '110101001';
export const PAPER_OFFICES = ['北京市东城区民政局', '北京市东城区人民政府', '北京市崇文区民政局', '北京市东城区东华门街道办事处', '北京市东城区和平里街道办事处'] as const;
const WINDOW_FIRST_DAY = '2016-01-01';
const WINDOW_DAYS = 3650;
const PAPER_FIRST_DAY = '1980-01-01';
const PAPER_DAYS = 9125;

export interface ArchiveSize {
  readonly windowCases: number;
  readonly backEntries: number;
}

/** The window's n-th couple: an 18-digit number of someone born between 1960 and 1998. */
export function idFor(i: number, sex: 'male' | 'female'): string {
  const birth = addDays('1960-01-01', i % 14_000).replaceAll('-', '');
  const order = String(((i * 2) % 1000) + (sex === 'male' ? 1 : 0)).padStart(3, '0').slice(-3);
  const area = String(110000 + (Math.floor(i / 997) % 9000)).padStart(6, '0');
  const first17 = `${area}${birth}${order}`;
  return first17 + gb11643CheckChar(first17);
}

export function windowDate(i: number): string {
  return addDays(WINDOW_FIRST_DAY, i % WINDOW_DAYS);
}

/** A J number unique in its year: the day of the decade picks the date, i / days the serial. */
export function certificateFor(i: number): string {
  const on = windowDate(i);
  const serial = Math.floor(i / WINDOW_DAYS) * 366 + (Math.floor((Date.parse(on) - Date.parse(`${on.slice(0, 4)}-01-01`)) / 86_400_000) + 1);
  return `J110101-${on.slice(0, 4)}-${String(serial).padStart(6, '0')}`;
}

export const windowName = (i: number, sex: 'male' | 'female') => `${sex === 'male' ? '张' : '李'}${i % 5000}`;

/** The n-th paper record: its husband is also the window's couple 2n's man, by his first-generation number. */
export function paperRecord(n: number, windowCases: number): BackEntryRecord {
  const kind = n % 10 < 7 ? 'marriage' : n % 10 < 9 ? 'divorce' : 'reissue';
  const husband15 = downgradeId18(idFor((n * 2) % windowCases, 'male'))!;
  const husband: BackEntryParty = {
    name: `王${n % 7000}`, sex: 'male', birthDate: null, idType: 'resident_id', idNumber: husband15, canonicalId: upgradeId15(husband15), nationality: 'CHN', ethnicity: null,
  };
  // One wife in five has no number on the paper.
  const wife15 = n % 5 === 0 ? null : downgradeId18(idFor((n * 2 + 7_919) % windowCases, 'female'));
  const wife: BackEntryParty = {
    name: `陈${n % 7000}`, sex: 'female', birthDate: null, idType: 'resident_id', idNumber: wife15, canonicalId: wife15 && upgradeId15(wife15), nationality: 'CHN', ethnicity: null,
  };
  const word = kind === 'marriage' ? '结' : kind === 'divorce' ? '离' : '补';
  return {
    kind, registrationDate: addDays(PAPER_FIRST_DAY, n % PAPER_DAYS), certificateNumber: `京东${word}字第 ${n + 1} 号`,
    office: PAPER_OFFICES[n % PAPER_OFFICES.length]!, parties: [husband, wife], remarks: null, scanFile: null,
  };
}

/** The cache's file for this size, this schema and this seed. */
export function archiveFile(size: ArchiveSize): string {
  // A step's own statements count too: an unshipped migration may still change under its name.
  const schema = createHash('sha256').update(JSON.stringify(MIGRATIONS.map((m) => [m.version, m.name, m.up.toString()])) + SEED_VERSION).digest('hex').slice(0, 10);
  return path.join(CACHE, `archive-${size.windowCases}-${size.backEntries}-${schema}`, 'hall.sqlite');
}

function progress(what: string, done: number, total: number, started: number): void {
  process.stdout.write(`\r  seeding ${what} ${done.toLocaleString()} / ${total.toLocaleString()} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function seedWindow(db: WritableDB, n: number): void {
  const person = db.prepare('INSERT INTO persons (id_type, id_number, name, name_key, sex, birth_date, nationality) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name RETURNING id');
  const kase = db.prepare(
    `INSERT INTO cases (record_id, kind, status, office_code, accepted_on, registered_on, certificate_number, facts, created_at, created_by)
     VALUES (?, 'marriage', 'registered', '${OFFICE}', ?, ?, ?, '{}', ?, 'seed')`,
  );
  // The party as a registrar entered it, as the app stores it.
  const party = db.prepare(
    `INSERT INTO case_parties (case_id, position, person_id, snapshot)
     SELECT ?, ?, id, json_object('name', name, 'sex', sex, 'birthDate', birth_date, 'idType', id_type, 'idNumber', id_number, 'nationality', nationality,
       'idValidUntil', 'long_term', 'overseasChinese', json('false'), 'verification', json_object('method', 'reader')) FROM persons WHERE id = ?`,
  );
  const started = Date.now();
  for (let from = 0; from < n; from += 50_000) {
    db.transaction(() => {
      for (let i = from; i < Math.min(from + 50_000, n); i++) {
        const on = windowDate(i);
        const { lastInsertRowid } = kase.run(`seed-${i}`, on, on, certificateFor(i), `${on}T02:00:00Z`);
        const h = idFor(i, 'male');
        const w = idFor(i + 7_919, 'female');
        const hid = (person.get('resident_id', h, windowName(i, 'male'), nameKey(windowName(i, 'male')), 'male', `${h.slice(6, 10)}-${h.slice(10, 12)}-${h.slice(12, 14)}`, 'CHN') as { id: number }).id;
        const wid = (person.get('resident_id', w, windowName(i, 'female'), nameKey(windowName(i, 'female')), 'female', `${w.slice(6, 10)}-${w.slice(10, 12)}-${w.slice(12, 14)}`, 'CHN') as { id: number }).id;
        party.run(lastInsertRowid, 0, hid);
        party.run(lastInsertRowid, 1, wid);
      }
    })();
    progress('window registrations', Math.min(from + 50_000, n), n, started);
  }
  process.stdout.write('\n');
}

function seedBackEntries(db: WritableDB, size: ArchiveSize): void {
  const started = Date.now();
  const batch = 10_000;
  for (let from = 0; from < size.backEntries; from += batch) {
    db.transaction(() => {
      for (let n = from; n < Math.min(from + batch, size.backEntries); n++) {
        const record = paperRecord(n, size.windowCases);
        // Entered over the last year, a batch at a time, as an import job would.
        const at = `${addDays('2025-12-01', Math.floor((n / size.backEntries) * 360))}T02:00:00.000Z`;
        insertBackRecord(db, record, {
          method: 'import', jobId: null, sourceFile: 'bench.csv', sourceRow: n + 2, officeCode: OFFICE, by: { actor: 'seed', name: '压测', at }, warnings: [],
        }, storedKeys(record));
      }
    })();
    progress('back-entered records', Math.min(from + batch, size.backEntries), size.backEntries, started);
  }
  process.stdout.write('\n');
}

/** The seeded database's file, built once per size and schema; older builds of the cache are removed. */
export function seededArchive(size: ArchiveSize): string {
  const file = archiveFile(size);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const old of fs.readdirSync(CACHE)) {
    const dir = path.join(CACHE, old);
    if (/^(archive|search)-/.test(old) && dir !== path.dirname(file)) fs.rmSync(dir, { recursive: true, force: true });
  }
  const tmp = `${file}.seeding`;
  fs.rmSync(tmp, { force: true });
  const db = openDatabase(tmp);
  db.pragma('synchronous = OFF');
  seedWindow(db, size.windowCases);
  seedBackEntries(db, size);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  fs.renameSync(tmp, file);
  return file;
}
