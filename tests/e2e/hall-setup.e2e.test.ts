import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';

/** Picks options of an antd multi-select by their labels, then closes its drop-down. */
async function pickServices(page: Page, select: ReturnType<Page['getByLabel']>, labels: readonly string[]): Promise<void> {
  await select.click();
  for (const label of labels) await page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  await page.keyboard.press('Escape');
}

describe('the manager sets up the hall: windows, calling rules, devices', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let manager: string;

  beforeAll(async () => {
    host = await startHost();
    ({ manager } = await setUpOffice(host.url, host.adminPassword));
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('adds two windows with the services each calls', async () => {
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    await page.getByRole('menuitem', { name: '大厅设置' }).click();
    await expect.poll(() => page.url()).toContain('#/hall');
    const table = page.getByTestId('windows-table');
    await expect.poll(() => table.innerText()).toContain('尚未设置窗口');

    const windows = [
      { name: '结婚登记窗口', services: ['结婚登记', '颁证仪式'] },
      { name: '综合窗口', services: ['离婚申请', '离婚登记（领证）', '补领证书'] },
    ];
    for (const [i, w] of windows.entries()) {
      await page.getByRole('button', { name: '新增窗口' }).click();
      const dialog = page.getByRole('dialog', { name: '新增窗口' });
      // The next free number is offered.
      await expect.poll(() => dialog.getByLabel('窗口编号（显示屏与语音播报用）').inputValue()).toBe(String(i + 1));
      await dialog.getByLabel('窗口名称').fill(w.name);
      await pickServices(page, dialog.getByLabel('可办业务'), w.services);
      if (i === 1) await screenshot(page, 'hall-window-modal', { fullPage: false });
      await dialog.getByRole('button', { name: '新增' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
    }
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    const second = table.getByRole('row', { name: /综合窗口/ });
    expect(await second.innerText()).toMatch(/2 号[\s\S]*离婚申请[\s\S]*离婚登记（领证）[\s\S]*补领证书[\s\S]*启用[\s\S]*未开窗/);

    const state = await api(host.url, manager, 'GET', '/api/queue');
    expect(state.json.windows.map((w: { number: number; services: string[] }) => [w.number, w.services])).toEqual([
      [1, ['marriage', 'ceremony']],
      [2, ['divorce_application', 'divorce_registration', 'reissue']],
    ]);
    await screenshot(page, 'hall-windows');
  });

  it('refuses a window number already in use, next to the field', async () => {
    await page.getByRole('button', { name: '新增窗口' }).click();
    const dialog = page.getByRole('dialog', { name: '新增窗口' });
    await dialog.getByLabel('窗口编号（显示屏与语音播报用）').fill('2');
    await pickServices(page, dialog.getByLabel('可办业务'), ['收养登记']);
    await dialog.getByRole('button', { name: '新增' }).click();
    await expect.poll(() => dialog.locator('#number_help').innerText()).toContain('窗口号 2 已存在');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('changes the calling rules and sees them saved', async () => {
    await page.getByRole('tab', { name: '叫号规则' }).click();
    const form = page.getByTestId('policy-form');
    await expect.poll(() => form.getByLabel('普通号最长等候').inputValue()).toBe('45');
    // Every service shows its prefix, the defaults where the hall has set none.
    await expect.poll(() => form.getByLabel('颁证仪式').inputValue()).toBe('F');

    await form.getByRole('radio', { name: '优先号始终优先' }).check();
    await form.getByLabel('普通号最长等候').fill('30');
    await form.getByLabel('重呼最短间隔').fill('20');
    await form.getByLabel('老年人年龄（按证件号码）').fill('65');
    await form.getByRole('radio', { name: '不显示姓名' }).check();
    // Two services may not share a letter: said at once, before saving.
    await form.getByLabel('补领证书').fill('a');
    await expect.poll(() => form.getByText('与结婚登记的前缀相同').isVisible()).toBe(true);
    await form.getByLabel('补领证书').fill('r');
    await expect.poll(() => form.getByText('与结婚登记的前缀相同').count()).toBe(0);
    await screenshot(page, 'hall-policy');
    await form.getByRole('button', { name: '保存叫号规则' }).click();
    await expect.poll(() => page.getByText('叫号规则已保存').isVisible()).toBe(true);

    const policy = await api(host.url, manager, 'GET', '/api/queue/policy');
    expect(policy.json).toMatchObject({ mode: 'strict', maxOrdinaryWaitMinutes: 30, recallDelaySeconds: 20, elderlyAge: 65, boardNames: 'hidden' });
    expect(policy.json.prefixes).toMatchObject({ marriage: 'A', reissue: 'R', ceremony: 'F' });
  });

  it('adds a display board and is shown its pairing link once', async () => {
    await page.getByRole('tab', { name: '设备' }).click();
    await page.getByRole('button', { name: '登记设备' }).click();
    const dialog = page.getByRole('dialog', { name: '登记设备' });
    // A button-style radio: its input is hidden, the label takes the click (once the dialog has settled).
    const board = dialog.getByRole('radio', { name: '叫号显示屏' });
    await expect.poll(async () => (await dialog.locator('label', { hasText: '叫号显示屏' }).click(), board.isChecked())).toBe(true);
    // A board prints nothing: no printer to choose.
    await expect.poll(() => dialog.getByText('号票打印').count()).toBe(0);
    await dialog.getByLabel('设备名称').fill('等候区大屏');
    await dialog.getByRole('button', { name: '登记并生成配对链接' }).click();

    const shown = page.getByRole('dialog', { name: /已登记叫号显示屏“等候区大屏”/ });
    await expect.poll(() => shown.isVisible()).toBe(true);
    expect(await shown.innerText()).toContain('配对链接只显示这一次');
    const link = (await shown.getByTestId('pairing-link').innerText()).trim();
    expect(link).toMatch(new RegExp(`^${host.url.replace(/[.]/g, '\\.')}/#/display\\?pair=.+`));
    await screenshot(page, 'hall-device-pairing', { fullPage: false });

    // The link's token is the board's: it can read the board and nothing else.
    const token = decodeURIComponent(link.split('pair=')[1]!);
    expect((await api(host.url, token, 'GET', '/api/queue/board')).status).toBe(200);
    expect((await api(host.url, token, 'GET', '/api/queue')).status).toBe(403);

    await shown.getByRole('button', { name: '我已记下，关闭' }).click();
    const row = page.getByTestId('devices-table').getByRole('row', { name: /等候区大屏/ });
    await expect.poll(() => row.innerText()).toMatch(/叫号显示屏[\s\S]*有效/);
    expect(await page.getByTestId('devices-table').innerText()).not.toContain(token);
  });

  it('adds a kiosk with a network printer, then revokes it', async () => {
    await page.getByRole('button', { name: '登记设备' }).click();
    const dialog = page.getByRole('dialog', { name: '登记设备' });
    await dialog.getByLabel('设备名称').fill('入口取号机');
    await dialog.getByRole('radio', { name: '网络热敏打印机' }).check();
    await dialog.getByLabel('打印机地址').fill('127.0.0.1:9100');
    await dialog.getByRole('button', { name: '登记并生成配对链接' }).click();
    const shown = page.getByRole('dialog', { name: /已登记自助取号机“入口取号机”/ });
    await expect.poll(() => shown.getByTestId('pairing-link').innerText()).toContain('/#/kiosk?pair=');
    await shown.getByRole('button', { name: '我已记下，关闭' }).click();

    const row = page.getByTestId('devices-table').getByRole('row', { name: /入口取号机/ });
    await expect.poll(() => row.innerText()).toMatch(/自助取号机[\s\S]*网络打印机 127\.0\.0\.1:9100[\s\S]*有效/);
    await row.getByRole('button', { name: '停用' }).click();
    await page.getByRole('button', { name: '停用', exact: true }).last().click();
    await expect.poll(() => row.innerText()).toContain('已停用');
    await screenshot(page, 'hall-devices');
    expect(watched.problems).toEqual([]);
  });
});
