import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, menuLabels, openPage, screenshot, signIn, type WatchedPage } from './browser';

const SPRING = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];

async function pickYear(page: Page, year: number): Promise<void> {
  await page.locator('.ant-segmented').getByText(`${year}年`, { exact: true }).click();
  await expect.poll(() => page.locator('[data-date="' + `${year}-01-01` + '"]').count()).toBe(1);
}

const kindOf = (page: Page, date: string) => page.locator(`[data-date="${date}"]`).getAttribute('data-kind');

describe('a manager keeps the work calendar', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let tokens: Awaited<ReturnType<typeof setUpOffice>>;

  beforeAll(async () => {
    host = await startHost();
    tokens = await setUpOffice(host.url, host.adminPassword);
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows 2027 as provisional, with the State Council warning', async () => {
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    expect(await menuLabels(page)).toContain('工作日历');
    await page.getByRole('menuitem', { name: '工作日历' }).click();
    // The year opened first is the office's current one (with the official holidays while it is 2026).
    await expect.poll(() => page.getByTestId('calendar-year').isVisible()).toBe(true);
    await screenshot(page, 'calendar-year-current');
    await pickYear(page, 2027);
    const notice = page.getByTestId('year-notice');
    await expect.poll(() => notice.innerText()).toContain('国务院尚未公布 2027 年节假日安排（或本系统尚未收录）');
    expect(await notice.innerText()).toContain('然后勾选“已录入 2027 年节假日”');
    // No official data for 2027: only weekends are off.
    expect(await kindOf(page, '2027-01-01')).toBe('workday');
    expect(await kindOf(page, '2027-01-02')).toBe('weekend');
  });

  it('enters the Spring Festival block as a range, Enter confirming the dialog', async () => {
    await page.getByRole('button', { name: '按日期范围录入' }).click();
    const dialog = page.getByRole('dialog', { name: '按日期范围录入' });
    await dialog.getByLabel('起始日期').fill('20270205');
    await dialog.getByLabel('截止日期').fill('20270212');
    await dialog.getByLabel('备注').fill('春节');
    await expect.poll(() => dialog.getByTestId('range-summary').innerText()).toContain('共 8 天将设为本机关休息');
    await screenshot(page, 'calendar-range-dialog', { fullPage: false });
    await dialog.getByLabel('备注').press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    for (const date of SPRING) expect(await kindOf(page, date)).toBe('closed');
    await expect.poll(() => page.getByTestId('override-list').innerText()).toMatch(/2027年2月5日至2027年2月12日\s+8 天\s+本机关休息\s+春节/);
  });

  it('toggles a single day from its dialog and back', async () => {
    await page.locator('[data-date="2027-03-01"]').click();
    const dialog = page.getByRole('dialog', { name: /调整日期：2027年3月1日/ });
    await expect.poll(() => dialog.getByText('工作日', { exact: true }).isVisible()).toBe(true);
    await dialog.getByLabel('备注').fill('集中培训');
    await dialog.getByLabel('备注').press('Enter');
    await expect.poll(() => kindOf(page, '2027-03-01')).toBe('closed');

    await page.locator('[data-date="2027-02-05"]').click();
    const spring = page.getByRole('dialog', { name: /调整日期：2027年2月5日/ });
    await expect.poll(() => spring.getByText('本机关休息：春节').isVisible()).toBe(true);
    await screenshot(page, 'calendar-override-dialog', { fullPage: false });
    await spring.getByRole('button', { name: '取消' }).click();

    await page.locator('[data-date="2027-03-01"]').click();
    const again = page.getByRole('dialog', { name: /调整日期：2027年3月1日/ });
    await again.getByText('恢复默认', { exact: true }).click();
    await again.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => kindOf(page, '2027-03-01')).toBe('workday');
  });

  it('ticks 已录入 2027 年节假日 and saves after confirming', async () => {
    await page.getByRole('checkbox', { name: '已录入 2027 年节假日' }).check();
    await expect.poll(() => page.getByTestId('year-notice').innerText()).toContain('2027 年节假日已由本机关录入');
    await screenshot(page, 'calendar-year');
    await page.getByTestId('calendar-actions').getByRole('button', { name: '保存' }).click();
    const confirm = page.getByRole('dialog', { name: '保存工作日历' });
    await expect.poll(() => confirm.innerText()).toContain('尚未办结的离婚案件将按新的日历重新计算');
    await confirm.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('工作日历已保存').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('calendar-actions').innerText()).toContain('已与系统中的日历一致');
  });

  it('shows the saved days after a reload, and the API has them', async () => {
    await page.reload();
    await pickYear(page, 2027);
    for (const date of SPRING) await expect.poll(() => kindOf(page, date)).toBe('closed');
    expect(await page.getByRole('checkbox', { name: '已录入 2027 年节假日' }).isChecked()).toBe(true);
    expect(await page.getByTestId('override-list').innerText()).toContain('春节');

    const { status, json } = await api(host.url, tokens.clerk, 'GET', '/api/settings/calendar');
    expect(status).toBe(200);
    expect(json).toEqual({ extendOn: 'non_working_days', overrides: SPRING.map((date) => ({ date, open: false, note: '春节' })), enteredYears: [2027] });
    expect(watched.problems).toEqual([]);
  });

  it('is not on a registrar\'s menu, and the host refuses a registrar\'s change', async () => {
    const { status } = await api(host.url, tokens.clerk, 'PUT', '/api/settings/calendar', { extendOn: 'non_working_days', overrides: [], enteredYears: [] });
    expect(status).toBe(403);
    const clerk = await openPage(browser);
    await signIn(clerk.page, host.url, 'clerk', 'clerk-pass-1');
    expect(await menuLabels(clerk.page)).not.toContain('工作日历');
  });
});
