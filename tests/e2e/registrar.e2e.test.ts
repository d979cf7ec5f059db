import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, loginAs, startHost, type RunningHost } from '../helpers/host';
import { launchChromium, menuLabels, openPage, screenshot, signIn, type WatchedPage } from './browser';

describe('a registrar sees only the screens of the role', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    const admin = await loginAs(host.url, 'admin', host.adminPassword);
    const added = await api(host.url, admin, 'POST', '/api/users', { username: 'liqiang', displayName: '李强', role: 'registrar', password: 'window-3-pass' });
    expect(added.status).toBe(200);
    const second = await api(host.url, admin, 'POST', '/api/users', { username: 'zhaolei', displayName: '赵磊', role: 'registrar', password: 'window-4-pass' });
    expect(second.status).toBe(200);
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows the desk screens in the menu, not the admin ones, with the name and role in the header', async () => {
    await signIn(page, host.url, 'liqiang', 'window-3-pass');
    expect(await menuLabels(page)).toEqual(['工作台', '今日工作', '窗口叫号', '结婚登记', '离婚申请', '离婚登记', '补领证书', '收养登记', '案件查询', '档案查询', '预约管理', '手工补录', '打印设置']);
    await expect.poll(() => page.getByTestId('current-user').innerText()).toMatch(/李强\s*登记员/);
    await screenshot(page, 'registrar-home');
  });

  it('gets 无权访问 when typing the users or settings address', async () => {
    await page.goto(`${host.url}/#/users`);
    await expect.poll(() => page.getByText('无权访问').isVisible()).toBe(true);
    await screenshot(page, 'forbidden');
    await page.goto(`${host.url}/#/settings`);
    await expect.poll(() => page.getByText('无权访问').isVisible()).toBe(true);
    await page.getByRole('button', { name: '返回工作台' }).click();
    await expect.poll(() => page.url()).toContain('#/home');
  });

  it('keeps 大字模式 on across a reload', async () => {
    const menuFontSize = () => page.getByRole('menuitem', { name: '工作台' }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await menuFontSize();
    await page.getByRole('switch', { name: '大字模式' }).click();
    await expect.poll(menuFontSize).toBeGreaterThan(before);
    await page.reload();
    await expect.poll(() => page.getByRole('switch', { name: '大字模式' }).getAttribute('aria-checked')).toBe('true');
    await expect.poll(menuFontSize).toBeGreaterThan(before);
    await screenshot(page, 'registrar-home-large-text');
  });

  it('returns to the login screen when an admin disables the account meanwhile', async () => {
    const admin = await loginAs(host.url, 'admin', host.adminPassword);
    const users = await api(host.url, admin, 'GET', '/api/users');
    const id = (users.json.users as { id: number; username: string }[]).find((u) => u.username === 'liqiang')?.id;
    await api(host.url, admin, 'PATCH', `/api/users/${String(id)}`, { disabled: true });
    await page.reload(); // the stored token is checked with the host on start
    await expect.poll(() => page.getByRole('button', { name: '登录' }).isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
  });

  it('tells a user locked out by wrong passwords, and the admin sees until when', async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const answer = await api(host.url, null, 'POST', '/api/session', { username: 'zhaolei', password: 'guess-' + String(attempt) });
      if (answer.json.code === 'AUTH_LOCKED') break;
    }
    await page.getByLabel('用户名').fill('zhaolei');
    await page.getByLabel('密码', { exact: true }).fill('window-4-pass');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain('锁定 15 分钟');

    await signIn(page, host.url, 'admin', host.adminPassword);
    await page.goto(`${host.url}/#/users`);
    // A lock that ends after midnight shows its date too (11-24 00:10).
    await expect.poll(() => page.getByRole('row', { name: /zhaolei/ }).innerText()).toMatch(/已锁定至 (\d\d-\d\d )?\d\d:\d\d/);
    await expect.poll(() => page.getByRole('row', { name: /liqiang/ }).innerText()).toContain('已停用');
  });
});
