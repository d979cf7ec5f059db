import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { downgradeId18 } from '../../main/domain/identity-15';
import { openDatabase } from '../../main/store/db';
import { startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { party } from '../helpers/people';
import { backEnter, marryOn, paperParty, paperRecord } from '../helpers/registry-seed';
import { launchChromium, menuLabels, openPage, signIn, type WatchedPage } from './browser';
import { deskShot } from './desk';

describe('档案查询: a registrar searches the archive, window registrations and paper-era records alike', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  const man = party('王建国', 'male', '1960-04-12');
  const man15 = downgradeId18(man.idNumber)!;

  beforeAll(async () => {
    host = await startHost();
    await setUpOffice(host.url);
    // Written into the running host's database by the store's own functions (WAL: safe beside the host).
    const db = openDatabase(path.join(host.dataDir, 'hall.sqlite'));
    try {
      marryOn(db, man, party('刘淑芬', 'female', '1965-09-09'), '2025-06-06');
      backEnter(db, paperRecord('marriage', '1986-05-20', '京朝结字第 1234 号', '北京市朝阳区民政局', [paperParty('王建国', 'male', '1960-04-12', man15), paperParty('陈桂兰', 'female', '1962-01-01', null)]), '2026-01-05T02:00:00.000Z');
      backEnter(db, paperRecord('divorce', '1994-03-03', '京朝离字第 88 号', '北京市朝阳区民政局', [paperParty('王建国', 'male', '1960-04-12', man15), paperParty('陈桂兰', 'female', '1962-01-01', null)]), '2026-01-05T02:00:01.000Z');
      // 60 paper records of one office: more than a page.
      for (let i = 0; i < 60; i++) {
        const record = paperRecord('marriage', addDays('1990-01-01', i * 30), `京东结字第 ${i + 1} 号`, '北京市东城区民政局', [paperParty(`孙${i}`, 'male', '1965-01-01', null), paperParty(`周${i}`, 'female', '1967-01-01', null)]);
        backEnter(db, record, '2026-02-01T02:00:00.000Z');
      }
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

  it('finds a man by the 15-digit number on his paper records and by his card at the window, the paper ones tagged 补录', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    expect(await menuLabels(page)).toContain('档案查询');
    await page.getByRole('menuitem', { name: '档案查询' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash.startsWith('#/archive') && document.activeElement?.tagName === 'INPUT')).toBe(true);
    // The focus starts in 姓名; Tab to 证件号码, type the old number, Enter searches.
    await page.keyboard.press('Tab');
    await page.keyboard.type(man15);
    await page.keyboard.press('Enter');
    const results = page.getByTestId('archive-results');
    await expect.poll(() => page.getByTestId('archive-total').innerText()).toContain('共 3 件');
    const rows = results.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).innerText()).toMatch(/2025年6月6日[\s\S]*结婚登记[\s\S]*王建国/);
    expect(await rows.nth(1).innerText()).toMatch(/1994年3月3日[\s\S]*离婚登记[\s\S]*京朝离字第 88 号[\s\S]*补录[\s\S]*北京市朝阳区民政局/);
    expect(await rows.nth(2).innerText()).toMatch(/1986年5月20日[\s\S]*京朝结字第 1234 号[\s\S]*补录/);
    expect(await rows.nth(0).innerText()).not.toContain('补录');
    // Masked everywhere in the list: the first six and the last four only.
    expect(await results.innerText()).toContain(`${man.idNumber.slice(0, 6)}********${man.idNumber.slice(-4)}`);
    expect(await results.innerText()).not.toContain(man.idNumber);
    await deskShot(page, 'archive-search');
  });

  it('opens a record from the keyboard: Enter on a focused row', async () => {
    await page.getByTestId('archive-results').locator('tbody tr').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/cases\/\d+$/);
    await expect.poll(() => page.getByText('京朝结字第 1234 号').first().isVisible()).toBe(true);
    // Back to the search: the same filters and page.
    await page.goBack();
    await expect.poll(() => page.getByTestId('archive-total').innerText()).toContain('共 3 件');
  });

  it('pages through one office of paper records, 50 at a time, newest first', async () => {
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByLabel('登记机关').fill('北京市东城');
    await page.locator('label').filter({ hasText: '历史补录' }).click();
    await page.getByLabel('登记机关').press('Enter');
    await expect.poll(() => page.getByTestId('archive-total').innerText()).toContain('共 60 件');
    await expect.poll(() => page.getByTestId('archive-page').innerText()).toBe('第 1 页（第 1–50 件）');
    const rows = page.getByTestId('archive-results').locator('tbody tr');
    expect(await rows.first().innerText()).toContain('京东结字第 60 号');
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => page.getByTestId('archive-page').innerText()).toBe('第 2 页（第 51–60 件）');
    // The count of the first page stays while paging.
    expect(await page.getByTestId('archive-total').innerText()).toContain('共 60 件');
    await expect.poll(() => rows.count()).toBe(10);
    expect(await rows.last().innerText()).toContain('京东结字第 1 号');
    expect(await page.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '上一页' }).click();
    await expect.poll(() => page.getByTestId('archive-page').innerText()).toBe('第 1 页（第 1–50 件）');
    await deskShot(page, 'archive-search-paging');
  });

  it('says at the date field when the range runs backwards', async () => {
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByLabel('登记日期自').fill('20000101');
    await page.getByLabel('登记日期至').fill('19990101');
    await page.getByLabel('登记日期至').press('Enter');
    await expect.poll(() => page.getByText('截止日期不能早于起始日期').isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
  });
});
