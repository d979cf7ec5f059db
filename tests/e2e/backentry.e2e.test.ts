import path from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../main/domain/dates';
import { openDatabase } from '../../main/store/db';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { launchChromium, openPage, signIn, type WatchedPage } from './browser';
import { deskShot, helpOf } from './desk';

// The county's register: its certificate-number column is headed 证字号, which no guess knows, and it names no office.
const HEADERS = ['类别', '登记日期', '证字号', '姓名', '性别', '出生日期', '身份证号', '姓名', '性别', '出生日期', '身份证号', '备注'];
const GOOD_ROWS = 1200;

/** Built once: the ID numbers come from a running sequence, and the same file must be the same bytes when sent again. */
const REGISTER_CSV = registerCsv();

function registerCsv(): Buffer {
  const rows: string[][] = [];
  for (let i = 0; i < GOOD_ROWS; i++) {
    const manBorn = addDays('1955-01-01', i);
    const womanBorn = addDays('1957-01-01', i);
    rows.push(['结婚', addDays('1985-01-01', i), `朝民结字第${i + 1}号`, `张${i}`, '男', manBorn, residentId(manBorn, 'male'), `李${i}`, '女', womanBorn, residentId(womanBorn, 'female'), '']);
  }
  rows.push(['结婚', '1997-02-29', '朝民结字第9001号', '赵一', '男', '1960-01-01', '', '钱二', '女', '1962-01-01', '', '']); // no such day: refused
  rows.push(['结婚', '1995-03-03', '朝民结字第9002号', '孙三', '男', '1970-01-01', '', '周四', '女', '1978-06-01', '', '']); // 16 then, the law said 20: flagged
  rows.push([...rows[0]!]); // row 1 again: refused as a duplicate in the file
  const csv = [HEADERS, ...rows].map((r) => r.join(',')).join('\r\n');
  return iconv.encode(`${csv}\r\n`, 'gbk');
}

