import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveTerms, ARCHIVE_SOURCES, type ArchiveFilters } from '../../main/domain/archive-query';
import { addDays } from '../../main/domain/dates';
import { downgradeId18 } from '../../main/domain/identity-15';
import { archiveCountSql, archiveDriver, archivePageSql } from '../../main/store/archive-search';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { party } from '../helpers/people';
import { backEnter, marryOn, paperParty, paperRecord } from '../helpers/registry-seed';

let host: InProcHost;
let clerk: string;
let manager: string;
let admin: string;

/** What the test put in the archive, to count the expected answers from independently of the store. */
interface Entered {
  readonly id: number;
  readonly kind: string;
  readonly registeredOn: string;
  readonly backEntry: boolean;
}
const entered: Entered[] = [];

const minority = party('阿依古丽·买买提', 'female', '1994-07-07');
const husbandOfMinority = party('艾尔肯·吐尔逊', 'male', '1992-02-02');
// Married at the window in 2026 with an 18-digit number; a 1996 paper record of the same man has his 15-digit one.
const widower = party('王建国', 'male', '1960-04-12');
const widower15 = downgradeId18(widower.idNumber)!;

beforeAll(async () => {
  host = await startInProcess({ startMs: Date.parse('2026-11-23T09:30:00+08:00') });
  ({ clerk, manager, admin } = await setUpOffice(host.url));
  const db = host.db;
  // 120 window marriages, one every five days back from 2026-11-20.
  for (let i = 0; i < 120; i++) {
    const on = addDays('2026-11-20', -5 * i);
    const m = marryOn(db, party(`张${i}`, 'male', '1990-01-01'), party(`李${i}`, 'female', '1992-01-01'), on);
    entered.push({ id: m.id, kind: 'marriage', registeredOn: on, backEntry: false });
  }
  const minorityCase = marryOn(db, husbandOfMinority, minority, '2026-03-08');
  entered.push({ id: minorityCase.id, kind: 'marriage', registeredOn: '2026-03-08', backEntry: false });
  const widowerCase = marryOn(db, widower, party('刘淑芬', 'female', '1965-09-09'), '2026-06-06');
  entered.push({ id: widowerCase.id, kind: 'marriage', registeredOn: '2026-06-06', backEntry: false });

  const paper = [
    paperRecord('marriage', '1996-05-20', '京朝结字第 1234 号', '北京市朝阳区民政局', [paperParty('王建国', 'male', null, widower15), paperParty('陈桂兰', 'female', '1962-01-01', null)]),
    paperRecord('marriage', '1988-10-01', '(88)东结字第 56 号', '110105001', [paperParty('周国强', 'male', '1960-01-01', null), paperParty('吴秀英', 'female', '1962-03-03', null)]),
    paperRecord('divorce', '2003-07-15', '京朝离字第 77 号', '北京市朝阳区民政局', [paperParty('赵四', 'male', '1970-01-01', null), paperParty('钱五', 'female', '1972-01-01', null)]),
  ];
  for (const record of paper) {
    const id = backEnter(db, record, '2026-11-02T02:00:00.000Z');
    entered.push({ id, kind: record.kind, registeredOn: record.registrationDate, backEntry: true });
  }
});
afterAll(async () => host.close());

const search = (token: string, filters: Record<string, string | number>) =>
  api(host.url, token, 'GET', `/api/archive?${new URLSearchParams(Object.entries(filters).map(([k, v]) => [k, String(v)]))}`);

