import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divorcePeriods } from '../../main/domain/divorce';
import { openDatabase } from '../../main/store/db';
import { startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { party } from '../helpers/people';
import {
  acceptDivorceOn, adoptOn, backEnter, calendar, marryOn, paperParty, paperRecord, registerDivorceOn, reissueOn, withdrawDivorceOn,
} from '../helpers/registry-seed';
import { launchChromium, menuLabels, openPage, screenshot, signIn, type WatchedPage } from './browser';
import { today } from './seed';

describe('登记统计: a manager reads a year of the registry and exports it for the county bureau', () => {
  // Last year, whatever day the test runs: every date is in the past and the year is complete.
  const y = Number(today().slice(0, 4)) - 1;
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    await setUpOffice(host.url);
    // Written into the running host's database by the store's own functions (WAL: safe beside the host).
    const db = openDatabase(path.join(host.dataDir, 'hall.sqlite'));
    try {
      const first = marryOn(db, party('张一', 'male', '1990-01-01'), party('李一', 'female', '1992-01-01'), `${y}-01-31`);
      marryOn(db, party('张二', 'male', '1991-01-01'), party('李二', 'female', '1993-01-01'), `${y}-02-01`);
      marryOn(db, party('张三', 'male', '1994-01-01'), party('李三', 'female', '1995-01-01'), `${y}-05-20`);
      const john = { ...party('JOHN SMITH', 'male', '1988-08-08'), idType: 'passport' as const, idNumber: 'E12345678', nationality: 'USA' };
      marryOn(db, john, party('李四', 'female', '1990-10-10'), `${y}-05-20`);
      // A couple married the year before divorces; another withdraws in cooling-off.
      const [h1, w1] = [party('王一', 'male', '1980-01-01'), party('赵一', 'female', '1982-01-01')];
      const divorce = acceptDivorceOn(db, marryOn(db, h1, w1, `${y - 1}-03-03`), h1, w1, `${y}-03-02`);
      registerDivorceOn(db, divorce.id, divorcePeriods(`${y}-03-02`, calendar).collectionStarts);
      const [h2, w2] = [party('王二', 'male', '1981-01-01'), party('赵二', 'female', '1983-01-01')];
      withdrawDivorceOn(db, acceptDivorceOn(db, marryOn(db, h2, w2, `${y - 1}-04-04`), h2, w2, `${y}-06-01`).id, `${y}-06-10`);
      reissueOn(db, first, party('张一', 'male', '1990-01-01'), `${y}-07-07`);
      adoptOn(db, `${y}-08-08`, '安');
      const paper = (n: number, on: string) => paperRecord('marriage', on, `京东结字第 ${n} 号`, '北京市东城区民政局', [paperParty(`孙${n}`, 'male', null, null), paperParty(`周${n}`, 'female', null, null)]);
      for (const [n, on] of [[1, '1985-05-05'], [2, '1996-06-06'], [3, '1998-08-08']] as const) backEnter(db, paper(n, on), `${y}-09-10T02:00:0${n}.000Z`);
    } finally {
      db.close();
    }
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it("shows last year's figures by month, with charts, each table with its Chinese headings", async () => {
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    await page.getByRole('menuitem', { name: '登记统计' }).click();
    await expect.poll(() => page.url()).toContain('#/registry');
    await page.getByLabel('起始日期').fill(`${y}0101`);
    await page.getByLabel('截止日期').fill(`${y}1231`);
    await page.getByText('按月', { exact: true }).click();
    const summary = page.getByTestId('registry-summary');
    await expect.poll(() => summary.innerText()).toMatch(/结婚登记（对）\s+4\s+其中涉外等（对）\s+1\s+离婚登记（对）\s+1\s+受理离婚申请\s+2\s+补领证书\s+1\s+收养登记\s+1/);

    const marriages = page.getByTestId('registry-marriage');
    expect(await marriages.innerText()).toContain('涉外及港澳台、华侨（对）');
    // May: two couples, one of them foreign-related; four first marriages.
    expect(await marriages.getByRole('row', { name: new RegExp(`${y}年5月`) }).innerText()).toMatch(new RegExp(`${y}年5月\\s+2\\s+1\\s+1\\s+4\\s+0`));
    expect(await marriages.getByRole('row', { name: /合计/ }).innerText()).toMatch(/合计\s+4\s+3\s+1\s+8\s+0/);

    await page.getByRole('tab', { name: '离婚登记' }).click();
    const divorces = page.getByTestId('registry-divorce');
    await expect.poll(() => divorces.getByRole('row', { name: /合计/ }).innerText()).toMatch(/合计\s+1\s+2\s+1\s+0\s+0/);
    await page.getByRole('tab', { name: '历史补录进度' }).click();
    await expect.poll(() => page.getByTestId('registry-backentry').getByRole('row', { name: new RegExp(`${y}年9月`) }).innerText()).toMatch(/\s3$/);
    await page.getByRole('tab', { name: '补录按登记年代' }).click();
    const decades = page.getByTestId('registry-decades');
    await expect.poll(() => decades.innerText()).toMatch(/1980年代\s+1\s+0\s+0\s+1[\s\S]*1990年代\s+2\s+0\s+0\s+2[\s\S]*累计补录\s+3/);

    // echarts drew into its divs.
    for (const chart of ['chart-registrations', 'chart-ages', 'chart-decades']) await expect.poll(() => page.getByTestId(chart).locator('canvas').count()).toBe(1);
    await page.getByRole('tab', { name: '结婚登记' }).click();
    await screenshot(page, 'registry-stats');
  });

  it('exports an Excel file with one sheet per table, Chinese headings and the same figures', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`登记统计_${y}-01-01_${y}-12-31.xlsx`);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hall-registry-')), 'registry.xlsx');
    await file.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '结婚登记', '离婚登记', '补领撤销收养', '历史补录进度', '补录按登记年代']);
    const marriages = book.getWorksheet('结婚登记')!;
    expect(marriages.getRow(1).values).toEqual([undefined, '月份', '结婚登记（对）', '内地居民（对）', '涉外及港澳台、华侨（对）', '初婚（人）', '再婚（人）', '男方平均年龄（岁）', '女方平均年龄（岁）']);
    // Twelve months, then the total.
    expect(marriages.rowCount).toBe(14);
    expect((marriages.getRow(14).values as unknown[]).slice(1, 7)).toEqual(['合计', 4, 3, 1, 8, 0]);
    expect(book.getWorksheet('说明')!.getRow(2).values).toEqual([undefined, '登记机关', '东城区民政局婚姻登记处']);
    expect(watched.problems).toEqual([]);
  });

  it('is on the admin’s menu too, and not on the registrar’s', async () => {
    const admin = await openPage(browser);
    await signIn(admin.page, host.url, 'admin', 'admin-test-pass');
    expect(await menuLabels(admin.page)).toContain('登记统计');
    const clerk = await openPage(browser);
    await signIn(clerk.page, host.url, 'clerk', 'clerk-pass-1');
    const labels = await menuLabels(clerk.page);
    expect(labels).toContain('档案查询');
    expect(labels).not.toContain('登记统计');
  });
});
