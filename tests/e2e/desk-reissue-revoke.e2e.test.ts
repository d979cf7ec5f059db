import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { launchChromium, openPage, signIn, type WatchedPage } from './browser';
import { deskShot } from './desk';
import { registerMarriageByApi, today, type Couple } from './seed';

describe('a reissued 结婚证, and a registration revoked by the manager', () => {
  let host: RunningHost;
  let browser: Browser;
  let lost: Couple;
  let fraudulent: Couple;
  const year = today().slice(0, 4);

  beforeAll(async () => {
    host = await startHost();
    const tokens = await setUpOffice(host.url);
    lost = await registerMarriageByApi(host.url, tokens.clerk, tokens.manager, '丽华');
    fraudulent = await registerMarriageByApi(host.url, tokens.clerk, tokens.manager, '冒名');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('reissues a lost 结婚证 to one of its holders, fetched from the record, with its own BJ number', async () => {
    const { page, problems }: WatchedPage = await openPage(browser);
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.keyboard.press('Alt+5');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('originalCertificateNumber');
    await page.keyboard.type(lost.certificateNumber);
    await page.keyboard.press('Enter'); // → 调取登记信息
    await page.keyboard.press('Enter');
    await page.getByText(`当事人二 ${lost.wife.name}`).click();
    await expect.poll(() => page.locator('#applicant_idNumber').inputValue()).toBe(lost.wife.idNumber);
    await page.locator('#applicant_idLongTerm').check();
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('审查通过');
    await page.getByRole('button', { name: '受理', exact: true }).click();

    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已受理');
    await page.getByRole('button', { name: '补发结婚证' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '补发' }).click();
    await expect.poll(() => page.getByTestId('certificate-number').innerText()).toContain(`BJ110101-${year}-000001`);
    expect(await page.getByTestId('history').innerText()).toContain(`替换原证书 ${lost.certificateNumber}`);
    await deskShot(page, 'desk-reissue');
    expect(problems).toEqual([]);
  });

  it('lets the manager revoke a registration on a 司法建议书, refusing a document dated in the future', async () => {
    const { page, problems }: WatchedPage = await openPage(browser);
    await signIn(page, host.url, 'boss', 'boss-pass-12');
    await page.keyboard.press('Alt+6');
    // Type only once the search box has the focus: under load the screen may still be mounting.
    await expect.poll(() => page.evaluate(() => window.location.hash.startsWith('#/search') && document.activeElement?.tagName === 'INPUT')).toBe(true);
    await page.keyboard.type(fraudulent.certificateNumber);
    await page.keyboard.press('Enter');
    await page.getByTestId('search-results').getByRole('row', { name: new RegExp(fraudulent.husband.name) }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已登记');

    await page.getByRole('button', { name: '撤销登记' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('撤销依据').click();
    await page.getByTitle('司法建议书').click();
    await dialog.getByLabel('文书编号').fill(`（${year}）京0101司建3号`);
    await dialog.getByLabel('文书日期').fill(addDays(today(), 1).replaceAll('-', ''));
    await dialog.getByLabel('备注').fill('经法院查明，男方系冒用他人身份证件办理结婚登记');
    await dialog.getByRole('button', { name: '撤销登记' }).click();
    await expect.poll(() => page.locator('#basis_issuedOn_help').innerText()).toContain('晚于今天');

    await dialog.getByLabel('文书日期').fill(addDays(today(), -3).replaceAll('-', ''));
    await deskShot(page, 'manager-revoke', { fullPage: false });
    await dialog.getByRole('button', { name: '撤销登记' }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已撤销');
    expect(await page.getByText('依据司法建议书').isVisible()).toBe(true);
    expect(await page.getByTestId('history').innerText()).toContain('撤销登记');
    expect(await page.getByRole('button', { name: '撤销登记' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