/** Every page of a search, following the cursors. */
async function allPages(filters: Record<string, string | number>): Promise<{ ids: number[]; pages: number; firstTotal: number | null }> {
  const ids: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let firstTotal: number | null = null;
  do {
    const res = await search(clerk, { ...filters, ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    if (pages === 0) firstTotal = res.json.total;
    else expect(res.json.total).toBeNull();
    ids.push(...res.json.hits.map((h: { id: number }) => h.id));
    cursor = res.json.next;
    pages++;
  } while (cursor);
  return { ids, pages, firstTotal };
}

const newestFirst = (list: readonly Entered[]) =>
  [...list].sort((a, b) => (a.registeredOn === b.registeredOn ? b.id - a.id : a.registeredOn < b.registeredOn ? 1 : -1)).map((e) => e.id);

describe('the archive search (档案查询) plans', () => {
  // Every combination the screen offers: each text filter on or off, a date range, a kind, a source.
  const options: Record<string, ArchiveFilters[]> = {
    name: [{}, { name: '张三' }],
    idNumber: [{}, { idNumber: '110105196004121234' }],
    certificateNumber: [{}, { certificateNumber: 'J110101-2026-000001' }],
    office: [{}, { office: '110101001' }, { office: '北京市' }],
    dates: [{}, { from: '2020-01-01' }, { to: '2020-12-31' }, { from: '2020-01-01', to: '2020-12-31' }],
    kind: [{}, { kind: 'divorce' }],
    source: ARCHIVE_SOURCES.map((source) => ({ source })),
  };
  const combinations = Object.values(options).reduce<ArchiveFilters[]>((all, choices) => all.flatMap((f) => choices.map((c) => ({ ...f, ...c }))), [{}]);

  const planOf = (sql: string, params: Record<string, unknown>) =>
    (host.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ ...params, limit: 51 }) as { detail: string }[]).map((r) => r.detail).join(' | ');

  it(`reads every one of the ${combinations.length} combinations, first page, later page and count, through an index and never scans cases or persons`, () => {
    expect(combinations.length).toBe(2 * 2 * 2 * 3 * 4 * 2 * 3);
    for (const f of combinations) {
      const t = archiveTerms(f);
      // An office text many records share is read in date order instead: both ways are planned.
      const drivers = [archiveDriver(t), ...(t.officeText ? [archiveDriver(t, true)] : [])];
      const queries = drivers.flatMap((d) => [archivePageSql(t, null, d), archivePageSql(t, { registeredOn: '2020-06-01', id: 99 }, d), archiveCountSql(t, d)]);
      for (const { sql, params } of queries) {
        const plan = planOf(sql, params);
        expect(plan, JSON.stringify(f)).toMatch(/SEARCH c USING (INTEGER PRIMARY KEY|(COVERING )?INDEX \w+)/);
        // The only scans allowed: the list of typed keys (json_each) and the count's own subquery.
        expect(plan.replace(/SCAN (json_each VIRTUAL TABLE INDEX \d+:|\(subquery-\d+\))/g, ''), JSON.stringify(f)).not.toMatch(/\bSCAN\b/);
      }
    }
  });

  it('drives each kind of search by the index made for it', () => {
    const driver = (f: ArchiveFilters) => planOf(archivePageSql(archiveTerms(f), null).sql, archivePageSql(archiveTerms(f), null).params);
    expect(driver({ name: '张三', kind: 'marriage' })).toContain('persons_name_key');
    expect(driver({ idNumber: '110105490101123', office: '110101001' })).toContain('persons_id_number');
    expect(driver({ certificateNumber: 'J110101-2026-000001', from: '2026-01-01' })).toContain('sqlite_autoindex_cases_2');
    expect(driver({ office: '北京市朝阳', source: 'back_entry' })).toContain('back_entries_office_text');
    const common = archiveTerms({ office: '北京市东城', kind: 'marriage' });
    expect(planOf(archivePageSql(common, null, archiveDriver(common, true)).sql, archivePageSql(common, null, archiveDriver(common, true)).params)).toContain('cases_unaccepted_kind_registered');
    expect(driver({ source: 'back_entry', kind: 'marriage' })).toContain('cases_unaccepted_kind_registered');
    expect(driver({ source: 'back_entry' })).toContain('cases_unaccepted_registered');
    expect(driver({ office: '110101001', kind: 'divorce' })).toContain('cases_office_registered');
    expect(driver({ kind: 'divorce', from: '2020-01-01' })).toContain('cases_kind_registered');
    expect(driver({ from: '2020-01-01', to: '2020-12-31' })).toContain('cases_registered');
  });
});

