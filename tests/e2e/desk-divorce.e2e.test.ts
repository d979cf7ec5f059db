import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divorcePeriods } from '../../main/domain/divorce';
import { startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, openPage, signIn, type WatchedPage } from './browser';
import { deskShot, typeIdentity } from './desk';
import { calendar, registerMarriageByApi, today, type Couple } from './seed';

/** 2025-06-05 → 2025年6月5日, as the screens write dates. */
const cn = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;

describe('a divorce application accepted at the desk, then withdrawn by one party', () => {
  let host: RunningHost;
  let browser: Browser;
  let clerk: WatchedPage;
  let page: Page;
  let couple: Couple;

  beforeAll(async () => {
    host = await startHost();
    const tokens = await setUpOffice(host.url);
    couple = await registerMarriageByApi(host.url, tokens.clerk, tokens.manager, '建国');
    browser = await launchChromium();
    clerk = await openPage(browser);
    page = clerk.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('accepts the application typed by keyboard; Day 0 is today and the periods are drawn and spelled out', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.getByRole('heading', { name: '离婚申请' }).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('marriageCertificateNumber');
    await page.keyboard.type(couple.certificateNumber);
    await page.keyboard.press('Tab'); // 调取登记信息 (not needed: the parties are typed)
    await page.keyboard.press('Tab'); // 已提交离婚协议书
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter'); // → 当事人一 姓名
    await typeIdentity(page, { name: couple.husband.name, idNumber: couple.husband.idNumber, validUntil: 'long' });
    await page.keyboard.press('Enter'); // → 具有完全民事行为能力 (ticked)
    await page.keyboard.press('Enter'); // → 当事人二 姓名
    await typeIdentity(page, { name: couple.wife.name, idNumber: couple.wife.idNumber, validUntil: '20380915' });

    const periods = divorcePeriods(today(), calendar);
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('审查通过');
    await expect.poll(() => page.getByTestId('periods-preview').innerText()).toContain(`冷静期：${cn(periods.coolingOffStarts)}至${cn(periods.coolingOffEnds)}`);

    await deskShot(page, 'desk-divorce-form');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.url()).toMatch(/#\/cases\/\d+$/);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('冷静期');
    const words = page.getByTestId('periods');
    await expect.poll(() => words.innerText()).toContain('今天是受理日（第 0 日）');
    expect(await page.getByTestId('cooling-words').innerText()).toMatch(new RegExp(`^${cn(periods.coolingOffStarts)}至${cn(periods.coolingOffEnds)}（共\\d+日`));
    expect(await page.getByTestId('collection-words').innerText()).toContain(`${cn(periods.collectionStarts)}至${cn(periods.collectionEnds)}`);
    expect(await words.innerText()).toContain(cn(periods.deemedWithdrawnOn));
    const calendarCell = (date: string) => page.getByTestId('period-calendar').locator(`[data-date="${date}"]`);
    expect(await calendarCell(today()).getAttribute('data-kind')).toBe('day0');
    expect(await calendarCell(periods.coolingOffEnds).getAttribute('data-kind')).toBe('cooling');
    expect(await calendarCell(periods.collectionStarts).getAttribute('data-kind')).toBe('collection');
    expect(await page.getByTestId('case-actions').innerText()).toContain('冷静期内尚不能登记离婚');
    await deskShot(page, 'desk-divorce-accepted-timeline');
  });

  it('withdraws on the word of one party alone, named in the confirmation', async () => {
    await page.getByRole('button', { name: `当事人二（${couple.wife.name}）撤回` }).click();
    const confirm = page.locator('.ant-popconfirm');
    await expect.poll(() => confirm.innerText()).toContain(`确认由当事人二「${couple.wife.name}」撤回离婚登记申请？`);
    await confirm.getByRole('button', { name: '确认撤回' }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已撤回');
    expect(await page.getByText(`${cn(today())} 由当事人二撤回`).isVisible()).toBe(true);
    expect(await page.getByTestId('history').innerText()).toContain('由当事人二提出');
    expect(await page.getByRole('button', { name: /撤回$/ }).count()).toBe(0);
    await deskShot(page, 'desk-withdrawn');
    expect(clerk.problems).toEqual([]);
  });
});
