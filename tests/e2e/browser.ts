import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../helpers/host';

export const SCREENSHOT_DIR = path.join(ROOT, 'tests', 'artifacts', 'screenshots');

/** Debian's Chromium, quiet: no sandbox (containers), no background traffic to Google. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Uncaught exceptions and CSP refusals seen so far: a healthy screen has none. */
  readonly problems: string[];
}

/** A fresh page (own storage, desk-sized window) that records script errors and CSP refusals. */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`页面异常：${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP：${msg.text()}`);
  });
  return { page, problems };
}

/** `fullPage: false` for a dialog: its mask covers the window, not the whole scrolled page. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let antd's entrance animations settle so the picture shows the finished screen.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: opts.fullPage ?? true });
}

/** Signs in through the login screen and waits for the shell. */
export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/#/home`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect.poll(() => page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
}

/** The menu entries the side bar shows, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  const items = page.getByTestId('side-menu').getByRole('menuitem');
  // A desk screen's entry also shows its shortcut (Alt+2): the label is what comes before it.
  return (await items.allInnerTexts()).map((text) => text.replace(/\s*Alt\+\d\s*$/, '').trim());
}