/** A scanned register page drawn in the browser (the office's font, a ruled form), as PNG bytes. */
async function paperScan(page: Page, title: string, lines: readonly string[]): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([heading, text]) => {
      const canvas = document.createElement('canvas');
      canvas.width = 900;
      canvas.height = 1200;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#f7f1e3';
      g.fillRect(0, 0, 900, 1200);
      g.strokeStyle = '#8c7b5a';
      g.lineWidth = 2;
      g.strokeRect(40, 40, 820, 1120);
      g.fillStyle = '#3b3024';
      g.font = 'bold 40px serif';
      g.fillText(heading, 250, 120);
      g.font = '30px serif';
      text.forEach((line, i) => {
        g.fillText(line, 80, 220 + i * 70);
        g.beginPath();
        g.moveTo(70, 235 + i * 70);
        g.lineTo(830, 235 + i * 70);
        g.stroke();
      });
      return canvas.toDataURL('image/png');
    },
    [title, lines] as const,
  );
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** Types a page into the hand-entry form by keyboard: each value, then Enter to the next field (an empty value skips one). */
async function typeFields(page: Page, values: readonly string[]): Promise<void> {
  for (const value of values) {
    if (value) await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
}

describe('历史数据补录 and 手工补录: paper-era records imported and typed by hand', () => {
  let host: RunningHost;
  let browser: Browser;
  const watched: WatchedPage[] = [];

  const openAs = async (username: string, password: string): Promise<Page> => {
    const w = await openPage(browser);
    watched.push(w);
    await signIn(w.page, host.url, username, password);
    return w.page;
  };

  beforeAll(async () => {
    host = await startHost();
    const office = await setUpOffice(host.url);
    await api(host.url, office.admin, 'POST', '/api/users', { username: 'clerk2', displayName: '赵敏', role: 'registrar', password: 'clerk-pass-2' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('a manager maps the columns of a GBK register, reads the dry run, imports it and watches it to the end', async () => {
    const page = await openAs('boss', 'boss-pass-12');
    await page.getByRole('menuitem', { name: '历史数据补录' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: '朝阳区1985-1988结婚登记簿.csv', mimeType: 'text/csv', buffer: REGISTER_CSV });
    await expect.poll(() => page.getByTestId('sheet-name').innerText()).toBe('朝阳区1985-1988结婚登记簿.csv');
    await expect.poll(() => page.getByText('检测为 GBK（GB18030）').isVisible()).toBe(true);

    // The guess took 姓名/姓名#2 for the two parties; 证字号 and the office are the manager's to give.
    const mapping = page.getByTestId('column-mapping');
    await expect.poll(() => mapping.innerText()).toContain('朝民结字第1号');
    expect(await page.getByTestId('mapping-problems').innerText()).toContain('必填项「证书编号」没有对应的列');
    await page.getByLabel('「证字号」列对应的字段').click();
    await page.keyboard.type('证书编号');
    await page.keyboard.press('Enter');
    await page.getByLabel('登记机关默认值').fill('北京市朝阳区民政局');
    await expect.poll(() => page.getByTestId('mapping-problems').count()).toBe(0);
    await page.getByLabel('列对应名称').fill('朝阳区结婚登记簿');
    await page.getByRole('button', { name: '保存列对应' }).click();
    await expect.poll(() => page.getByText('已保存列对应「朝阳区结婚登记簿」').isVisible()).toBe(true);

    await page.getByTestId('dry-run').click();
    const report = page.getByTestId('dry-run-report');
    await expect.poll(() => report.isVisible(), { timeout: 20_000 }).toBe(true);
    const figures = await report.innerText();
    expect(figures).toMatch(/总行数\s*1,203/);
    expect(figures).toMatch(/可导入\s*1,201/);
    expect(figures).toMatch(/有错误（不导入）\s*2/);
    const counts = await page.getByTestId('problem-counts').innerText();
    expect(counts).toContain('日期不存在或无法识别');
    expect(counts).toContain('登记时当事人未达当时法律规定的婚龄');
    expect(counts).toContain('IMP_DUPLICATE_IN_FILE');
    expect(await page.getByTestId('problem-rows').innerText()).toMatch(/1202[\s\S]*登记日期[\s\S]*「1997-02-29」不是真实的日期/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await deskShot(page, 'backentry-dry-run');

    await page.getByTestId('start-import').click();
    const progress = page.getByTestId('import-progress');
    await expect.poll(() => progress.getByTestId('job-state').innerText(), { timeout: 60_000 }).toBe('已完成');
    expect(await progress.getByTestId('job-inserted').innerText()).toBe('1201');
    expect(await progress.getByTestId('job-progress-text').innerText()).toBe('已处理 1,203 / 1,203 行');
    expect(await page.getByTestId('import-jobs').innerText()).toContain('朝阳区1985-1988结婚登记簿.csv');
    await deskShot(page, 'backentry-import-done');

    // The same bytes again: the screen says so, and importing adds nothing.
    await page.locator('input[type=file]').setInputFiles({ name: '朝阳区1985-1988结婚登记簿.csv', mimeType: 'text/csv', buffer: REGISTER_CSV });
    await expect.poll(() => page.getByTestId('already-imported').innerText()).toContain('新增 1201 条');
  });

  it('a clerk types a page by keyboard beside its scan, the checks speaking at each field as she types', async () => {
    const page = await openAs('clerk', 'clerk-pass-1');
    await page.getByRole('menuitem', { name: '手工补录' }).click();
    const scan = await paperScan(page, '结婚登记审查处理表', ['登记日期：1988年10月1日', '证号：京朝结字第 567 号', '男方：周国强  1960年1月1日', '女方：吴秀英  1970年5月1日']);
    await page.getByTestId('hand-entry-form').waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: '1988-10-01-567.png', mimeType: 'image/png', buffer: scan });
    await expect.poll(() => page.getByRole('img', { name: '扫描件 1988-10-01-567.png' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => page.getByTestId('scan-zoom').innerText()).toBe('125%');

    // Esc clears what was typed and puts the focus back in the first field.
    await page.getByLabel('档案页号').focus();
    await typeFields(page, ['1988-10/99', '离婚']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByLabel('登记类别').inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('handEntry_pageRef');
    await typeFields(page, [
      '1988-10/07', '结婚', '1988-10-01', '京朝结字第 567 号', '北京市朝阳区民政局',
      '周国强', '男', '1960-01-01', '', '110105196001011234', '', '汉族',
      '吴秀英', '女', '1970-05-01', '', '', '', '汉族',
    ]);
    // A wrong check digit is red at its field; a bride under the age the law then set is orange, flagged not refused.
    await expect.poll(() => helpOf(page, 'handEntry_parties\\.0\\.idNumber').innerText()).toContain('证件号码格式或校验位不正确');
    const warned = page.locator('.ant-form-item-has-warning');
    await expect.poll(() => warned.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('登记时当事人未达当时法律规定的婚龄')]));
    await deskShot(page, 'hand-entry-checks');

    await page.getByLabel('男方证件号码').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('110105600101031');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByText(/已入库：案件 \d+/).isVisible()).toBe(true);
    // Cleared for the next page, the focus back in its first field.
    await expect.poll(() => page.getByLabel('档案页号').inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('handEntry_pageRef');
    await deskShot(page, 'hand-entry');
  });

  it('double entry: two clerks type a page blind, one difference goes to the manager, who settles it', async () => {
    const manager = await openAs('boss', 'boss-pass-12');
    await manager.getByRole('menuitem', { name: '手工补录' }).click();
    await manager.getByTestId('double-entry-switch').click();
    await expect.poll(() => manager.getByTestId('double-entry-switch').getAttribute('aria-checked')).toBe('true');

    const first = await openAs('clerk', 'clerk-pass-1');
    await first.getByRole('menuitem', { name: '手工补录' }).click();
    await expect.poll(() => first.getByTestId('double-entry-tag').innerText()).toBe('双人录入：已开启');
    const scan = await paperScan(first, '结婚登记审查处理表', ['登记日期：1990年7月3日', '证号：京朝结字第 888 号', '男方：郑建华', '女方：王秀英']);
    await first.locator('input[type=file]').setInputFiles({ name: '1990-07-03-888.png', mimeType: 'image/png', buffer: scan });
    await first.getByLabel('档案页号（必填）').focus();
    const page888 = ['1990-07/03', '结婚', '1990-07-03', '京朝结字第 888 号', '北京市朝阳区民政局', '郑建华', '男', '1962-02-02', '', '', '', '', '王秀英', '女', '1965-03-03'];
    await typeFields(first, page888);
    await first.keyboard.press('Control+Enter');
    await expect.poll(() => first.getByText('第一次录入已保存').isVisible()).toBe(true);

    const second = await openAs('clerk2', 'clerk-pass-2');
    await second.getByRole('menuitem', { name: '手工补录' }).click();
    await second.getByRole('tab', { name: /待第二人录入/ }).click();
    const waiting = second.getByTestId('entry-pages-awaiting_second');
    await expect.poll(() => waiting.innerText()).toContain('1990-07/03');
    await waiting.getByRole('button', { name: '录入此页' }).click();
    await expect.poll(() => second.getByLabel('档案页号（必填）').inputValue()).toBe('1990-07/03');
    await expect.poll(() => second.getByRole('img', { name: '扫描件 1990-07-03-888.png' }).isVisible()).toBe(true);
    await second.getByLabel('登记类别').focus();
    // The same page, but 王秀瑛 where the first clerk read 王秀英.
    await typeFields(second, [...page888.slice(1, 12), '王秀瑛', '女', '1965-03-03']);
    await second.keyboard.press('Control+Enter');
    await expect.poll(() => second.getByText('两次录入不一致，已交主管核对').isVisible()).toBe(true);
    expect(await second.content()).not.toContain('王秀英');
    // The manager's tab is not a clerk's.
    expect(await second.getByRole('tab', { name: /待核对/ }).count()).toBe(0);

    await manager.getByRole('tab', { name: /待核对/ }).click();
    const disputed = manager.getByTestId('entry-pages-disputed');
    await expect.poll(() => disputed.innerText()).toContain('1990-07/03');
    await disputed.getByRole('button', { name: '核对' }).click();
    const differences = manager.getByTestId('differences');
    await expect.poll(() => differences.innerText()).toMatch(/女方姓名\s*王秀英\s*用第一次\s*王秀瑛\s*用第二次/);
    expect(await manager.getByTestId('resolve-submit').innerText()).toContain('还有 1 项未核定');
    await deskShot(manager, 'double-entry-resolve');
    await differences.getByRole('button', { name: '用第一次' }).click();
    await manager.getByTestId('resolve-submit').click();
    await expect.poll(() => manager.getByText(/已核定入库：案件 \d+/).isVisible()).toBe(true);

    const db = openDatabase(path.join(host.dataDir, 'hall.sqlite'));
    try {
      const hand = db.prepare("SELECT p.snapshot FROM back_entries b JOIN case_parties p ON p.case_id = b.case_id AND p.position = 1 WHERE b.method = 'hand' ORDER BY b.case_id").pluck().all() as string[];
      expect(hand.map((s) => (JSON.parse(s) as { name: string }).name)).toEqual(['吴秀英', '王秀英']);
    } finally {
      db.close();
    }
  });

  it('saw no script error on any screen', () => {
    expect(watched.flatMap((w) => w.problems)).toEqual([]);
  });
});
