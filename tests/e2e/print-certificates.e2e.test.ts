import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOfficeKey } from '../../main/exchange/signing';
import { api, startHost, tempDataDir, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { MM, pdfWords } from '../helpers/pdf';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';
import { deskShot } from './desk';
import { registerMarriageByApi, today, type Couple } from './seed';

/** The 持证人 box of the 结婚证 template, in points as pdftotext reports them. */
function holderBox() {
  const template = JSON.parse(fs.readFileSync(path.resolve('resources/templates/marriage-certificate.json'), 'utf8')) as { fields: { key: string; box: { x: number; y: number; width: number; height: number } }[] };
  const { box } = template.fields.find((f) => f.key === 'holder')!;
  return { xMin: box.x * MM, yMin: box.y * MM, xMax: (box.x + box.width) * MM, yMax: (box.y + box.height) * MM };
}

/** The text printed in the 持证人 box of a printed PDF (within 0.5 mm of the box). */
function holderIn(file: string): string {
  const b = holderBox();
  const slack = 0.5 * MM;
  return pdfWords(file)
    .filter((w) => w.page === 1 && w.xMin >= b.xMin - slack && w.xMax <= b.xMax + slack && w.yMin >= b.yMin - slack && w.yMax <= b.yMax + slack)
    .map((w) => w.text)
    .join('');
}

describe('printing the two 结婚证 of a registered marriage at the desk', () => {
  const key = generateOfficeKey();
  const pdfDir = tempDataDir('hall-printed-');
  let host: RunningHost;
  let clerk: string;
  let couple: Couple;
  let windowId: number;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  /** The PDFs the printer wrote so far, oldest first (their names start with the time of the job). */
  const printed = () => fs.readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(pdfDir, f));
  const uses = () => page.getByTestId('print-uses');
  const useRow = (serial: string) => uses().locator('tr', { hasText: serial });

  beforeAll(async () => {
    host = await startHost({ env: { HALL_PRINTER: `pdf:${pdfDir}`, HALL_PROVINCE_KEY: key.privateKey } });
    const tokens = await setUpOffice(host.url);
    clerk = tokens.clerk;
    couple = await registerMarriageByApi(host.url, tokens.clerk, tokens.manager, '印证');
    // The manager receives a batch of blank 结婚证 and hands ten of them to window 1, which the registrar opens.
    const hallWindow = await api(host.url, tokens.manager, 'POST', '/api/queue/windows', { number: 1, name: '结婚登记', services: ['marriage'] });
    windowId = hallWindow.json.id;
    const batch = await api(host.url, tokens.manager, 'POST', '/api/stock/batches', { type: 'marriage', prefix: 'AJ', from: 1001, to: 1100, digits: 8, receivedOn: today(), receivedBy: '王芳' });
    expect(batch.status).toBe(200);
    const range = await api(host.url, tokens.manager, 'POST', '/api/stock/ranges', { batchId: batch.json.id, from: 1001, to: 1010, windowId });
    expect(range.status).toBe(200);
    expect((await api(host.url, clerk, 'POST', `/api/queue/windows/${windowId}/open`)).status).toBe(200);
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(pdfDir, { recursive: true, force: true });
  });

  it('previews the first 结婚证 with F9 on the case page: both parties on the booklet, drawn by pdf.js', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.goto(`${host.url}/#/cases/${couple.caseId}`);
    const card = page.getByTestId('print-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    // The window the registrar has open is the one whose blanks the certificates take.
    await expect.poll(() => page.getByTestId('print-window').innerText()).toContain('1 号窗口');
    expect(await page.getByTestId('printables').innerText()).toContain(`结婚证 · ${couple.husband.name}`);

    await page.keyboard.press('F9');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain(`预览：结婚证 · ${couple.husband.name}`);
    const drawn = () => dialog.locator('[data-testid="pdf-page"][data-drawn="true"]').count();
    await expect.poll(drawn).toBeGreaterThan(0);
    expect(await dialog.getByTestId('print-notes').innerText()).toContain('没有存档照片');
    await dialog.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => dialog.getByTestId('pdf-zoom').innerText()).toBe('125%');
    await expect.poll(drawn).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: '缩小' }).click();
    await expect.poll(drawn).toBeGreaterThan(0);
    await screenshot(page, 'print-preview-marriage', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(printed()).toEqual([]); // a preview takes no blank and prints nothing
  });

  it('prints both, each on the window\'s next blank, each PDF naming its own holder in the 持证人 box', async () => {
    // F9, look, Enter: the 打印 button has the focus once the copy is on screen.
    await page.keyboard.press('F9');
    await expect.poll(() => page.getByRole('dialog').locator('[data-testid="pdf-page"][data-drawn="true"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('打印');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => useRow('AJ00001001').innerText()).toContain('已打印');
    await expect.poll(() => printed().length).toBe(1);

    await page.getByTestId('printables').locator('tr', { hasText: `结婚证 · ${couple.wife.name}` }).getByRole('button', { name: '打印' }).click();
    await expect.poll(() => useRow('AJ00001002').innerText()).toContain('已打印');
    await expect.poll(() => printed().length).toBe(2);

    const [first, second] = printed();
    expect(holderIn(first!)).toBe(couple.husband.name);
    expect(holderIn(second!)).toBe(couple.wife.name);
    for (const file of [first!, second!]) expect(pdfWords(file).map((w) => w.text)).toContain(couple.certificateNumber);
    expect(await page.getByTestId('printables').innerText()).toContain('已打印 · 印制号 AJ00001002');
  });

  it('voids the first as a misprint (a reason is required) and reprints it on the next serial', async () => {
    await useRow('AJ00001001').getByRole('button', { name: '作废' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('作废证书：印制号 AJ00001001');
    await dialog.getByRole('button', { name: '作废' }).click();
    await expect.poll(() => dialog.innerText()).toContain('请填写作废原因');
    await dialog.getByLabel('作废原因').fill('套打错位');
    await dialog.getByRole('button', { name: '作废' }).click();
    await expect.poll(() => useRow('AJ00001001').innerText()).toContain('已作废');
    expect(await useRow('AJ00001001').innerText()).toContain('套打错位');

    // The printer fails on the reprint (its folder is a file now): the blank is taken once, and 重新发送 prints it.
    const away = `${pdfDir}-away`;
    fs.renameSync(pdfDir, away);
    fs.writeFileSync(pdfDir, '');
    await useRow('AJ00001001').getByRole('button', { name: '重打' }).click();
    await expect.poll(() => page.getByTestId('print-failed').innerText()).toContain('打印失败');
    expect(await page.getByTestId('print-failed').innerText()).toContain('空白证书 AJ00001003 已领用');
    await deskShot(page, 'print-certificates-printer-failed');
    fs.rmSync(pdfDir);
    fs.renameSync(away, pdfDir);
    await page.getByTestId('print-failed').getByRole('button', { name: '重新发送' }).click();
    await expect.poll(() => page.getByTestId('print-failed').count()).toBe(0);
    await expect.poll(() => printed().length).toBe(3);
    expect(await useRow('AJ00001003').innerText()).toContain('已打印');
    expect(await uses().locator('tbody tr').count()).toBe(3);
    expect(holderIn(printed()[2]!)).toBe(couple.husband.name);
    expect(await useRow('AJ00001001').getByRole('button', { name: '重打' }).count()).toBe(0); // reprinted once, not again
    expect(await page.getByTestId('printables').innerText()).toContain('已打印 · 印制号 AJ00001003');
    await deskShot(page, 'print-certificates-voided-reprinted');
    expect(watched.problems).toEqual([]);
  });

  it('shows 真实有效 on the public verification page for the printed code, and 签名不符 for a forged one', async () => {
    const preview = await api(host.url, clerk, 'POST', `/api/cases/${couple.caseId}/documents/preview`, { document: 'marriage-certificate', holder: 0 });
    const code = preview.json.verificationCode as string;
    expect(code).toContain(couple.certificateNumber);
    const visitor = await openPage(browser);
    await visitor.page.goto(`${host.url}/#/verify?code=${encodeURIComponent(code)}`);
    await expect.poll(() => visitor.page.getByTestId('verify-verdict').innerText()).toBe('真实有效');
    const result = await visitor.page.getByTestId('verify-result').innerText();
    expect(result).toContain(couple.certificateNumber);
    expect(result).toMatch(/\d{6}\*+\w{4}/);
    expect(result).not.toContain(couple.husband.idNumber);
    await screenshot(visitor.page, 'verify-valid');

    // The scanner types into the box and presses Enter; one changed digit breaks the signature.
    const forged = code.replace(couple.certificateNumber, couple.certificateNumber.replace(/\d$/, (d) => String((Number(d) + 1) % 10)));
    await visitor.page.getByTestId('verify-code').fill(forged);
    await visitor.page.keyboard.press('Enter');
    await expect.poll(() => visitor.page.getByTestId('verify-verdict').innerText()).toBe('签名不符');
    await screenshot(visitor.page, 'verify-forged');
    expect(visitor.problems).toEqual([]);
  });

  it('calibrates the printer from the printed calibration page and shows the offsets and scales it will apply', async () => {
    await page.getByRole('menuitem', { name: '打印设置' }).click();
    await expect.poll(() => page.getByTestId('print-font').innerText()).toContain('打印字体');
    // A registrar sees the settings, and only the manager or the admin changes them.
    expect(await page.getByRole('button', { name: '保存打印设置' }).count()).toBe(0);
    const calibration = page.getByTestId('calibration');
    await expect.poll(() => calibration.getByLabel('打印机').inputValue()).toBe(`pdf:${pdfDir}`);

    await calibration.getByRole('button', { name: '打印校准页' }).click();
    await expect.poll(() => printed().length).toBe(4);
    expect(pdfWords(printed()[3]!).map((w) => w.text).join('')).toContain('打印机校准页');

    // This printer put everything 2.2 mm right and 1 mm low, and stretched 1% across.
    const measure = async (label: string, value: string) => {
      await calibration.getByLabel(label).fill(value);
    };
    await measure('十字 A 距左边', '22.2');
    await measure('十字 A 距上边', '21');
    await measure('十字 B 距左边', '193.9');
    await measure('十字 B 距上边', '278');
    await calibration.getByRole('button', { name: '保存校准' }).click();
    await expect.poll(() => calibration.getByTestId('calibration-result').innerText()).toContain('横向 × 0.9901 − 1.98 mm');
    expect(await calibration.getByTestId('calibration-result').innerText()).toContain('纵向 × 1.0000 − 1.00 mm');
    expect(await calibration.getByTestId('calibrations').innerText()).toContain(`pdf:${pdfDir}`);
    await deskShot(page, 'print-settings-calibration');
    const saved = await api(host.url, clerk, 'GET', '/api/printing/settings');
    expect(saved.json.settings.calibrations[`pdf:${pdfDir}`]).toEqual({ scaleX: 0.9901, scaleY: 1, offsetX: -1.98, offsetY: -1 });
    expect(watched.problems).toEqual([]);
  });

  it('lets the manager set window 1\'s certificate printer, which the desk then shows', async () => {
    const boss = await openPage(browser);
    await signIn(boss.page, host.url, 'boss', 'boss-pass-12');
    await boss.page.goto(`${host.url}/#/printing`);
    const settings = boss.page.getByTestId('print-settings');
    const field = settings.getByLabel('1 号窗口 结婚登记');
    await field.fill(`pdf:${pdfDir}`);
    await field.press('Escape'); // closes the suggestions
    await settings.getByRole('button', { name: '保存打印设置' }).click();
    await expect.poll(async () => (await api(host.url, clerk, 'GET', '/api/printing/settings')).json.settings.windowPrinters).toEqual({ [String(windowId)]: `pdf:${pdfDir}` });
    await page.goto(`${host.url}/#/cases/${couple.caseId}`);
    await expect.poll(() => page.getByTestId('print-printer').innerText()).toBe(`打印机：pdf:${pdfDir}`);
    expect(boss.problems).toEqual([]);
  });
});
