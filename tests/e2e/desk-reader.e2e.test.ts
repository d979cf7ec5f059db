import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, openPage, signIn, type WatchedPage } from './browser';
import { deskShot } from './desk';

/** What one party panel shows, read back from its inputs. */
async function partyOf(page: Page, prefix: string) {
  const value = (field: string) => page.locator(`#${prefix}_${field}`).inputValue();
  const panel = page.locator(`[data-reader-party="${prefix.replaceAll('_', '.')}"]`);
  return {
    name: await value('name'),
    idNumber: await value('idNumber'),
    birthDate: await value('birthDate'),
    nationality: await value('nationality'),
    validUntil: await value('idValidUntil'),
    longTerm: await page.locator(`#${prefix}_idLongTerm`).isChecked(),
    male: await panel.getByRole('radio', { name: '男', exact: true }).isChecked(),
    byReader: await panel.getByRole('radio', { name: '读卡器读取' }).isChecked(),
    text: await panel.innerText(),
  };
}

/** A picture of the form, with the simulator panel folded to its one line (it floats over the page). */
async function shotWithPanelFolded(page: Page, simulator: Locator, name: string): Promise<void> {
  await simulator.getByRole('button', { name: '收起模拟读卡器' }).click();
  await expect.poll(() => simulator.innerText()).toContain('卡在读卡器上');
  // At the foot of the page, where a full-page picture puts a floating panel.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, document.body.scrollHeight);
  });
  await deskShot(page, name);
  await simulator.getByRole('button', { name: '展开模拟读卡器' }).click();
}

/** Puts a sample card on the simulated reader through its panel, and waits for the reader to hold it. */
async function place(simulator: Locator, who: string): Promise<void> {
  await simulator.getByRole('button', { name: `放卡：${who}` }).click();
  await expect.poll(() => simulator.getByTestId('simulator-state').innerText()).toContain(`卡在读卡器上：${who}`);
}

