import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../helpers/host';
import { launchChromium, openPage, screenshot, signIn } from './browser';

const BANNER = '演示模式：数据均为虚构，仅供演示和培训';

describe('a demo host says so on every screen', () => {
  let host: RunningHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHost({ demo: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows the banner on the login screen and on every screen after signing in', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(host.url);
    await expect.poll(() => page.getByText(BANNER).isVisible()).toBe(true);
    await screenshot(page, 'demo-login');

    await signIn(page, host.url, 'admin', host.adminPassword);
    for (const screen of ['home', 'users', 'settings']) {
      await page.goto(`${host.url}/#/${screen}`);
      await expect.poll(() => page.getByText(BANNER).isVisible()).toBe(true);
    }
    await page.goto(`${host.url}/#/home`);
    await screenshot(page, 'demo-home');
    expect(problems).toEqual([]);
  });
});

describe('a normal host', () => {
  let host: RunningHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows no demo banner', async () => {
    const { page } = await openPage(browser);
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('button', { name: '登录' }).isVisible()).toBe(true);
    expect(await page.getByText(BANNER).count()).toBe(0);
  });
});
