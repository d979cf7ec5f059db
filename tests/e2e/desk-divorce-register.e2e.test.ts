import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, openPage, signIn, type WatchedPage } from './browser';
import { deskShot } from './desk';
import { acceptedDaysAgoEndingSoon, seedDivorceAcceptedDaysAgo, today } from './seed';

type Seeded = ReturnType<typeof seedDivorceAcceptedDaysAgo>;

describe('a divorce registered in the collection period', () => {
  let host: RunningHost;
  let browser: Browser;
  let clerk: WatchedPage;
  let page: Page;
  let due: Seeded;
  let coolingSoon: Seeded;
  let collectionSoon: Seeded;
  const year = today().slice(0, 4);

  beforeAll(async () => {
    host = await startHost();
    await setUpOffice(host.url);
    // The product has no clock override: these applications were accepted weeks ago, written into the host's database.
    due = seedDivorceAcceptedDaysAgo(host.dataDir, '立新', 45);
    coolingSoon = seedDivorceAcceptedDaysAgo(host.dataDir, '向阳', acceptedDaysAgoEndingSoon('coolingOffEnds'));
    collectionSoon = seedDivorceAcceptedDaysAgo(host.dataDir, '春燕', acceptedDaysAgoEndingSoon('collectionEnds'));
    browser = await launchChromium();
    clerk = await openPage(browser);
    page = clerk.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('finds the application by the couple\'s 结婚证 number', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.keyboard.press('Alt+4');
    await expect.poll(() => page.getByRole('heading', { name: '离婚登记' }).isVisible()).toBe(true);
    await page.keyboard.type(due.certificateNumber);
    await page.keyboard.press('Enter');
    const results = page.getByTestId('divorce-results');
    await expect.poll(() => results.innerText()).toContain(due.husband.name);
    expect(await results.innerText()).toContain('待发证');
    expect(await results.innerText()).not.toContain(due.husband.idNumber);
    await results.getByRole('row', { name: new RegExp(due.husband.name) }).click();
    await expect.poll(() => page.url()).toContain(`#/cases/${due.divorceId}`);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('待发证');
    expect(await page.getByTestId('periods-today').innerText()).toContain('今天在领证期内');
  });

  it('confirms the agreement, refuses to register with one party missing, then registers with both present', async () => {
    const actions = page.getByTestId('case-actions');
    expect(await actions.getByRole('button', { name: '登记', exact: true }).isDisabled()).toBe(true);
    await actions.getByText('双方确认子女抚养已妥善安排').click();
    await actions.getByText('双方确认财产及债务处理已协商一致').click();
    await actions.getByRole('button', { name: '确认协议' }).click();
    await expect.poll(() => actions.innerText()).toContain('子女抚养已安排，财产债务已协商一致');

    await actions.getByRole('button', { name: '登记', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '登记' }).click();
    await expect.poll(() => page.getByTestId('violation-alert').first().innerText()).toContain('须双方共同到场办理离婚登记');
    expect(await page.getByTestId('case-status').innerText()).toBe('待发证');

    await actions.getByText('双方当事人均已亲自到场').click();
    await actions.getByRole('button', { name: '登记', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '登记' }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已登记');
    expect(await page.getByTestId('certificate-number').innerText()).toContain(`L110101-${year}-000001`);
    expect(await page.getByTestId('history').innerText()).toContain('确认离婚协议');
    await deskShot(page, 'desk-divorce-registered');
  });

  it('finds every case of a person by name in 案件查询, ID numbers masked', async () => {
    await page.keyboard.press('Alt+6');
    await expect.poll(() => page.getByRole('heading', { name: '案件查询' }).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type(due.wife.name);
    await page.keyboard.press('Enter');
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.innerText()).toContain('离婚登记');
    const text = await results.innerText();
    expect(text).toContain('结婚登记');
    expect(text).toContain(`L110101-${year}-000001`);
    expect(text).not.toContain(due.wife.idNumber);
    expect(text).toContain(`${due.wife.idNumber.slice(0, 6)}********${due.wife.idNumber.slice(-4)}`);
    await deskShot(page, 'desk-search');
  });

  it('lists today\'s work: cooling-off and collection periods ending soon', async () => {
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByTestId('cooling-off-ending').innerText()).toContain(coolingSoon.husband.name);
    expect(await page.getByTestId('collection-ending').innerText()).toContain(collectionSoon.husband.name);
    expect(await page.getByTestId('overrides-waiting').innerText()).toContain('今日无此类案件');
    await deskShot(page, 'desk-worklists');
    expect(clerk.problems).toEqual([]);
  });
});