describe('the card reader at the desk, with HALL_READER=simulator', () => {
  let host: RunningHost;
  let browser: Browser;
  let clerk: WatchedPage;
  let page: Page;
  let simulator: Locator;

  beforeAll(async () => {
    host = await startHost({ env: { HALL_READER: 'simulator' } });
    const { admin } = await setUpOffice(host.url, host.adminPassword);
    // Foreign-related marriages too, so a foreign card's marriage is one this office may register.
    await api(host.url, admin, 'PUT', '/api/settings/office', { officeName: '东城区民政局婚姻登记处', officeCode: '110101001', foreignRelated: true });
    browser = await launchChromium();
    clerk = await openPage(browser);
    page = clerk.page;
    simulator = page.getByTestId('reader-simulator');
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('fills both parties of a marriage from two cards, marked 读卡器读取; a name edited afterwards is a typed identity', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.getByRole('heading', { name: '结婚登记' }).isVisible()).toBe(true);
    await expect.poll(() => simulator.innerText()).toContain('模拟读卡器（演示/测试）');
    expect(await simulator.getByTestId('simulator-state').innerText()).toContain('无卡');
    await expect.poll(() => page.getByTestId('party-0').getByTestId('read-card').isEnabled()).toBe(true);

    await place(simulator, '王强');
    await page.locator('#parties_0_party_name').focus();
    await page.keyboard.press('F2');
    await expect.poll(() => page.locator('#parties_0_party_name').inputValue()).toBe('王强');
    expect(await partyOf(page, 'parties_0_party')).toMatchObject({
      idNumber: '110108198805140034', birthDate: '1988-05-14', nationality: 'CHN', validUntil: '2038-03-01', longTerm: false, male: true, byReader: true,
    });
    const first = page.getByTestId('party-0');
    expect(await first.getByTestId('card-read').innerText()).toContain('已读取居民身份证芯片');
    expect(await first.getByTestId('photo-note').innerText()).toBe('照片未解码：未安装照片解码模块');
    expect(await first.getByLabel('核验理由').count()).toBe(0); // a card read needs no reason

    // 张三 onto the reader; F2 with the focus in party two reads into party two.
    await place(simulator, '张三');
    await page.locator('#parties_1_party_idNumber').click();
    await page.keyboard.press('F2');
    await expect.poll(() => page.locator('#parties_1_party_name').inputValue()).toBe('张三');
    expect(await partyOf(page, 'parties_1_party')).toMatchObject({ idNumber: '11010519491231002X', birthDate: '1949-12-31', male: false, byReader: true });
    expect(await partyOf(page, 'parties_0_party')).toMatchObject({ name: '王强', byReader: true });
    for (const i of [0, 1]) await page.getByTestId(`party-${i}`).getByText('已当面签署《申请结婚登记声明书》').click();
    // The rules take the read identities as they are: the live check runs on.
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('省级婚姻状况核验未能完成');
    await page.locator('#parties_0_declarationSigned').focus();
    await shotWithPanelFolded(page, simulator, 'desk-reader-two-cards');

    // One character more in party one's name: no longer what the chip said.
    await page.locator('#parties_0_party_name').click();
    await page.keyboard.press('End');
    await page.keyboard.type('伟');
    await expect.poll(async () => (await partyOf(page, 'parties_0_party')).byReader).toBe(false);
    expect(await first.getByRole('radio', { name: '人工核验' }).isChecked()).toBe(true);
    expect(await first.getByTestId('card-edited').innerText()).toContain('已改为人工核验');
    expect(await first.getByLabel('核验理由').inputValue()).toBe('已人工核对身份证原件');
    expect((await partyOf(page, 'parties_1_party')).byReader).toBe(true);
    // 读卡器读取 cannot be clicked back on: clicking it reads the card (张三's, which is party two's).
    await first.getByText('读卡器读取').click();
    await expect.poll(() => first.getByTestId('card-waiting').innerText()).toContain('仍是 张三 的证件');
    await deskShot(page, 'desk-reader-waiting', { fullPage: false });
    await first.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => first.getByTestId('card-waiting').count()).toBe(0);
    expect(await partyOf(page, 'parties_0_party')).toMatchObject({ name: '王强伟', byReader: false });
    expect(await first.getByTestId('card-edited').isVisible()).toBe(true);
    // With 王强's own card on the reader, the same click reads it: the chip's name and 读卡器读取 again.
    await place(simulator, '王强');
    await first.getByText('读卡器读取').click();
    await expect.poll(() => page.locator('#parties_0_party_name').inputValue()).toBe('王强');
    expect((await partyOf(page, 'parties_0_party')).byReader).toBe(true);
    expect(await first.getByTestId('card-edited').count()).toBe(0);
  });

  it('waits for a card placed after F2, and reads a foreign permanent resident card with its document and nationality', async () => {
    await page.getByRole('button', { name: '清空' }).click();
    await expect.poll(() => page.locator('#parties_0_party_name').inputValue()).toBe('');
    expect(await page.getByTestId('card-edited').count()).toBe(0);
    await simulator.getByRole('button', { name: '取走' }).click();
    await expect.poll(() => simulator.getByTestId('simulator-state').innerText()).toBe('无卡');

    // No card yet: F2 waits, says so, and takes the card as soon as it is placed.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F2'); // nothing focused in a panel: the first party not yet read
    await expect.poll(() => page.getByTestId('party-0').getByTestId('card-waiting').innerText()).toContain('请将证件放在读卡器上');
    await simulator.getByRole('button', { name: '放卡：史约翰' }).click();
    await expect.poll(() => page.locator('#parties_0_party_name').inputValue()).toBe('史约翰');
    const foreign = await partyOf(page, 'parties_0_party');
    expect(foreign).toMatchObject({ idNumber: 'CAN317901010018', nationality: 'CAN', birthDate: '1979-01-01', validUntil: '2027-07-01', male: true, byReader: true });
    expect(foreign.text).toContain('外国人永久居留身份证');
    expect(await page.getByTestId('party-0').getByTestId('card-read').innerText()).toContain('已读取外国人永久居留身份证芯片');

    await place(simulator, '张三');
    await page.keyboard.press('F2'); // the first party not yet read: party two
    await expect.poll(() => page.locator('#parties_1_party_name').inputValue()).toBe('张三');
    for (const i of [0, 1]) await page.getByTestId(`party-${i}`).getByText('已当面签署《申请结婚登记声明书》').click();
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('省级婚姻状况核验未能完成');
    await shotWithPanelFolded(page, simulator, 'desk-reader-foreign');
    expect(clerk.problems).toEqual([]);
  });

  it('reads a Hong Kong residence permit into the applicant of a reissue; a read left waiting is cancelled with Esc', async () => {
    await simulator.getByRole('button', { name: '取走' }).click();
    await page.getByTestId('side-menu').getByRole('menuitem', { name: /补领证书/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: '补领证书' }).isVisible()).toBe(true);
    await page.getByTestId('applicant').getByTestId('read-card').click();
    await expect.poll(() => page.getByTestId('card-waiting').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('card-waiting').count()).toBe(0);

    await place(simulator, '陈大文');
    await page.keyboard.press('F2');
    await expect.poll(() => page.locator('#applicant_name').inputValue()).toBe('陈大文');
    const hk = await partyOf(page, 'applicant');
    expect(hk).toMatchObject({ idNumber: '810000199001010019', nationality: 'CHN', validUntil: '2031-06-01', byReader: true });
    expect(hk.text).toContain('港澳台居民居住证');
    expect(clerk.problems).toEqual([]);
  });
});

describe('the desk with the reader switched off (HALL_READER=none)', () => {
  let host: RunningHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHost({ env: { HALL_READER: 'none' } });
    await setUpOffice(host.url, host.adminPassword);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('says so on the 读卡 button and in the panel, shows no simulator, and leaves typing as it was', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.keyboard.press('Alt+2');
    const first = page.getByTestId('party-0');
    await expect.poll(() => first.getByTestId('reader-unavailable').innerText()).toContain('本机未启用读卡器');
    expect(await first.getByTestId('read-card').isDisabled()).toBe(true);
    await first.getByTestId('read-card').hover({ force: true });
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('本机未启用读卡器');
    expect(await first.getByRole('radio', { name: '读卡器读取' }).isDisabled()).toBe(true);
    expect(await first.getByRole('radio', { name: '人工核验' }).isChecked()).toBe(true);
    expect(await page.getByTestId('reader-simulator').count()).toBe(0);
    await deskShot(page, 'desk-reader-off', { fullPage: false });
    await page.keyboard.press('F2');
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('本机未启用读卡器');
    expect(problems).toEqual([]);
  });
});
