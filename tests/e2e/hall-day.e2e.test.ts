import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CARDS } from '../../main/devices/idcard/simulator/sample-cards';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';
import { today } from './seed';

const card = (key: 'resident-wangqiang' | 'resident-zhangsan') => SAMPLE_CARDS[key];

/**
 * A hall's day across its four screens: the manager opens today to bookings and books a couple by
 * phone; at the kiosk the couple's two cards check them in; the registrar calls them; the board shows it and says it.
 */
describe('a booked couple from the phone call to the board', () => {
  let host: RunningHost;
  let browser: Browser;
  let tokens: Awaited<ReturnType<typeof setUpOffice>>;
  let manager: WatchedPage;
  let kiosk: WatchedPage;
  let clerk: WatchedPage;
  let board: WatchedPage;
  let devices: { kiosk: string; display: string };

  beforeAll(async () => {
    host = await startHost({ env: { HALL_READER: 'simulator' } });
    tokens = await setUpOffice(host.url, host.adminPassword);
    // Whatever weekday the tests run on, the office is open today (the calendar screen has its own tests).
    await api(host.url, tokens.manager, 'PUT', '/api/settings/calendar', { extendOn: 'non_working_days', overrides: [{ date: today(), open: true, note: '测试开放' }], enteredYears: [] });
    await api(host.url, tokens.manager, 'POST', '/api/queue/windows', { number: 1, name: '结婚登记窗口', services: ['marriage'] });
    const add = async (kind: string) => (await api(host.url, tokens.manager, 'POST', '/api/hall-devices', { kind, name: kind })).json.token as string;
    devices = { kiosk: await add('kiosk'), display: await add('display') };
    browser = await launchChromium();
    [manager, kiosk, clerk, board] = await Promise.all([openPage(browser), openPage(browser), openPage(browser), openPage(browser)]);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('the manager opens today to bookings and books the couple by phone', async () => {
    const page = manager.page;
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    // The simulated reader's panel sits over the page's corner; the cards are placed through the API here.
    await page.getByTestId('reader-simulator').getByRole('button', { name: '收起' }).click();
    await page.keyboard.press('Alt+Digit8');
    await page.getByRole('tab', { name: '预约计划' }).click();
    const plan = page.getByTestId('plan-form');
    await plan.getByLabel('最早可约（提前天数）').fill('0');
    await plan.getByRole('button', { name: '保存预约计划' }).click();
    await expect.poll(() => plan.getByText('已与系统中的预约计划一致').isVisible()).toBe(true);

    await page.getByRole('tab', { name: '预约日历' }).click();
    await page.locator(`[data-date="${today()}"]`).click();
    await page.getByTestId('slot-09:00-marriage').click();
    const form = page.getByTestId('booking-form');
    await expect.poll(() => form.getByLabel('预约日期').inputValue()).toBe(today());
    for (const [i, c] of [card('resident-wangqiang'), card('resident-zhangsan')].entries()) {
      await form.getByTestId(`person-${i}`).getByLabel('证件号码').fill(c.idNumber);
      await form.getByTestId(`person-${i}`).getByLabel('姓名').fill(c.name);
    }
    await expect.poll(() => form.getByTestId('check-ok').isVisible()).toBe(true);
    await form.getByRole('button', { name: '预约' }).click();
    await expect.poll(() => page.getByTestId('booking-success').innerText()).toContain('王强');
    await screenshot(page, 'hall-day-1-manager-booked');
  });

  it('the kiosk checks the couple in from their two cards and prints their ticket', async () => {
    const page = kiosk.page;
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(`${host.url}/#/kiosk?pair=${devices.kiosk}`);
    await page.getByRole('button', { name: /预约签到取号/ }).click();
    for (const key of ['resident-wangqiang', 'resident-zhangsan'] as const) {
      expect((await api(host.url, tokens.clerk, 'POST', '/api/devices/idcard/simulator', { action: 'place', card: key })).status).toBe(200);
      await expect.poll(() => page.getByTestId(key === 'resident-wangqiang' ? 'kiosk-persons' : 'kiosk-ticket-number').isVisible()).toBe(true);
    }
    await expect.poll(() => page.getByTestId('kiosk-ticket-number').innerText()).toBe('A001');
    expect(await page.getByTestId('kiosk-ticket').innerText()).toContain('结婚登记');
    await screenshot(page, 'hall-day-2-kiosk-ticket', { fullPage: false });
    const booked = (await api(host.url, tokens.manager, 'GET', `/api/appointments?date=${today()}`)).json.items;
    expect(booked).toMatchObject([{ state: 'checked_in', ticketNumber: 'A001' }]);
  });

  it('the registrar calls them at window 1 and the board shows and announces it', async () => {
    await board.page.setViewportSize({ width: 1920, height: 1080 });
    await board.page.goto(`${host.url}/#/display?pair=${devices.display}`);
    await expect.poll(() => board.page.getByTestId('board-office').isVisible()).toBe(true);
    const overlay = board.page.getByTestId('sound-overlay');
    if (await overlay.isVisible()) await overlay.click();

    const page = clerk.page;
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.getByTestId('reader-simulator').getByRole('button', { name: '收起' }).click();
    await page.keyboard.press('Alt+Digit7');
    await page.getByTestId('window-card-1').getByRole('button', { name: '开窗' }).click();
    await expect.poll(() => page.getByText('当前没有号：按 F5 叫下一号').isVisible()).toBe(true);
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByTestId('call-explanation').isVisible()).toBe(true);
    // 张三 was born in 1949: the ticket is an elderly couple's.
    expect(await page.getByTestId('call-explanation').innerText()).toContain('优先：老年人');
    await screenshot(page, 'hall-day-3-registrar-called');

    await expect.poll(() => board.page.getByTestId('announcements').locator('li').first().textContent()).toBe('请 A001 号到 1 号窗口办理');
    const calls = await board.page.locator('main, body').first().innerText();
    expect(calls).toContain('A001');
    expect(calls).toContain('王*、张*');
    await screenshot(board.page, 'hall-day-4-board', { fullPage: false });
    for (const w of [manager, kiosk, clerk, board]) expect(w.problems).toEqual([]);
  });
});
