import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, openPage, screenshot, type WatchedPage } from './browser';

/** A card on the simulated reader of the host's PC, placed as the clerk at the same PC would. */
async function placeCard(host: RunningHost, clerk: string, card: 'resident-wangqiang' | 'resident-zhangsan'): Promise<void> {
  expect((await api(host.url, clerk, 'POST', '/api/devices/idcard/simulator', { action: 'place', card })).status).toBe(200);
}

/** The sentences the board has announced, newest first. */
function announced(board: Page): Promise<string[]> {
  return board.getByTestId('announcements').locator('li').allTextContents();
}

describe('the kiosk and the display board, signed in as hall devices', () => {
  let host: RunningHost;
  let browser: Browser;
  let clerk: string;
  let manager: string;
  let windowId: number;
  let tokens: { kiosk: string; display: string };
  let display: WatchedPage;
  let kiosk: WatchedPage;

  beforeAll(async () => {
    host = await startHost({ env: { HALL_READER: 'simulator' } });
    ({ clerk, manager } = await setUpOffice(host.url, host.adminPassword));
    const window = await api(host.url, manager, 'POST', '/api/queue/windows', { number: 1, name: '结婚登记窗口', services: ['marriage'] });
    expect(window.status).toBe(200);
    windowId = window.json.id;
    // No wait between a call and its recall: the test recalls at once.
    const policy = await api(host.url, manager, 'GET', '/api/queue/policy');
    expect((await api(host.url, manager, 'PUT', '/api/queue/policy', { ...policy.json, recallDelaySeconds: 0 })).status).toBe(200);
    const addDevice = async (kind: 'kiosk' | 'display', name: string) => {
      const added = await api(host.url, manager, 'POST', '/api/hall-devices', { kind, name });
      expect(added.status).toBe(200);
      return added.json.token as string;
    };
    tokens = { kiosk: await addDevice('kiosk', '大厅自助机 1'), display: await addDevice('display', '大厅叫号屏') };
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('asks staff to pair a device that has no token', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${host.url}/#/kiosk`);
    await expect.poll(() => page.getByTestId('device-unpaired').innerText()).toContain('大厅设置 → 设备');
    expect(await page.getByText('本自助取号机尚未配对').isVisible()).toBe(true);
    // A revoked or made-up token is refused and dropped: the page asks for a pairing again.
    await page.goto(`${host.url}/#/display?pair=dev_not-a-token`);
    await expect.poll(() => page.getByText('本设备的令牌已停用或失效').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('hall.device'))).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('pairs the board from its link: the token is kept and taken out of the address bar', async () => {
    display = await openPage(browser);
    await display.page.setViewportSize({ width: 1920, height: 1080 });
    // Playwright's Chromium allows sound without a gesture; a TV's browser does not: its audio starts suspended until resumed in a click.
    await display.page.addInitScript(() => {
      const Real = window.AudioContext;
      window.AudioContext = class extends Real {
        private resumed = false;
        override get state(): AudioContextState {
          return this.resumed ? super.state : 'suspended';
        }
        override resume(): Promise<void> {
          this.resumed = true;
          return super.resume();
        }
      };
    });
    await display.page.goto(`${host.url}/#/display?pair=${tokens.display}`);
    await expect.poll(() => display.page.getByTestId('board-office').innerText()).toBe('东城区民政局婚姻登记处');
    expect(display.page.url()).toBe(`${host.url}/#/display`);
    expect(await display.page.evaluate(() => localStorage.getItem('hall.device'))).toBe(tokens.display);
    expect(await display.page.getByTestId('board-windows-empty').innerText()).toContain('暂无开放的窗口');
    await expect.poll(() => display.page.getByTestId('board-waiting').innerText()).toContain('结婚登记');
    await screenshot(display.page, 'display-sound-overlay', { fullPage: false });
    await display.page.getByTestId('sound-overlay').click();
    await expect.poll(() => display.page.getByTestId('sound-overlay').count()).toBe(0);
  });

  it('issues a walk-in marriage ticket at the kiosk from two cards on the reader', async () => {
    kiosk = await openPage(browser);
    const page = kiosk.page;
    await page.setViewportSize({ width: 1080, height: 1920 });
    // The browser's print dialog cannot be driven headless: count the prints instead.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(`${host.url}/#/kiosk?pair=${tokens.kiosk}`);
    await expect.poll(() => page.getByTestId('kiosk-home').isVisible()).toBe(true);
    expect(page.url()).toBe(`${host.url}/#/kiosk`);
    await screenshot(page, 'kiosk-home', { fullPage: false });
    // 大字模式: larger text, white on black; a citizen's own choice, switched back off here.
    await page.getByRole('button', { name: /大字模式/ }).click();
    await expect.poll(() => page.getByTestId('kiosk').getAttribute('data-large')).toBe('true');
    await screenshot(page, 'kiosk-home-large', { fullPage: false });
    await page.getByRole('button', { name: /大字模式/ }).click();
    await expect.poll(() => page.getByTestId('kiosk').getAttribute('data-large')).toBe('false');

    await page.getByRole('button', { name: /现场取号/ }).click();
    await page.getByRole('button', { name: /结婚登记/ }).click();
    const reading = page.getByTestId('kiosk-reading');
    await expect.poll(() => reading.innerText()).toContain('请将第一位当事人的身份证放在读卡器上');
    await screenshot(page, 'kiosk-reading', { fullPage: false });

    await placeCard(host, clerk, 'resident-wangqiang');
    await expect.poll(() => page.getByTestId('kiosk-persons').innerText()).toContain('第一位当事人：王*');
    expect(await reading.innerText()).toContain('请第二位当事人放证件');
    expect(await page.getByTestId('kiosk-persons').innerText()).toContain('110108********0034');
    await screenshot(page, 'kiosk-reading-second', { fullPage: false });

    await placeCard(host, clerk, 'resident-zhangsan');
    await expect.poll(() => page.getByTestId('kiosk-ticket-number').innerText()).toBe('A001');
    const ticket = page.getByTestId('kiosk-ticket');
    expect(await ticket.innerText()).toContain('结婚登记');
    expect(await page.getByTestId('kiosk-ticket-ahead').innerText()).toBe('前面还有 0 人');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.getByTestId('kiosk-print-state').innerText()).toContain('请取走号票');
    await screenshot(page, 'kiosk-ticket', { fullPage: false });
    // What the browser prints: the 80 mm slip alone, not the screen.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    const slip = page.locator('.kiosk-slip');
    expect(await slip.isVisible()).toBe(true);
    expect(await slip.innerText()).toMatch(/东城区民政局婚姻登记处[\s\S]*结婚登记[\s\S]*A001[\s\S]*您前面还有 0 人等候/);
    await screenshot(page, 'kiosk-ticket-print', { fullPage: false });
    await page.emulateMedia({ media: 'screen' });
    // The board counts the waiting ticket.
    await expect.poll(() => display.page.getByTestId('board-waiting').locator('[data-service="marriage"]').innerText()).toContain('1');
  });

  it('shows and announces the call on the board when the clerk calls it, and again on a recall', async () => {
    expect((await api(host.url, clerk, 'POST', `/api/queue/windows/${windowId}/open`)).status).toBe(200);
    const called = await api(host.url, clerk, 'POST', `/api/queue/windows/${windowId}/call-next`);
    expect(called.status).toBe(200);
    expect(called.json.ticket.number).toBe('A001');
    const board = display.page;
    const windowCard = board.getByTestId('board-window-1');
    await expect.poll(() => windowCard.getByTestId('board-number').innerText()).toBe('A001');
    expect(await windowCard.innerText()).toContain('1 号窗口');
    expect(await windowCard.innerText()).toContain('结婚登记窗口');
    expect(await windowCard.innerText()).toContain('张*');
    await expect.poll(() => board.getByTestId('announcement').innerText()).toBe('请 A001 号到 1 号窗口办理');
    expect(await board.getByTestId('board-footer').innerText()).toBe('请 A001 号到 1 号窗口办理');
    expect(await board.getByTestId('board-recent').innerText()).toContain('A001');
    // A Chinese voice where the browser has one (headless Chromium has none), else the chime.
    expect(['speech', 'chime']).toContain(await board.getByTestId('announcement').getAttribute('data-voice'));
    await screenshot(board, 'display-called', { fullPage: false });

    expect((await api(host.url, clerk, 'POST', `/api/queue/tickets/${called.json.ticket.id}/actions`, { action: 'recall', windowId })).status).toBe(200);
    await expect.poll(() => announced(board)).toEqual(['请 A001 号到 1 号窗口办理', '请 A001 号到 1 号窗口办理']);
    expect(board.url()).toBe(`${host.url}/#/display`);
  });

  it('takes a rating for the ticket once it is finished; 不满意 needs a reason', async () => {
    const id = (await api(host.url, clerk, 'GET', '/api/queue')).json.windows[0].current.id as number;
    for (const action of ['start', 'finish']) {
      expect((await api(host.url, clerk, 'POST', `/api/queue/tickets/${id}/actions`, { action, windowId })).status).toBe(200);
    }
    const page = kiosk.page;
    await page.getByRole('button', { name: /完成/ }).click();
    await expect.poll(() => page.getByTestId('kiosk-home').isVisible()).toBe(true);
    await page.getByRole('button', { name: /服务评价/ }).click();
    for (const key of ['A', '0', '0', '1']) await page.getByRole('button', { name: key, exact: true }).click();
    expect(await page.getByTestId('rating-number').innerText()).toBe('A001');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('radio', { name: /不满意/ }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => page.getByTestId('kiosk-rating-problem').innerText()).toContain('请选择不满意的原因');
    await page.getByRole('button', { name: '等候时间太长' }).click();
    await screenshot(page, 'kiosk-rating', { fullPage: false });
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => page.getByTestId('kiosk-rated').innerText()).toContain('感谢您的评价');

    const today = (await api(host.url, manager, 'GET', '/api/queue/board')).json.day as string;
    const stats = await api(host.url, manager, 'GET', `/api/queue/stats?from=${today}&to=${today}`);
    expect(stats.json.ratings.dissatisfied).toBe(1);
    expect(stats.json.ratings.recentDissatisfied[0]).toMatchObject({ number: 'A001', reason: '等候时间太长' });

    // The same ticket cannot be rated twice.
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByRole('button', { name: /服务评价/ }).click();
    for (const key of ['A', '0', '0', '1']) await page.getByRole('button', { name: key, exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('radio', { name: /满意/ }).first().click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => page.getByTestId('kiosk-rating-problem').innerText()).toContain('已评价');
    expect(kiosk.problems).toEqual([]);
    expect(display.problems).toEqual([]);
  });
});
