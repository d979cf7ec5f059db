import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { setUpWindows } from '../helpers/queue';
import { launchChromium, menuLabels, openPage, screenshot, signIn, type WatchedPage } from './browser';

describe('the manager keeps the blank certificates', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let manager: string;
  let month: string;

  beforeAll(async () => {
    host = await startHost();
    ({ manager } = await setUpOffice(host.url, host.adminPassword));
    await setUpWindows(host.url, manager);
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('receives a batch of 结婚证 J0000001–J0000100 into the store', async () => {
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    expect(await menuLabels(page)).toContain('空白证书');
    await page.getByRole('menuitem', { name: '空白证书' }).click();
    await expect.poll(() => page.url()).toContain('#/stock');
    await expect.poll(() => page.getByTestId('stock-totals').innerText()).toContain('尚无空白证书入库记录');

    await page.getByRole('button', { name: '入库' }).click();
    const dialog = page.getByRole('dialog', { name: '空白证书入库' });
    await dialog.getByLabel('印制号前缀（0 至 4 个大写字母，无则留空）').fill('J');
    await dialog.getByLabel('起号').fill('1');
    await dialog.getByLabel('止号').fill('100');
    await expect.poll(() => dialog.getByTestId('batch-preview').innerText()).toBe('印制号 J0000001 至 J0000100，共 100 本');
    await screenshot(page, 'stock-receive', { fullPage: false });
    // Enter in a field submits the dialog, as at the counter.
    await dialog.getByLabel('备注（来文、运单号等）').fill('省厅 2026 年第 4 批');
    await dialog.getByLabel('备注（来文、运单号等）').press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('stock-totals').innerText()).toMatch(/结婚证：入库 100 = 已打印 0 \+ 作废\/损坏\/遗失 0 \+ 结存 100\s*相符/);
  });

  it('refuses an overlapping batch next to the field, and writes nothing', async () => {
    await page.getByRole('button', { name: '入库' }).click();
    const dialog = page.getByRole('dialog', { name: '空白证书入库' });
    await dialog.getByLabel('印制号前缀（0 至 4 个大写字母，无则留空）').fill('J');
    await dialog.getByLabel('起号').fill('90');
    await dialog.getByLabel('止号').fill('120');
    await dialog.getByRole('button', { name: '入库' }).click();
    await expect.poll(() => dialog.locator('#from_help').innerText()).toContain('该号段与已入库的同类、同前缀批次重叠');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await api(host.url, manager, 'GET', '/api/stock')).json.batches).toHaveLength(1);
  });

  it('hands J0000001–J0000050 to window 1, offered from the store\'s lowest blank', async () => {
    await page.getByRole('button', { name: '发放到窗口' }).click();
    const dialog = page.getByRole('dialog', { name: '向窗口发放空白证书' });
    await expect.poll(() => dialog.getByLabel('起号').inputValue()).toBe('1');
    expect(await dialog.getByLabel('止号').inputValue()).toBe('50');
    await dialog.getByLabel('窗口').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '1 号窗口 一号窗口' }).click();
    await screenshot(page, 'stock-assign', { fullPage: false });
    await dialog.getByRole('button', { name: '发放' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const balances = page.getByTestId('stock-balances');
    await expect.poll(() => balances.getByRole('row', { name: /库存/ }).innerText()).toMatch(/结婚证\s+库存\s+100\s+0\s+50\s+0\s+0\s+50\s+相符/);
    expect(await balances.getByRole('row', { name: /1 号窗口/ }).innerText()).toMatch(/结婚证\s+1 号窗口\s+0\s+50\s+0\s+0\s+0\s+50\s+相符/);
  });

  it('records a blank lost in the store; the books still balance', async () => {
    await page.getByRole('button', { name: '登记损坏/遗失' }).click();
    const dialog = page.getByRole('dialog', { name: '登记损坏或遗失的空白证书' });
    await dialog.getByLabel('印制号（如 J0012345）').fill('J0000100');
    await dialog.getByText('遗失', { exact: true }).click();
    await dialog.getByLabel('情况说明').fill('月末清点时缺少一本');
    await dialog.getByRole('button', { name: '登记' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('stock-totals').innerText()).toMatch(/入库 100 = 已打印 0 \+ 作废\/损坏\/遗失 1 \+ 结存 99\s*相符/);
    await screenshot(page, 'stock-balances');

    await page.getByRole('tab', { name: '窗口领用' }).click();
    await expect.poll(() => page.getByTestId('stock-ranges').innerText()).toMatch(/1 号窗口\s+结婚证\s+J0000001–J0000050\s+50\s+0\s+50/);
  });

  it('reads this month\'s reconciliation per holder with the lost blank listed, and exports it to Excel', async () => {
    await page.getByRole('tab', { name: '月度核对' }).click();
    month = await page.getByLabel('核对月份').inputValue();
    const rows = page.getByTestId('report-rows');
    // 月初结存, 入库, 领入, 交出, 已打印, 作废, 损坏, 遗失, 月末结存, 核对
    await expect.poll(() => rows.getByRole('row', { name: /库存/ }).innerText()).toMatch(/结婚证\s+库存\s+0\s+100\s+0\s+50\s+0\s+0\s+0\s+1\s+49\s+相符/);
    expect(await rows.getByRole('row', { name: /1 号窗口/ }).innerText()).toMatch(/结婚证\s+1 号窗口\s+0\s+0\s+50\s+0\s+0\s+0\s+0\s+0\s+50\s+相符/);
    expect(await page.getByTestId('report-totals').innerText()).toMatch(/结婚证\s+合计\s+0\s+100\s+50\s+50\s+0\s+0\s+0\s+1\s+99\s+相符/);
    expect(await page.getByTestId('report-uses').innerText()).toMatch(/J0000100\s+结婚证\s+库存\s+遗失/);
    await screenshot(page, 'stock-report');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe(`空白证书月度核对_${month.slice(0, 4)}年${Number(month.slice(5))}月.xlsx`);
    const file = await download.path();
    // An .xlsx is a zip archive.
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: '上月' }).click();
    await expect.poll(() => page.getByTestId('report-rows').innerText()).toContain('本月没有空白证书');
    expect(watched.problems).toEqual([]);
  });
});
