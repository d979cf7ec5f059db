import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, loginAs, startHost, type RunningHost } from '../helpers/host';
import { launchChromium, menuLabels, openPage, screenshot, signIn, type WatchedPage } from './browser';

describe('the admin manages user accounts', () => {
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

  it('shows the login screen in Chinese and refuses a wrong password with the API message', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('heading', { name: '婚姻收养登记系统' }).isVisible()).toBe(true);
    await screenshot(page, 'login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码', { exact: true }).fill('not-the-password');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain('用户名或密码错误');
  });

  it('signs in and sees every admin screen in the menu', async () => {
    await signIn(page, host.url, 'admin', host.adminPassword);
    expect(await menuLabels(page)).toEqual(['工作台', '用户管理', '登记机关设置', '登记统计', '历史数据补录', '工作日历', '打印设置', '上传省级平台', '数据备份']);
    await expect.poll(() => page.getByText('您好，').isVisible()).toBe(true);
    await screenshot(page, 'home');
  });

  it('adds a registrar through the dialog and finds them in the table', async () => {
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await expect.poll(() => page.url()).toContain('#/users');
    await expect.poll(() => page.getByRole('row', { name: /admin/ }).count()).toBe(1);

    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新增用户' });
    await dialog.getByLabel('用户名').fill('zhangmin');
    await dialog.getByLabel('姓名').fill('张敏');
    await dialog.getByLabel('初始密码').fill('desk-one-2024');
    await dialog.getByLabel('确认密码').fill('desk-one-2024');
    await screenshot(page, 'add-user-modal');
    await dialog.getByLabel('确认密码').press('Enter'); // Enter submits, as at the counter
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const row = page.getByRole('row', { name: /zhangmin/ });
    await expect.poll(() => row.innerText()).toMatch(/张敏[\s\S]*登记员[\s\S]*正常/);
  });

  it('shows a too-short password and a taken username next to their fields', async () => {
    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新增用户' });
    await dialog.getByLabel('用户名').fill('zhangmin');
    await dialog.getByLabel('姓名').fill('另一个张敏');
    await dialog.getByLabel('初始密码').fill('short');
    await dialog.getByLabel('确认密码').fill('short');
    await dialog.getByRole('button', { name: '新增' }).click();
    await expect.poll(() => dialog.locator('#password_help').innerText()).toContain('至少 8 个字符');

    // A valid password: now only the host can tell that the username is taken.
    await dialog.getByLabel('初始密码').fill('long-enough-pw');
    await dialog.getByLabel('确认密码').fill('long-enough-pw');
    await dialog.getByRole('button', { name: '新增' }).click();
    await expect.poll(() => dialog.locator('#username_help').innerText()).toContain('已存在');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('disables the registrar, who can then no longer sign in', async () => {
    const row = page.getByRole('row', { name: /zhangmin/ });
    await row.getByRole('button', { name: '停用' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '停用' }).click();
    await expect.poll(() => row.innerText()).toContain('已停用');
    await expect(loginAs(host.url, 'zhangmin', 'desk-one-2024')).rejects.toThrow(/403|AUTH_DISABLED/);

    await row.getByRole('button', { name: '启用' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '启用' }).click();
    await expect.poll(() => row.innerText()).toContain('正常');
  });

  it('resets the registrar password, and the new one works', async () => {
    const row = page.getByRole('row', { name: /zhangmin/ });
    await row.getByRole('button', { name: '重置密码' }).click();
    const dialog = page.getByRole('dialog', { name: /重置密码/ });
    await dialog.getByLabel('新密码', { exact: true }).fill('fresh-pass-77');
    await dialog.getByLabel('确认新密码').fill('fresh-pass-7');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(() => dialog.locator('#confirm_help').innerText()).toContain('两次输入的密码不一致');
    await dialog.getByLabel('确认新密码').fill('fresh-pass-77');
    await dialog.getByLabel('确认新密码').press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect(loginAs(host.url, 'zhangmin', 'fresh-pass-77')).resolves.toBeTypeOf('string');
  });

  it('edits the display name and role', async () => {
    const row = page.getByRole('row', { name: /zhangmin/ });
    await row.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: /编辑用户/ });
    await dialog.getByLabel('姓名').fill('张敏华');
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-item-option', { hasText: '大厅主管' }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => row.innerText()).toMatch(/张敏华[\s\S]*大厅主管/);
    await screenshot(page, 'users');
  });

  it('shows a user added from elsewhere without a reload (live events)', async () => {
    const token = await loginAs(host.url, 'admin', host.adminPassword);
    const added = await api(host.url, token, 'POST', '/api/users', { username: 'wangfang', displayName: '王芳', role: 'manager', password: 'manager-pass-1' });
    expect(added.status).toBe(200);
    await expect.poll(() => page.getByRole('row', { name: /wangfang/ }).innerText()).toMatch(/王芳[\s\S]*大厅主管/);
  });

  it('signs out back to the login screen, with no script errors or CSP refusals on the way', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect.poll(() => page.getByRole('button', { name: '登录' }).isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
  });
});
