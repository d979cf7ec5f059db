import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, tempDataDir, type RunningHost } from '../helpers/host';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';

describe('the manager keeps the data safe (数据备份)', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    // The demo office: registrations to back up and count.
    host = await startHost({ demo: true });
    folder = tempDataDir('hall-backup-drive-');
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  const kept = () => page.getByTestId('kept-backups').locator('tbody tr.ant-table-row');
  const field = (label: string) => page.getByTestId('backup-settings').getByLabel(label, { exact: true });
  const fieldError = () => page.getByTestId('backup-settings').locator('.ant-form-item-explain-error');

  it('sets the backup folder, refusing a relative path and the data folder, and the first backup is made at once', async () => {
    await signIn(page, host.url, 'manager', 'manager-demo');
    await page.getByRole('menuitem', { name: '数据备份' }).click();
    await expect.poll(() => page.url()).toContain('#/backups');
    await expect.poll(() => page.getByTestId('last-backup').innerText()).toContain('尚无');

    await field('备份目录').fill('backup');
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => fieldError().innerText()).toContain('须为完整路径');

    await field('备份目录').fill(path.join(host.effectiveDataDir, 'backups'));
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => fieldError().innerText()).toContain('不能在数据目录');

    await field('备份目录').fill(folder);
    await field('保留份数').fill('7');
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => page.getByText('备份设置已保存').count()).toBeGreaterThan(0);
    await expect.poll(() => kept().count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('last-backup').innerText()).toContain('hall-backup-');
    expect(await page.getByTestId('last-backup').innerText()).toContain('通过');
    expect(await kept().first().innerText()).toContain('补做');
    await screenshot(page, 'backups-first');
  });

  it('makes a backup on 立即备份 and shows it kept', async () => {
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => kept().count(), { timeout: 15_000 }).toBe(2);
    expect(await kept().first().innerText()).toContain('手动');
    expect(await page.getByRole('button', { name: '立即备份' }).isEnabled()).toBe(true);
    expect(fs.readdirSync(folder).filter((f) => f.startsWith('hall-backup-'))).toHaveLength(2);
    await screenshot(page, 'backups-now');
  });

  it('runs the restore drill and reports 可以恢复 with the figures', async () => {
    // The demo's card-reader panel would cover the report in the picture.
    await page.getByRole('button', { name: '收起模拟读卡器' }).click();
    await kept().first().getByRole('button', { name: '恢复演练' }).click();
    const verdict = page.getByTestId('drill-verdict');
    await expect.poll(() => verdict.innerText(), { timeout: 30_000 }).toMatch(/^可以恢复/);
    const report = await page.getByTestId('drill-report').innerText();
    expect(report).toMatch(/审计链核验\s+通过 共 \d+ 条/);
    expect(report).toMatch(/完整性检查（integrity_check）\s+ok/);
    expect(await page.getByTestId('drill-registrations').innerText()).toMatch(/^\d+ 件/);
    await screenshot(page, 'backups-drill');
  });

  it('shows the failure on every manager screen, naming the folder, until a backup succeeds again', async () => {
    const away = `${folder}-unplugged`;
    fs.renameSync(folder, away);
    await page.getByRole('button', { name: '立即备份' }).click();
    const banner = page.getByTestId('backup-alert');
    await expect.poll(() => banner.innerText(), { timeout: 15_000 }).toContain('数据备份失败：备份目录不存在或无法访问');
    expect(await banner.innerText()).toContain(folder);
    expect(await banner.getAttribute('class')).toContain('ant-alert-error');
    expect(await kept().first().innerText()).toContain('文件不在');
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await expect.poll(() => banner.innerText()).toContain('请接好备份盘');
    await screenshot(page, 'backups-alert');

    fs.renameSync(away, folder);
    await banner.getByRole('link', { name: '查看数据备份' }).click();
    await expect.poll(() => page.url()).toContain('#/backups');
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => kept().count()).toBe(3);
    expect(watched.problems).toEqual([]);
  });
});
