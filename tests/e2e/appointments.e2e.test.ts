import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';
import { today } from './seed';

const groom = residentId('1990-04-12', 'male');
const bride = residentId('1992-09-30', 'female');
const otherBride = residentId('1993-02-11', 'female');

const compact = (date: string) => date.replaceAll('-', '');

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name, selected: true }).count()).toBe(1);
}

/** Picks an option of the antd select labelled `label` (inside `scope`) by its text. */
async function choose(page: Page, scope: ReturnType<Page['locator']> | Page, label: string, option: RegExp): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

describe('a manager runs the bookings', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let tokens: Awaited<ReturnType<typeof setUpOffice>>;
  // Two ordinary working days the office takes bookings for, from the host's own calendar (never computed here).
  let dayA: string;
  let dayB: string;

  beforeAll(async () => {
    host = await startHost();
    tokens = await setUpOffice(host.url, host.adminPassword);
    const cal = await api(host.url, tokens.manager, 'GET', `/api/appointments/calendar?from=${today()}&to=${today()}`);
    const span = await api(host.url, tokens.manager, 'GET', `/api/appointments/calendar?from=${cal.json.bookFrom}&to=${cal.json.bookTo}`);
    const open = (span.json.days as { date: string; kind: string }[]).filter((d) => d.kind === 'ordinary').map((d) => d.date);
    [dayA, dayB] = open as [string, string];
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens 预约管理 on the calendar of the booking window', async () => {
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    await page.getByRole('menuitem', { name: /预约管理/ }).click();
    await expect.poll(() => page.url()).toContain('#/appointments');
    await expect.poll(() => page.getByTestId('calendar-days').locator('[data-date]').count()).toBe(16);
    await expect.poll(() => page.getByTestId('book-window').innerText()).toMatch(/^可预约 \d{4}年/);
    await screenshot(page, 'appointments-calendar');
  });

  it('raises the marriage places per slot in the plan', async () => {
    await openTab(page, '预约计划');
    const form = page.getByTestId('plan-form');
    await expect.poll(() => form.getByLabel('工作日名额 结婚登记').inputValue()).toBe('4');
    await form.getByLabel('工作日名额 结婚登记').fill('5');
    await expect.poll(() => form.getByText('有未保存的修改').isVisible()).toBe(true);
    await screenshot(page, 'appointments-plan');
    await form.getByRole('button', { name: '保存预约计划' }).click();
    await expect.poll(() => form.getByText('已与系统中的预约计划一致').isVisible()).toBe(true);
    expect((await api(host.url, tokens.manager, 'GET', '/api/appointments/plan')).json.capacity.marriage).toBe(5);
  });

  it('shows what is wrong with a plan beside its field, and saves nothing', async () => {
    const form = page.getByTestId('plan-form');
    await form.getByLabel('最早可约（提前天数）').fill('20');
    await form.getByRole('button', { name: '保存预约计划' }).click();
    await expect.poll(() => form.getByText('最早可约天数不能大于最晚可约天数').isVisible()).toBe(true);
    await form.getByRole('button', { name: '撤销修改' }).click();
    await expect.poll(() => form.getByLabel('最早可约（提前天数）').inputValue()).toBe('1');
    // A day override on a date that does not exist is caught beside its field.
    await form.getByRole('button', { name: '添加调整日' }).click();
    await form.getByLabel('调整日 1 日期').fill('20261299');
    await form.getByRole('button', { name: '保存预约计划' }).click();
    await expect.poll(() => form.getByText('请输入有效日期，如 20261231').isVisible()).toBe(true);
    await form.getByRole('button', { name: '撤销修改' }).click();
    await expect.poll(() => form.getByText('尚无调整日。').isVisible()).toBe(true);
    expect((await api(host.url, tokens.manager, 'GET', '/api/appointments/plan')).json).toMatchObject({ bookAheadMinDays: 1, dayOverrides: [] });
  });

  it('books a couple by phone from a slot of the calendar, checked as it is typed', async () => {
    await openTab(page, '预约日历');
    await page.locator(`[data-date="${dayA}"]`).click();
    const cell = page.getByTestId('slot-09:00-marriage');
    await expect.poll(() => cell.innerText()).toBe('0/5');
    await cell.click();
    await expect.poll(() => page.getByRole('tab', { name: '电话预约', selected: true }).count()).toBe(1);
    const form = page.getByTestId('booking-form');
    await expect.poll(() => form.getByLabel('预约日期').inputValue()).toBe(dayA);
    await expect.poll(() => form.innerText()).toContain('09:00–09:30（余 5）');

    await form.getByTestId('person-0').getByLabel('证件号码').fill(groom);
    await form.getByTestId('person-0').getByLabel('姓名').fill('张伟');
    await form.getByTestId('person-1').getByLabel('证件号码').fill(bride);
    await form.getByTestId('person-1').getByLabel('姓名').fill('李娜');
    await form.getByLabel('联系电话').fill('13800138000');
    await expect.poll(() => form.getByTestId('check-ok').isVisible()).toBe(true);
    await screenshot(page, 'appointments-booking');
    await form.getByRole('button', { name: '预约' }).click();
    const done = page.getByTestId('booking-success');
    await expect.poll(() => done.innerText()).toMatch(/已预约：.*09:00–09:30，结婚登记[\s\S]*张伟（110105\*+\d{3}[\dX]）、李娜/);
  });

  it('tells at once that the man will not be 22 on the booked day', async () => {
    const form = page.getByTestId('booking-form');
    await expect.poll(() => form.getByLabel('预约日期').inputValue()).toBe(dayA);
    await choose(page, form, '时段', /^09:30–10:00/);
    // 22 the day after the booked day: one day short of the man's marriage age.
    const next = addDays(dayA, 1);
    const youngMan = residentId(`${Number(next.slice(0, 4)) - 22}${next.slice(4)}`, 'male');
    await form.getByTestId('person-0').getByLabel('证件号码').fill(youngMan);
    await form.getByTestId('person-0').getByLabel('姓名').fill('赵小军');
    await form.getByTestId('person-1').getByLabel('证件号码').fill(otherBride);
    await form.getByTestId('person-1').getByLabel('姓名').fill('钱小红');
    const man = form.getByTestId('person-0');
    await expect.poll(() => man.innerText()).toContain('男方未达法定婚龄');
    expect(await man.innerText()).toMatch(/年满 21 周岁，须年满 22 周岁/);
    await screenshot(page, 'appointments-booking-refused');
    // The host refuses it too, the same way.
    await form.getByRole('button', { name: '预约' }).click();
    await expect.poll(() => form.getByTestId('booking-refused').isVisible()).toBe(true);
    expect(await man.innerText()).toContain('男方未达法定婚龄');
    expect((await api(host.url, tokens.manager, 'GET', `/api/appointments?date=${dayA}`)).json.items).toHaveLength(1);
  });

  it('lists the day, moves the couple to another day and cancels another booking', async () => {
    const other = await api(host.url, tokens.clerk, 'POST', '/api/appointments', {
      service: 'reissue', date: dayA, slotStart: '10:00', source: 'phone',
      persons: [{ idNumber: residentId('1985-06-01', 'female'), name: '孙丽' }],
    });
    expect(other.status).toBe(200);

    await openTab(page, '当日预约');
    await page.getByRole('textbox', { name: '日期', exact: true }).fill(compact(dayA));
    const table = page.getByTestId('appointments-table');
    const couple = table.getByRole('row', { name: /张伟/ });
    await expect.poll(() => couple.innerText()).toMatch(/09:00–09:30\s+结婚登记\s+张伟 110105\*+\d{3}[\dX]\s+李娜 110105\*+\d{3}[\dX]\s+13800138000\s+电话\s+已预约/);
    expect(await table.innerText()).not.toContain(groom);
    await screenshot(page, 'appointments-day-list');

    await couple.getByRole('button', { name: '改约' }).click();
    const move = page.getByRole('dialog', { name: /改约：张伟、李娜/ });
    await move.getByLabel('新的日期').fill(compact(dayB));
    await choose(page, move, '新的时段', /^10:00–10:30/);
    await move.getByLabel('改约原因').fill('当事人来电改期');
    await screenshot(page, 'appointments-move', { fullPage: false });
    await move.getByRole('button', { name: '改约' }).click();
    await expect.poll(() => move.isVisible()).toBe(false);
    await expect.poll(() => table.getByRole('row', { name: /张伟/ }).count()).toBe(0);
    const moved = (await api(host.url, tokens.manager, 'GET', `/api/appointments?date=${dayB}`)).json.items;
    expect(moved).toMatchObject([{ slotStart: '10:00', state: 'booked', persons: [{ name: '张伟' }, { name: '李娜' }] }]);

    const reissue = table.getByRole('row', { name: /孙丽/ });
    await reissue.getByRole('button', { name: '取消' }).click();
    const cancel = page.getByRole('dialog', { name: /取消预约：孙丽/ });
    await cancel.getByLabel('取消原因').fill('当事人来电取消');
    await cancel.getByRole('button', { name: '取消预约' }).click();
    await expect.poll(() => reissue.innerText()).toContain('已取消');
    await screenshot(page, 'appointments-cancelled');
  });

  it('shows the moved booking in the calendar and lists no-shows', async () => {
    await openTab(page, '预约日历');
    await page.locator(`[data-date="${dayB}"]`).click();
    await expect.poll(() => page.getByTestId('slot-10:00-marriage').innerText()).toBe('1/5');
    await openTab(page, '当日预约');
    await page.getByText('未到记录', { exact: true }).click();
    await expect.poll(() => page.getByTestId('appointments-table').innerText()).toContain('暂无数据');
    await screenshot(page, 'appointments-no-shows');
    expect(watched.problems).toEqual([]);
  });
});
