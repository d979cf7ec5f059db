import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOfficeKey } from '../../main/exchange/signing';
import { api, startHost, type RunningHost } from '../helpers/host';
import { marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { startReferenceProvince, type ReferenceProvince } from '../helpers/province';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';

const OFFICE = '110101001';
const REFUSAL = { code: 'E_ALREADY_MARRIED', message: '省级记录显示有配偶' };

describe("the manager's upload panel", () => {
  const key = generateOfficeKey();
  // The province refuses the couples tagged 拒收 on their merits until the test says it has corrected its records.
  let refusing = true;
  let province: ReferenceProvince;
  let host: RunningHost;
  let clerk: string;
  let manager: string;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  const status = async () => (await api(host.url, manager, 'GET', '/api/exchange/status')).json as { deliveredToday: number; rejected: number; pending: number; state: string };

  beforeAll(async () => {
    province = await startReferenceProvince({
      offices: { [OFFICE]: key.publicKey },
      // Nobody is on the province's books as married: every marital-status check answers unmarried.
      defaultMaritalStatus: 'unmarried',
      judge: (record) => (refusing && (record.raw.parties as { name: string }[]).some((p) => p.name.endsWith('拒收')) ? REFUSAL : null),
    });
    host = await startHost({ env: { HALL_PROVINCE_URL: province.url, HALL_PROVINCE_KEY: key.privateKey, HALL_OFFICE_CODE: OFFICE } });
    ({ clerk, manager } = await setUpOffice(host.url, host.adminPassword, OFFICE));
    await marry(host.url, clerk, '甲');
    await marry(host.url, clerk, '拒收');
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await province?.close();
  });

  const rejections = () => page.getByTestId('rejections-table');

  it('shows the day\'s uploads and the parked rejection with the province\'s code, and retries it once the province is corrected', async () => {
    // One registration accepted, the other refused on its merits and parked.
    await expect.poll(async () => {
      const s = await status();
      return [s.deliveredToday, s.rejected, s.pending];
    }, { timeout: 20_000 }).toEqual([1, 1, 0]);
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    await page.getByRole('menuitem', { name: '上传省级平台' }).click();
    await expect.poll(() => page.url()).toContain('#/uploads');
    const figures = page.getByTestId('upload-figures');
    await expect.poll(() => figures.innerText()).toMatch(/今日已上传\s+1\s*条\s+待上传\s+0\s*条/);
    expect(await figures.innerText()).toMatch(/被退回\s+1\s*条/);
    await expect.poll(() => page.getByTestId('upload-state').innerText()).toContain('空闲');
    expect(await page.getByTestId('upload-config').innerText()).toContain('已配置省级平台');
    await screenshot(page, 'uploads-panel');

    const row = rejections().getByRole('row', { name: /E_ALREADY_MARRIED/ });
    await expect.poll(() => row.innerText()).toContain('结婚登记');
    const text = await row.innerText();
    expect(text).toContain(REFUSAL.message);
    expect(text).toMatch(/\d{4}/); // the certificate number
    const caseLink = row.getByRole('link', { name: /案件 \d+/ });
    expect(await caseLink.getAttribute('href')).toMatch(/^#\/cases\/\d+$/);
    await screenshot(page, 'uploads-rejection');

    // The province corrects its books; the record goes again and is accepted.
    refusing = false;
    await row.getByRole('button', { name: '重新上传' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '重新上传' }).click();
    await expect.poll(() => figures.innerText(), { timeout: 15_000 }).toMatch(/今日已上传\s+2\s*条/);
    await expect.poll(() => rejections().innerText()).toContain('没有被退回的记录');
    expect(await figures.innerText()).toMatch(/被退回\s+0\s*条/);
  });

  it('acknowledges a rejection with a note, which the dialog requires', async () => {
    refusing = true;
    await marry(host.url, clerk, '再拒收');
    const row = rejections().getByRole('row', { name: /E_ALREADY_MARRIED/ });
    // The new rejection arrives by the live event, without reloading the page.
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);

    await row.getByRole('button', { name: '确认知悉' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('E_ALREADY_MARRIED');
    await dialog.getByRole('button', { name: '确认知悉' }).click();
    await expect.poll(() => dialog.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await dialog.getByLabel('处理说明').fill('当事人已在外省登记结婚，本处登记另案撤销，此记录不再上传');
    await screenshot(page, 'uploads-acknowledge-note', { fullPage: false });
    await dialog.getByRole('button', { name: '确认知悉' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => rejections().innerText()).toContain('没有被退回的记录');
    expect(await page.getByTestId('upload-figures').innerText()).toMatch(/被退回\s+0\s*条/);
    await screenshot(page, 'uploads-acknowledged');
  });

  it('tells the manager on every screen when the province refuses the signature, and uploads stop', async () => {
    // The marital-status checks of the registration still pass; its upload is held off (503) until the
    // province has forgotten the office's key, so that upload is the one refused.
    province.faults.next('unavailable503', 1, { on: 'batch', retryAfterSec: 2 });
    await marry(host.url, clerk, '丙');
    province.offices.remove(OFFICE);
    await expect.poll(async () => (await status()).state, { timeout: 15_000 }).toBe('stopped');
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    const banner = page.getByTestId('upload-alert');
    await expect.poll(() => banner.innerText()).toContain('上传已停止');
    expect(await banner.getAttribute('class')).toContain('ant-alert-error');
    await screenshot(page, 'uploads-alert');
    await banner.getByRole('link', { name: '查看上传情况' }).click();
    await expect.poll(() => page.url()).toContain('#/uploads');
    await expect.poll(() => page.getByTestId('upload-state').innerText()).toContain('已停止');
    expect(await page.getByTestId('upload-figures').innerText()).toMatch(/待上传\s+1\s*条/);
    expect(await page.getByTestId('upload-progress').innerText()).toContain('上传已停止：今日已上传 2 条，还剩 1 条');
    expect(await page.getByTestId('upload-last-error').innerText()).toContain('E_SIGNATURE');
    expect(await page.getByTestId('upload-config').innerText()).toContain('HALL_PROVINCE_KEY');
    await screenshot(page, 'uploads-stopped');
    expect(watched.problems).toEqual([]);
  });
});
