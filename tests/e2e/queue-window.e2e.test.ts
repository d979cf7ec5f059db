import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { launchChromium, openPage, screenshot, signIn, type WatchedPage } from './browser';

const person = (name: string, birthDate: string, sex: 'male' | 'female') => ({ idNumber: residentId(birthDate, sex), name, verified: 'staff' as const });

describe('a registrar calls tickets to a window', () => {
  let host: RunningHost;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let manager: string;
  const ids: Record<string, number> = {};

  const panel = () => page.getByTestId('counter-panel');
  const currentNumber = () => panel().getByTestId('current-number').innerText().catch(() => '');
  const button = (label: string) => panel().getByRole('button', { name: new RegExp(`^${label}`) });

  beforeAll(async () => {
    host = await startHost({ env: { HALL_READER: 'simulator' } });
    ({ manager } = await setUpOffice(host.url, host.adminPassword));
    const windows = [
      { number: 1, name: '结婚登记窗口', services: ['marriage', 'reissue'] },
      { number: 2, name: '综合窗口', services: ['divorce_application', 'divorce_registration', 'reissue'] },
      { number: 3, name: '颁证厅', services: ['ceremony'] },
    ];
    for (const w of windows) {
      const added = await api(host.url, manager, 'POST', '/api/queue/windows', w);
      if (added.status !== 200) throw new Error(JSON.stringify(added.json));
      ids[`window${w.number}`] = added.json.id;
    }
    // Issued in this order at reception: two couples, an elderly reissue applicant (born 1950), an ordinary one.
    const tickets = [
      { service: 'marriage', persons: [person('张伟', '1995-03-15', 'male'), person('李娜', '1997-08-02', 'female')] },
      { service: 'reissue', persons: [person('赵老汉', '1950-05-06', 'male')] },
      { service: 'marriage', persons: [person('陈刚', '1992-01-20', 'male'), person('王丽', '1994-11-11', 'female')] },
      { service: 'reissue', persons: [person('孙红', '1990-07-07', 'female')] },
    ];
    for (const t of tickets) {
      const issued = await api(host.url, manager, 'POST', '/api/queue/tickets', t);
      if (issued.status !== 200) throw new Error(JSON.stringify(issued.json));
      ids[issued.json.number] = issued.json.id;
    }
    // The manager holds window 2: the registrar sees it taken, by whom.
    await api(host.url, manager, 'POST', `/api/queue/windows/${ids.window2}/open`);
    browser = await launchChromium();
    watched = await openPage(browser);
    page = watched.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens window 1; window 2 shows who has it', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await page.keyboard.press('Alt+Digit7');
    await expect.poll(() => page.url()).toContain('#/queue');
    const second = page.getByTestId('window-card-2');
    await expect.poll(() => second.innerText()).toContain('王芳 已开窗');
    expect(await second.getByRole('button', { name: '开窗' }).isDisabled()).toBe(true);
    await screenshot(page, 'queue-windows');

    await page.getByTestId('window-card-1').getByRole('button', { name: '开窗' }).click();
    await expect.poll(() => panel().isVisible()).toBe(true);
    expect(await panel().innerText()).toContain('当前没有号：按 F5 叫下一号');
    // The window's waiting list: its own services only, none sent elsewhere.
    const list = page.getByTestId('waiting-list');
    await expect.poll(() => list.getByRole('row').count()).toBe(5);
    expect(await list.innerText()).toMatch(/A001[\s\S]*D001[\s\S]*老年人[\s\S]*A002[\s\S]*D002/);
    expect(await page.getByTestId('waiting-by-service').innerText()).toMatch(/结婚登记\s*2[\s\S]*补领证书\s*2/);
  });

  it('F5 calls the elderly applicant first and says why; a recall too soon is refused', async () => {
    await page.keyboard.press('F5');
    await expect.poll(currentNumber).toBe('D001');
    expect(await page.getByTestId('call-explanation').innerText()).toContain('轮到优先号：老年人');
    const facts = await panel().innerText();
    expect(facts).toContain('赵老汉');
    expect(facts).toMatch(/110105\*{8}\d{3}[\dX]/); // masked ID number
    expect(facts).toContain('已叫号');
    expect(await panel().getByTestId('call-count').innerText()).toBe('1');
    await expect.poll(() => panel().getByTestId('open-desk').getAttribute('href')).toBe('#/reissue');
    await screenshot(page, 'queue-called');

    await page.keyboard.press('F6');
    await expect.poll(() => page.getByTestId('queue-refusal').innerText()).toContain('重复呼叫间隔太短');
    expect(await page.getByTestId('queue-refusal').innerText()).toMatch(/请 \d+ 秒后再呼/);
    await screenshot(page, 'queue-recall-refused');
  });

  it('starts and finishes the ticket with F7 and F8, then calls the next in order of arrival', async () => {
    await page.keyboard.press('F7');
    await expect.poll(() => panel().getByTestId('current-state').innerText()).toBe('办理中');
    await page.keyboard.press('F8');
    await expect.poll(() => panel().innerText()).toContain('当前没有号');

    await page.keyboard.press('F5');
    await expect.poll(currentNumber).toBe('A001');
    // No priority ticket left for this window: first come, first called.
    expect(await page.getByTestId('call-explanation').innerText()).toContain('先到先叫');
    expect(await panel().innerText()).toMatch(/张伟[\s\S]*李娜/);
    expect(await panel().getByTestId('open-desk').getAttribute('href')).toBe('#/marriage');
  });

  it('passes the registered couple to the ceremony and shows their new number', async () => {
    await button('开始办理').click();
    await expect.poll(() => panel().getByTestId('current-state').innerText()).toBe('办理中');
    await button('转颁证').click();
    await expect.poll(() => page.getByTestId('ceremony-ticket').innerText().catch(() => '')).toContain('F001');
    await expect.poll(() => panel().innerText()).toContain('当前没有号');
    await screenshot(page, 'queue-ceremony');

    const state = await api(host.url, manager, 'GET', '/api/queue');
    const ceremony = state.json.waiting.find((t: { number: string }) => t.number === 'F001');
    expect(ceremony).toMatchObject({ service: 'ceremony', state: 'waiting' });
    expect(ceremony.persons.map((p: { name: string }) => p.name)).toEqual(['张伟', '李娜']);
  });

  it('calls a chosen ticket out of turn with a reason, then transfers it to window 2', async () => {
    const row = page.getByTestId('waiting-list').getByRole('row', { name: /D002/ });
    await row.getByRole('button', { name: '指定叫号' }).click();
    const dialog = page.getByRole('dialog', { name: '指定叫号 D002' });
    await dialog.getByRole('button', { name: '叫号' }).click();
    await expect.poll(() => dialog.innerText()).toContain('请填写理由');
    await dialog.getByLabel('不按顺序叫号的理由').fill('当事人携带婴儿，现场照顾');
    await dialog.getByRole('button', { name: '叫号' }).click();
    await expect.poll(currentNumber).toBe('D002');
    expect(await page.getByTestId('call-explanation').innerText()).toContain('指定叫号：当事人携带婴儿，现场照顾');

    await button('转移').click();
    const transfer = page.getByRole('dialog', { name: '转移 D002' });
    await transfer.getByLabel('转往窗口').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('2 号窗口 · 综合窗口').click();
    await transfer.getByLabel('转移理由').fill('需核对档案，转综合窗口办理');
    await screenshot(page, 'queue-transfer', { fullPage: false });
    await transfer.getByRole('button', { name: '转移' }).click();
    await expect.poll(() => transfer.isVisible()).toBe(false);
    await expect.poll(() => panel().innerText()).toContain('当前没有号');

    const moved = (await api(host.url, manager, 'GET', '/api/queue')).json.waiting.find((t: { number: string }) => t.number === 'D002');
    expect(moved).toMatchObject({ state: 'waiting', windowNumber: 2, transferred: true });
    // Sent to window 2: no longer on window 1's list.
    await expect.poll(() => page.getByTestId('waiting-list').innerText()).not.toContain('D002');
  });

  it('calls the last couple; recalled once more without answer, they are marked absent (过号)', async () => {
    await page.keyboard.press('F5');
    await expect.poll(currentNumber).toBe('A002');
    await expect.poll(() => page.getByTestId('waiting-list').innerText()).toContain('暂无等候的号');
    await screenshot(page, 'queue-window');

    // The manager shortens the rules: a recall at once, absent after two calls.
    const policy = (await api(host.url, manager, 'GET', '/api/queue/policy')).json;
    expect((await api(host.url, manager, 'PUT', '/api/queue/policy', { ...policy, recallDelaySeconds: 0, noShowAfterCalls: 2 })).status).toBe(200);
    await page.keyboard.press('F6');
    await expect.poll(() => panel().getByTestId('call-count').innerText()).toBe('2');
    await button('过号').click();
    await page.getByRole('tooltip').getByRole('button', { name: '过号' }).click();
    await expect.poll(() => panel().innerText()).toContain('当前没有号');
    expect(watched.problems).toEqual([]);
  });

  it('issues a walk-in ticket at reception for a couple, both documents checked by staff', async () => {
    await page.getByRole('tab', { name: '现场取号' }).click();
    const reception = page.getByTestId('reception-panel');
    await reception.locator('label', { hasText: '离婚申请' }).click();
    const first = reception.getByTestId('reception-person-0');
    const second = reception.getByTestId('reception-person-1');
    await expect.poll(() => second.isVisible()).toBe(true);
    await first.getByLabel('证件号码').fill(residentId('1985-04-04', 'male'));
    await first.getByLabel('姓名').fill('周强');
    await first.getByText('已核验证件原件').click();
    await second.getByLabel('证件号码').fill(residentId('1987-09-09', 'female'));
    await second.getByLabel('姓名').fill('吴敏');
    await reception.getByRole('button', { name: '取号' }).click();
    // The second document not checked yet: said next to it.
    await expect.poll(() => second.innerText()).toContain('请核对证件原件后勾选，或读卡');
    await second.getByText('已核验证件原件').click();
    await reception.getByText('现役军人（已查验军人证件）').click();
    await screenshot(page, 'queue-reception');
    await reception.getByRole('button', { name: '取号' }).click();

    await expect.poll(() => reception.getByTestId('issued-number').innerText().catch(() => '')).toBe('B001');
    expect(await reception.innerText()).toMatch(/离婚申请 · 周强、吴敏[\s\S]*现役军人/);
    await screenshot(page, 'queue-reception-issued');
    const issued = (await api(host.url, manager, 'GET', '/api/queue')).json.waiting.find((t: { number: string }) => t.number === 'B001');
    expect(issued).toMatchObject({ service: 'divorce_application', priority: ['military'] });
  });

  it('reads an elderly applicant\'s card at reception: verified by the reader, priority from the ID number', async () => {
    const reception = page.getByTestId('reception-panel');
    await reception.getByRole('button', { name: '继续取号' }).click();
    await reception.locator('label', { hasText: '补领证书' }).click();
    const simulator = page.getByTestId('reader-simulator');
    await simulator.getByRole('button', { name: '放卡：张三' }).click();
    await expect.poll(() => simulator.getByTestId('simulator-state').innerText()).toContain('卡在读卡器上：张三');

    const first = reception.getByTestId('reception-person-0');
    await expect.poll(() => first.getByTestId('read-card').isEnabled()).toBe(true);
    await first.getByLabel('证件号码').focus();
    await page.keyboard.press('F2');
    await expect.poll(() => first.getByLabel('姓名').inputValue()).toBe('张三');
    expect(await first.getByLabel('证件号码').inputValue()).toBe('11010519491231002X');
    expect(await first.innerText()).toContain('证件已由读卡器核验');
    expect(await first.getByText('已核验证件原件').count()).toBe(0);
    await screenshot(page, 'queue-reception-card-read');
    await reception.getByRole('button', { name: '取号' }).click();

    await expect.poll(() => reception.getByTestId('issued-number').innerText().catch(() => '')).toBe('D003');
    expect(await reception.getByTestId('priority-tag').allInnerTexts()).toEqual(['老年人']);
  });
});
