import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHall, startHost, tempDataDir } from '../helpers/host';
import { registerCsv } from '../helpers/imports';
import { residentId } from '../helpers/people';

/*
 * `hall import --dry-run`: every row checked, a count per code and an Excel error report with the
 * row, column, code, severity and Chinese message of each problem, and nothing written to the
 * database, not even a job. Then the real import of the same sheet, with its scanned pages.
 */

const dir = tempDataDir('hall-import-dry-');
const dataDir = path.join(dir, 'data');
const env = { HALL_DATA_DIR: dataDir, HALL_OFFICE_CODE: '110105001' };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const OFFICE = '北京市朝阳区民政局';
const couple = (tag: string, born = ['1960-01-01', '1962-01-01']) => ({
  登记机关: OFFICE, 男方姓名: `张${tag}`, 男方性别: '男', 男方身份证号: residentId(born[0]!, 'male'), 女方姓名: `李${tag}`, 女方性别: '女', 女方身份证号: residentId(born[1]!, 'female'),
});
const marriage = (n: number, tag: string) => ({ ...couple(tag), 登记类别: '结婚', 登记日期: '1990-05-01', 证书编号: `(90)朝民结字第${n}号` });

// Imported first, so the sheet below meets it in the database.
const EARLIER = marriage(100, '旧');
const GOOD = { ...marriage(1, '甲'), 扫描件: '0001.jpg' };
const SHEET_ROWS = [
  GOOD, // row 2
  { ...marriage(2, '乙'), 男方身份证号: '110105196001010000' }, // row 3: a wrong check character
  { ...marriage(3, '丙'), 登记日期: '1997-02-29' }, // row 4: no such day
  { ...marriage(1, '丁') }, // row 5: row 2's certificate number again
  EARLIER, // row 6: already in the database
  { ...couple('戊', ['1970-01-01', '1962-01-01']), 登记类别: '结婚', 登记日期: '1988-05-01', 证书编号: '(88)朝民结字第5号' }, // row 7: he was 18
  { ...marriage(6, '己'), 扫描件: '0006.jpg' }, // row 8: its page is not in the folder
];
const EXPECTED_REPORT = [
  [3, '男方身份证号', '男方证件号码', 'IMP_ID_INVALID', '错误（不导入）'],
  [4, '登记日期', '登记日期', 'IMP_DATE_INVALID', '错误（不导入）'],
  [5, '证书编号', '证书编号', 'IMP_DUPLICATE_IN_FILE', '错误（不导入）'],
  [6, '证书编号', '证书编号', 'IMP_DUPLICATE_IN_DB', '警告（仍导入）'],
  [7, '男方出生日期', '男方出生日期', 'IMP_UNDER_AGE_THEN', '警告（仍导入）'],
  [8, '扫描件', '扫描件文件名', 'IMP_SCAN_MISSING', '警告（仍导入）'],
];

const sheetPath = path.join(dir, '朝阳登记簿.csv');
const scanBytes = Buffer.from('a scanned page, as a stand-in for its JPEG');

function databaseHash(): string {
  return createHash('sha256').update(fs.readFileSync(path.join(dataDir, 'hall.sqlite'))).digest('hex');
}

/** What the write-ahead log holds: nothing, whether a read-only reader left it behind (empty) or not. */
function walBytes(): number {
  return fs.statSync(path.join(dataDir, 'hall.sqlite-wal'), { throwIfNoEntry: false })?.size ?? 0;
}

function counts(): Record<string, number> {
  const db = new Database(path.join(dataDir, 'hall.sqlite'), { readonly: true });
  try {
    return Object.fromEntries(['cases', 'persons', 'back_entries', 'import_jobs', 'outbox', 'audit', 'archive_items'].map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  } finally {
    db.close();
  }
}

async function reportRows(file: string, sheet: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  const earlier = path.join(dir, '旧登记簿.csv');
  fs.writeFileSync(earlier, registerCsv([EARLIER]));
  const first = await runHall(['import', earlier], env);
  if (first.code !== 0) throw new Error(first.out);
  fs.writeFileSync(sheetPath, registerCsv(SHEET_ROWS));
  // The scans folder is named like the sheet, beside it.
  fs.mkdirSync(path.join(dir, '朝阳登记簿'));
  fs.writeFileSync(path.join(dir, '朝阳登记簿', '0001.jpg'), scanBytes);
});

