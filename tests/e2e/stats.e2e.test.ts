import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { person, setUpWindows } from '../helpers/queue';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';

/** A couple's marriage ticket, both documents checked by staff at reception. */
async function issueMarriage(url: string, token: string, tag: string): Promise<string> {
  const res = await api(url, token, 'POST', '/api/queue/tickets', {
    service: 'marriage',
    persons: [person(residentId('1990-03-01', 'male'), `张${tag}`), person(residentId('1992-05-01', 'female'), `李${tag}`)],
  });
  if (res.status !== 200) throw new Error(JSON.stringify(res.json));
  return res.json.number as string;
}

/** Calls the next ticket at the window, starts and finishes it. */
async function serveNext(url: string, token: string, windowId: number): Promise<string> {
  const called = await api(url, token, 'POST', `/api/queue/windows/${windowId}/call-next`);
  if (called.status !== 200) throw new Error(JSON.stringify(called.json));
  const id = called.json.ticket.id as number;
  for (const action of ['start', 'finish']) {
    const res = await api(url, token, 'POST', `/api/queue/tickets/${id}/actions`, { action, windowId });
    if (res.status !== 200) throw new Error(JSON.stringify(res.json));
  }
  return called.json.ticket.number as string;
}

describe('a manager reads the hall statistics', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    const { clerk, manager } = await setUpOffice(host.url, host.adminPassword);
    const { w1 } = await setUpWindows(host.url, manager);
    expect((await api(host.url, clerk, 'POST', `/api/queue/windows/${w1}/open`)).status).toBe(200);
    for (const tag of ['一', '二', '三']) await issueMarriage(host.url, clerk, tag);
    const first = await serveNext(host.url, clerk, w1);
    const second = await serveNext(host.url, clerk, w1);
    expect((await api(host.url, manager, 'POST', '/api/queue/ratings', { number: first, rating: 'satisfied' })).status).toBe(200);
    expect((await api(host.url, manager, 'POST', '/api/queue/ratings', { number: second, rating: 'dissatisfied', reason: '等候时间太长' })).status).toBe(200);
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it("shows today's tickets, service times and ratings, per service and per window", async () => {
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await expect.poll(() => page.url()).toContain('#/stats');
    const summary = page.getByTestId('stats-summary');
    await expect.poll(() => summary.innerText()).toMatch(/取号\s+3\s+办结\s+2\s+过号\s+0\s+平均等候（分钟）\s+\d+\.\d/);
    expect(await summary.innerText()).toMatch(/预约使用率\s+0\.0%/);

    const byService = page.getByTestId('stats-service');
    // 3 tickets, 2 served, none absent; times in minutes with one decimal.
    await expect.poll(() => byService.getByRole('row', { name: /结婚登记/ }).innerText()).toMatch(/结婚登记\s+3\s+2\s+0\s+\d+\.\d/);
    await page.getByRole('tab', { name: '按窗口' }).click();
    await expect.poll(() => page.getByTestId('stats-window').getByRole('row', { name: /1 号窗口/ }).innerText()).toMatch(/1 号窗口\s+\d\s+2\s+0/);
    await page.getByRole('tab', { name: '按登记员' }).click();
    await expect.poll(() => page.getByTestId('stats-registrar').innerText()).toMatch(/\s2\s+0\s/);

    const ratings = page.getByTestId('ratings');
    await expect.poll(() => ratings.innerText()).toMatch(/满意\s+1\s+基本满意\s+0\s+不满意\s+1/);
    expect(await ratings.innerText()).toContain('等候时间太长');
    // echarts drew into its divs.
    await expect.poll(() => page.getByTestId('chart-services').locator('canvas').count()).toBe(1);
    await expect.poll(() => page.getByTestId('chart-windows').locator('canvas').count()).toBe(1);
    await screenshot(page, 'stats');
  });

  it('downloads the figures as an Excel file with one sheet per table', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^大厅统计_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hall-stats-')), 'stats.xlsx');
    await file.saveAs(saved);
    const bytes = fs.readFileSync(saved);
    // An .xlsx is a zip; its central directory names every part in plain text: summary, four tables, ratings.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const names = bytes.toString('latin1');
    for (let i = 1; i <= 6; i++) expect(names).toContain(`xl/worksheets/sheet${i}.xml`);
    expect(names).not.toContain('xl/worksheets/sheet7.xml');
    expect(watched.problems).toEqual([]);
  });
});