describe('finding registrations', () => {
  it('finds a minority name however the middle dot and the widths were typed, with the ID numbers masked', async () => {
    for (const typed of ['阿依古丽·买买提', '阿依古丽 • 买买提', '阿依古丽.买买提', '阿依古丽・买买提']) {
      const res = await search(clerk, { name: typed });
      expect(res.status, typed).toBe(200);
      expect(res.json.hits.map((h: { registeredOn: string }) => h.registeredOn), typed).toEqual(['2026-03-08']);
    }
    const hit = (await search(clerk, { name: '阿依古丽·买买提' })).json.hits[0];
    expect(hit.parties).toEqual([
      { name: '艾尔肯·吐尔逊', idNumberMasked: `${husbandOfMinority.idNumber.slice(0, 6)}********${husbandOfMinority.idNumber.slice(-4)}` },
      { name: '阿依古丽·买买提', idNumberMasked: `${minority.idNumber.slice(0, 6)}********${minority.idNumber.slice(-4)}` },
    ]);
    expect(hit).toMatchObject({ kind: 'marriage', statusLabel: '已登记', backEntry: false, officeText: null });
  });

  it('finds a person by the 15-digit number of a paper record and by the 18-digit one of the window, either way', async () => {
    for (const typed of [widower15, widower.idNumber, widower.idNumber.toLowerCase()]) {
      const res = await search(clerk, { idNumber: typed });
      expect(res.json.hits.map((h: { registeredOn: string; backEntry: boolean }) => [h.registeredOn, h.backEntry]), typed).toEqual([
        ['2026-06-06', false],
        ['1996-05-20', true],
      ]);
    }
  });

  it('finds a paper-era certificate number with or without its spaces, and a modern one typed in full width', async () => {
    for (const typed of ['京朝结字第 1234 号', '京朝结字第1234号']) {
      const hits = (await search(clerk, { certificateNumber: typed })).json.hits;
      expect(hits.map((h: { certificateNumber: string }) => h.certificateNumber), typed).toEqual(['京朝结字第 1234 号']);
      expect(hits[0]).toMatchObject({ backEntry: true, officeText: '北京市朝阳区民政局', registeredOn: '1996-05-20' });
    }
    const modern = (await search(clerk, { certificateNumber: 'Ｊ110101-2026-000001' })).json.hits;
    expect(modern).toHaveLength(1);
    expect(modern[0].certificateNumber).toBe('J110101-2026-000001');
  });

  it("finds by the office's code, or by the start of the office a paper record names", async () => {
    expect((await search(clerk, { office: '110105001' })).json.hits.map((h: { certificateNumber: string }) => h.certificateNumber)).toEqual(['(88)东结字第 56 号']);
    const chaoyang = (await search(clerk, { office: '北京市朝阳' })).json.hits;
    expect(chaoyang.map((h: { certificateNumber: string }) => h.certificateNumber)).toEqual(['京朝离字第 77 号', '京朝结字第 1234 号']);
    expect((await search(clerk, { office: '北京市海淀' })).json).toMatchObject({ hits: [], total: 0, next: null });
  });

  it('keeps both ends of a date range, and filters by kind and by source', async () => {
    // 2026-11-20 minus 5 × 4 = 2026-10-31 and minus 5 × 7 = 2026-10-16: the first and last registrations inside.
    const inRange = (await allPages({ from: '2026-10-16', to: '2026-10-31' })).ids;
    expect(inRange).toEqual(newestFirst(entered.filter((e) => e.registeredOn >= '2026-10-16' && e.registeredOn <= '2026-10-31')));
    expect(inRange).toHaveLength(4);
    expect((await allPages({ kind: 'divorce' })).ids).toEqual(newestFirst(entered.filter((e) => e.kind === 'divorce')));
    expect((await allPages({ source: 'back_entry' })).ids).toEqual(newestFirst(entered.filter((e) => e.backEntry)));
    expect((await allPages({ source: 'back_entry', kind: 'marriage', to: '1999-12-31' })).ids).toEqual(
      newestFirst(entered.filter((e) => e.backEntry && e.kind === 'marriage')),
    );
    const hits = (await search(clerk, { source: 'back_entry' })).json.hits;
    expect(hits.every((h: { backEntry: boolean }) => h.backEntry)).toBe(true);
  });

  it('pages newest first with a cursor: every registration once, in order, the count on the first page only', async () => {
    const { ids, pages, firstTotal } = await allPages({ source: 'window', limit: 50 });
    const expected = newestFirst(entered.filter((e) => !e.backEntry));
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 50));
    expect(firstTotal).toBe(expected.length);
    const all = await allPages({ limit: 7 });
    expect(all.ids).toEqual(newestFirst(entered));
    expect(new Set(all.ids).size).toBe(entered.length);
  });

  it('is open to registrars, managers and admins, and to nobody signed out', async () => {
    for (const token of [clerk, manager, admin]) expect((await search(token, { name: '张1' })).status).toBe(200);
    expect((await search('', { name: '张1' })).status).toBe(401);
  });

  it('names the field of a bad filter and finds nothing', async () => {
    const backwards = await search(clerk, { from: '2026-02-01', to: '2026-01-31' });
    expect(backwards.status).toBe(422);
    expect(backwards.json.violations).toEqual([expect.objectContaining({ field: 'to', message: expect.stringContaining('截止日期不能早于起始日期') })]);
    const bad = await search(clerk, { cursor: "2026-01-01_1' OR 1=1" });
    expect(bad.status).toBe(422);
    expect(bad.json.violations[0].field).toBe('cursor');
    expect((await search(clerk, { from: '2026-02-30' })).json.violations[0].field).toBe('from');
    expect((await search(clerk, { kind: 'birth' })).json.violations[0].field).toBe('kind');
  });

  it('says 1000+ rather than counting a million', async () => {
    const db = host.db;
    db.transaction(() => {
      for (let i = 0; i < 1001; i++) {
        backEnter(db, paperRecord('marriage', addDays('1990-01-01', i), `京东结字第 ${i} 号`, '北京市东城区民政局', [paperParty(`孙${i}`, 'male', '1960-01-01', null), paperParty(`周${i}`, 'female', '1962-01-01', null)]), '2026-11-03T02:00:00.000Z');
      }
    })();
    const first = await search(clerk, { office: '北京市东城区' });
    expect(first.json).toMatchObject({ total: 1000, totalCapped: true });
    expect(first.json.hits).toHaveLength(50);
    const few = await search(clerk, { office: '北京市朝阳区' });
    expect(few.json).toMatchObject({ total: 2, totalCapped: false });
  });

  it('lists an office many records share the same whether it gathers them or reads them in date order', () => {
    const t = archiveTerms({ office: '北京市东城', to: '1991-06-30' });
    const ids = (driver: ReturnType<typeof archiveDriver>) => {
      const { sql, params } = archivePageSql(t, { registeredOn: '1991-01-01', id: 1e9 }, driver);
      return (host.db.prepare(sql).all({ ...params, limit: 100 }) as { id: number }[]).map((r) => r.id);
    };
    expect(ids('officeText')).toHaveLength(100);
    expect(ids('backEntry')).toEqual(ids('officeText'));
  });
});