describe('hall import --dry-run', () => {
  it('checks every row, writes nothing to the database, and exits 1 because rows would be refused', async () => {
    const hash = databaseHash();
    expect(walBytes()).toBe(0);
    const before = counts();
    const run = await runHall(['import', sheetPath, '--dry-run'], env);
    expect(run.code, run.out).toBe(1);
    expect(run.out).toMatch(/数据 7 行，可导入 3 行（其中带警告 2 行），数据库中已有 1 行（将跳过），有错误 3 行（不导入）/);
    expect(run.out).toMatch(/IMP_DUPLICATE_IN_FILE\s+1/);
    expect(databaseHash()).toBe(hash);
    expect(walBytes()).toBe(0);
    expect(counts()).toEqual(before);
    expect(before.import_jobs).toBe(1);
  });

  it('writes an Excel report beside the sheet: row, column, field, code, severity and the Chinese message of each problem', async () => {
    const rows = await reportRows(path.join(dir, '朝阳登记簿.错误报告.xlsx'), '问题清单');
    expect(rows[0]).toEqual(['行号', '列', '字段', '代码', '级别', '说明']);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual(EXPECTED_REPORT);
    expect(rows[3]![5]).toBe('与文件中的另一行重复：与第 2 行的登记类别和证书编号相同');
    expect(rows[5]![5]).toMatch(/^登记时当事人未达当时法律规定的婚龄，请核对原始档案：登记日 1988-05-01 年满 18 周岁/);
    const totals = await reportRows(path.join(dir, '朝阳登记簿.错误报告.xlsx'), '汇总');
    expect(totals).toContainEqual(['有错误（不导入）', 3]);
    expect(totals).toContainEqual(['IMP_SCAN_MISSING', '扫描件文件不存在，记录仍导入，但没有扫描件', 1]);
  });

  it('writes the report where --report says, and exits 0 for a sheet with nothing to refuse', async () => {
    const clean = path.join(dir, '干净.csv');
    fs.writeFileSync(clean, registerCsv([marriage(50, '庚'), EARLIER]));
    const out = path.join(dir, 'reports', 'r.xlsx');
    fs.mkdirSync(path.dirname(out));
    const run = await runHall(['import', clean, '--dry-run', '--report', out], env);
    expect(run.code, run.out).toBe(0);
    expect((await reportRows(out, '问题清单')).map((r) => r[3])).toEqual(['代码', 'IMP_DUPLICATE_IN_DB']);
  });

  it('says what is wrong with a mapping that does not fit, and exits 2', async () => {
    const mapping = path.join(dir, 'mapping.json');
    fs.writeFileSync(mapping, JSON.stringify({ columns: { 登记日期: 'registrationDate', 字号: 'certificateNumber' } }));
    const run = await runHall(['import', sheetPath, '--dry-run', '--mapping', mapping], env);
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/文件中没有「字号」列/);
    expect(run.out).toMatch(/必填项「登记类别」没有对应的列，也没有默认值/);
    expect((await runHall(['import', sheetPath, '--mapping', '没有这个'], env)).out).toMatch(/没有名为「没有这个」的列对应关系/);
    expect((await runHall(['import'], env)).code).toBe(2);
  });
});

describe('hall import', () => {
  it('refuses to write beside a running host, and sends the manager to its screen; a dry run may still read', async () => {
    const host = await startHost({ dataDir, env: { HALL_OFFICE_CODE: '110105001' } });
    try {
      const run = await runHall(['import', sheetPath], env);
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/主机进程（pid \d+）正在使用 .*请在主机的「历史档案导入」界面导入/);
      expect((await runHall(['import', sheetPath, '--dry-run'], env)).code).toBe(1);
    } finally {
      await host.stop();
    }
    expect(counts().import_jobs).toBe(1);
  });

  it('imports the rows without errors, files the scanned page with its SHA-256, and skips what is already there', async () => {
    const run = await runHall(['import', sheetPath], env);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/新增 3 条（其中带警告 2 条），数据库中已有而跳过 1 行，有错误未导入 3 行/);
    const db = new Database(path.join(dataDir, 'hall.sqlite'), { readonly: true });
    try {
      const scan = db
        .prepare("SELECT a.kind, a.file_name AS fileName, a.sha256, b.source_row AS row FROM archive_items a JOIN back_entries b ON b.case_id = a.case_id")
        .all();
      expect(scan).toEqual([{ kind: 'scan', fileName: '0001.jpg', sha256: createHash('sha256').update(scanBytes).digest('hex'), row: 2 }]);
      const flagged = db.prepare('SELECT source_row AS row, warnings FROM back_entries WHERE warnings <> \'[]\' ORDER BY source_row').all();
      expect(flagged).toEqual([{ row: 7, warnings: '["IMP_UNDER_AGE_THEN"]' }, { row: 8, warnings: '["IMP_SCAN_MISSING"]' }]);
    } finally {
      db.close();
    }
  });
});
