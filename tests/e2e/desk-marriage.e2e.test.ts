import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { launchChromium, openPage, signIn, type WatchedPage } from './browser';
import { deskShot, helpOf, typeIdentity } from './desk';
import { today } from './seed';

describe('a marriage at the desk, with no province configured', () => {
  let host: RunningHost;
  let browser: Browser;
  let clerk: WatchedPage;
  let page: Page;
  const year = Number(today().slice(0, 4));
  // 21 years old all this year: a year short of the man's marriage age (民法典 1047).
  const youngBirthDate = `${year - 21}-01-01`;
  const tooYoung = residentId(youngBirthDate, 'male');
  const groom = residentId('1994-10-08', 'male');
  const bride = residentId('1996-04-21', 'female');

  beforeAll(async () => {
    host = await startHost();
    await setUpOffice(host.url);
    browser = await launchChromium();
    clerk = await openPage(browser);
    page = clerk.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows the age violation next to 出生日期 while both parties are typed by keyboard, and clears it once the number is corrected', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.getByRole('heading', { name: '结婚登记' }).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('parties_0_party_name');

    await typeIdentity(page, { name: '王小明', idNumber: tooYoung, validUntil: '20360301' });
    await page.keyboard.press('Enter'); // → 已签署声明书
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter'); // 自愿 → 亲属关系 → 当事人二 姓名
    await typeIdentity(page, { name: '陈晓红', idNumber: bride, validUntil: 'long' });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');

    // The number filled in the birth date and sex; the live check answers beside the field.
    expect(await page.locator('#parties_0_party_birthDate').inputValue()).toBe(youngBirthDate);
    await expect.poll(() => helpOf(page, 'parties_0_party_birthDate').innerText()).toContain('男方未达法定婚龄');
    await expect.poll(() => helpOf(page, 'parties_0_party_birthDate').innerText()).toContain('年满 21 周岁，须年满 22 周岁');
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('审查发现 1 项');
    await deskShot(page, 'desk-marriage-violations');

    await page.locator('#parties_0_party_idNumber').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(groom);
    await expect.poll(() => helpOf(page, 'parties_0_party_birthDate').count()).toBe(0);
    expect(await page.locator('#parties_0_party_birthDate').inputValue()).toBe('1994-10-08');
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('省级婚姻状况核验未能完成');
    await page.locator('#parties_1_declarationSigned').focus();
    await deskShot(page, 'desk-marriage-form');
  });

  it('saves the draft, is refused acceptance for the unverified status, and asks a manager to review', async () => {
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('省级婚姻状况核验未能完成');
    expect(await dialog.getByLabel('说明（供主管参考）').inputValue()).toContain('未配置省级平台');
    await dialog.getByRole('button', { name: '提交主管复核' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/cases\/\d+$/);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('待受理');
    await expect.poll(() => page.getByTestId('awaiting-override').innerText()).toContain('等待大厅主管处理');
    expect(await page.getByRole('button', { name: '受理', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '复核通过' }).count()).toBe(0); // a registrar may not override
    expect(await page.getByTestId('status-checks').innerText()).toContain('未能核验');
  });

  it('lets the manager, in another window, pass it from 待主管复核 with a written reason', async () => {
    const manager = await openPage(browser);
    await signIn(manager.page, host.url, 'boss', 'boss-pass-12');
    await manager.page.keyboard.press('Alt+1');
    const waiting = manager.page.getByTestId('overrides-waiting');
    await expect.poll(() => waiting.innerText()).toContain('王小明');
    await waiting.getByRole('row', { name: /王小明/ }).getByRole('button', { name: '复核通过' }).click();
    const dialog = manager.page.getByRole('dialog');
    await expect.poll(() => manager.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await manager.page.keyboard.type('省级平台未接入，已电话联系区县婚姻登记档案室核实双方均无在婚记录');
    await deskShot(manager.page, 'manager-override', { fullPage: false });
    await dialog.getByRole('button', { name: '复核通过' }).click();
    await expect.poll(() => waiting.innerText()).toContain('今日无此类案件');
    expect(manager.problems).toEqual([]);
  });

  it('updates the registrar\'s case page by itself; the registrar accepts and registers, and sees the certificate number', async () => {
    await expect.poll(() => page.getByRole('button', { name: '受理', exact: true }).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已受理');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '登记' }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已登记');
    expect(await page.getByTestId('certificate-number').innerText()).toContain(`J110101-${year}-000001`);
    const history = await page.getByTestId('history').innerText();
    for (const step of ['录入申请', '提交主管复核', '主管复核通过', '受理', '登记发证']) expect(history).toContain(step);
    expect(await page.getByTestId('parties').innerText()).not.toContain(groom); // masked outside the forms
    expect(await page.getByRole('button', { name: '撤销登记' }).count()).toBe(0); // managers only
    await deskShot(page, 'desk-case-registered');
    expect(clerk.problems).toEqual([]);
  });
});
