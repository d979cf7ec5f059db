import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../helpers/host';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';

describe('the admin sets the office name and code', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('refuses an eight-digit code next to the field', async () => {
    await signIn(page, host.url, 'admin', host.adminPassword);
    await page.getByRole('menuitem', { name: '登记机关设置' }).click();
    await page.getByLabel('登记机关名称').fill('杭州市西湖区民政局婚姻登记处');
    await page.getByLabel('登记机关代码').fill('33010600');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('#officeCode_help').innerText()).toContain('须为 9 位数字');
  });

  it('saves a valid name and code, and the header and 工作台 show them', async () => {
    await page.getByLabel('登记机关代码').fill('330106001');
    await page.getByRole('switch', { name: '涉外登记机关' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('登记机关设置已保存').isVisible()).toBe(true);
    await expect.poll(() => page.locator('header').innerText()).toContain('杭州市西湖区民政局婚姻登记处');
    await screenshot(page, 'settings');

    await page.getByRole('menuitem', { name: '工作台' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/330106001[\s\S]*涉外登记机关/);
  });

  it('shows the office name on the login screen after signing out', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect.poll(() => page.getByTestId('office-name').innerText()).toBe('杭州市西湖区民政局婚姻登记处');
    expect(watched.problems).toEqual([]);
  });
});

describe('an office code fixed by HALL_OFFICE_CODE', () => {
  let host: RunningHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHost({ env: { HALL_OFFICE_CODE: '110101002' } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('is shown read-only with the name of the setting', async () => {
    const { page } = await openPage(browser);
    await signIn(page, host.url, 'admin', host.adminPassword);
    await page.goto(`${host.url}/#/settings`);
    const code = page.getByLabel('登记机关代码');
    await expect.poll(() => code.inputValue()).toBe('110101002');
    expect(await code.isDisabled()).toBe(true);
    await expect.poll(() => page.getByText('由配置项 HALL_OFFICE_CODE 设定').isVisible()).toBe(true);

    await page.getByLabel('登记机关名称').fill('北京市东城区民政局婚姻登记处');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('登记机关设置已保存').isVisible()).toBe(true);
    await screenshot(page, 'settings-code-from-config');
  });
});
