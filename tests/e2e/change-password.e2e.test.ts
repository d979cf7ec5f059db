import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, loginAs, startHost, type RunningHost } from '../helpers/host';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';

describe('a registrar replaces the password the admin set', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    const admin = await loginAs(host.url, 'admin', host.adminPassword);
    await api(host.url, admin, 'POST', '/api/users', { username: 'wuxia', displayName: '吴霞', role: 'registrar', password: 'given-by-admin' });
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('refuses a wrong current password next to its field, then changes it', async () => {
    await signIn(page, host.url, 'wuxia', 'given-by-admin');
    await page.getByRole('button', { name: '修改密码' }).click();
    const dialog = page.getByRole('dialog', { name: '修改密码' });
    await dialog.getByLabel('当前密码').fill('not-my-password');
    await dialog.getByLabel('新密码', { exact: true }).fill('my-own-pass-1');
    await dialog.getByLabel('确认新密码').fill('my-own-pass-1');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.innerText()).toContain('当前密码不正确');
    await screenshot(page, 'change-password', { fullPage: false });
    await dialog.getByLabel('当前密码').fill('given-by-admin');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await api(host.url, null, 'POST', '/api/session', { username: 'wuxia', password: 'given-by-admin' })).status).toBe(401);
    await loginAs(host.url, 'wuxia', 'my-own-pass-1');
    expect(watched.problems).toEqual([]);
  });
});
