import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeEnds } from '../../main/domain/adoption';
import { addDays } from '../../main/domain/dates';
import { RULES } from '../../main/domain/rule-codes';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';
import { party, residentId } from '../helpers/people';
import { launchChromium, openPage, signIn, type WatchedPage } from './browser';
import { deskShot, typeIdentity } from './desk';
import { calendar, today } from './seed';

/** 2025-06-05 → 2025年6月5日, as the screens write dates. */
const cn = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
const digits = (d: string) => d.replaceAll('-', '');
/** A birth date that makes someone `years` old today, a month past the birthday. */
const bornYearsAgo = (years: number) => addDays(today(), -(years * 365 + Math.floor(years / 4) + 30));

interface Person {
  readonly name: string;
  readonly idNumber: string;
}
const person = (name: string, birthDate: string, sex: 'male' | 'female'): Person => ({ name, idNumber: residentId(birthDate, sex) });

/** Types one person's card into the party panel whose 姓名 field has this id (the card is valid for the long term). */
async function typePerson(page: Page, nameFieldId: string, p: Person): Promise<void> {
  await page.locator(`#${nameFieldId}`).click();
  await typeIdentity(page, { ...p, validUntil: 'long' });
}

/**
 * A married couple adopting a 3-year-old from a welfare institution whose parents cannot be found:
 * the notice published `noticeDaysAgo` days ago, the assessment 适宜 from three weeks ago.
 */
async function fillInstitutionAdoption(page: Page, tag: string, noticeDaysAgo: number): Promise<void> {
  await page.keyboard.press('Alt+9');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('adopters_0_party_name');
  await typePerson(page, 'adopters_0_party_name', person(`赵${tag}`, '1985-05-12', 'male'));
  await typePerson(page, 'adopters_1_party_name', person(`钱${tag}`, '1987-09-03', 'female'));
  await typePerson(page, 'child_name', person(`孙${tag}`, bornYearsAgo(3), 'female'));
  const child = page.getByTestId('child');
  await child.getByLabel('查找不到生父母').check();
  await child.getByLabel('儿童福利机构抚养').check();
  // Ticking the institution chose the giver; the registrar names it.
  await expect.poll(() => page.getByTestId('giver').getByLabel('儿童福利机构', { exact: true }).isChecked()).toBe(true);
  await page.getByLabel('儿童福利机构名称').fill('北京市儿童福利院');
  await page.locator('#assessmentReference').fill(`京东评〔${today().slice(0, 4)}〕${tag.length}号`);
  await page.locator('#assessmentDate').fill(digits(addDays(today(), -21)));
  await page.locator('#noticeStartsOn').fill(digits(addDays(today(), -noticeDaysAgo)));
  await page.locator('#noticeReference').fill('《北京日报》寻亲公告');
}

/** A registered adoption of a 9-year-old orphan, through the API, to dissolve at the desk. */
async function registerAdoptionByApi(url: string, clerk: string) {
  const child = party('周小宇', 'male', bornYearsAgo(9));
  const proposal = {
    kind: 'adoption',
    adopters: [
      { party: party('吴建华', 'male', '1980-02-20'), maritalStatus: 'married', children: 0 },
      { party: party('郑丽', 'female', '1982-07-08'), maritalStatus: 'married', children: 0 },
    ],
    spousePresent: true,
    child,
    situation: { orphan: true },
    giver: { kind: 'guardian' },
    giverName: '周大伟',
    childConsent: true,
    assessment: { reference: '京东评〔测试〕1号', conclusion: 'suitable', date: addDays(today(), -30) },
    notice: null,
  };
  const created = await api(url, clerk, 'POST', '/api/cases', proposal);
  if (created.status !== 200) throw new Error(JSON.stringify(created.json));
  const registered = await api(url, clerk, 'POST', `/api/cases/${created.json.id}/actions`, { action: 'register' });
  if (registered.status !== 200) throw new Error(JSON.stringify(registered.json));
  return { caseId: created.json.id as number, certificateNumber: registered.json.certificateNumber as string, child };
}

/** A published date whose 60-day notice ends today or in the next two days (holidays included). */
function noticeEndingSoon(): string {
  const horizon = [0, 1, 2].map((n) => addDays(today(), n));
  for (let ago = 55; ago < 120; ago++) if (horizon.includes(noticeEnds(addDays(today(), -ago), calendar))) return addDays(today(), -ago);
  throw new Error(`no publication date ends its notice within two days of ${today()}`);
}

/** An accepted adoption of a foundling whose notice is about to end, for the worklist. */
async function acceptFoundlingByApi(url: string, clerk: string) {
  const proposal = {
    kind: 'adoption',
    adopters: [{ party: party('冯志强', 'male', '1978-04-16'), maritalStatus: 'single', children: 0 }],
    child: party('冯小安', 'male', bornYearsAgo(1)),
    situation: { parentsNotFound: true, inWelfareInstitution: true },
    giver: { kind: 'welfare_institution' },
    giverName: '北京市儿童福利院',
    assessment: { reference: '京东评〔测试〕2号', conclusion: 'suitable', date: addDays(today(), -10) },
    notice: { startsOn: noticeEndingSoon(), reference: '' },
  };
  const created = await api(url, clerk, 'POST', '/api/cases', proposal);
  if (created.status !== 200) throw new Error(JSON.stringify(created.json));
  return { ends: noticeEnds(proposal.notice.startsOn, calendar) };
}

describe('adoption at the desk: registration after the notice has run out, and dissolution', () => {
  let host: RunningHost;
  let browser: Browser;
  let clerk: WatchedPage;
  let page: Page;
  let orphan: Awaited<ReturnType<typeof registerAdoptionByApi>>;
  let foundling: Awaited<ReturnType<typeof acceptFoundlingByApi>>;

  beforeAll(async () => {
    host = await startHost();
    const tokens = await setUpOffice(host.url);
    orphan = await registerAdoptionByApi(host.url, tokens.clerk);
    foundling = await acceptFoundlingByApi(host.url, tokens.clerk);
    browser = await launchChromium();
    clerk = await openPage(browser);
    page = clerk.page;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('accepts an application whose notice is still running, but 登记 stays blocked by ADO_NOTICE_PENDING', async () => {
    await signIn(page, host.url, 'clerk', 'clerk-pass-1');
    await fillInstitutionAdoption(page, '春', 10);
    const ends = noticeEnds(addDays(today(), -10), calendar);
    // Beside the notice, in yellow: it stops the registration, not the application.
    await expect.poll(() => page.locator('#noticeStartsOn_help').innerText()).toContain(RULES.ADO_NOTICE_PENDING.message);
    expect(await page.locator('#noticeStartsOn_help').innerText()).toContain(cn(ends));
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('可以受理；登记前尚须');

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.url()).toMatch(/#\/cases\/\d+$/);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已受理');
    const actions = page.getByTestId('case-actions');
    await expect.poll(() => actions.innerText()).toContain('尚不能办理收养登记');
    expect(await actions.innerText()).toContain(RULES.ADO_NOTICE_PENDING.message);
    expect(await actions.getByRole('button', { name: '登记', exact: true }).isDisabled()).toBe(true);
    const dates = await page.getByTestId('adoption-dates').innerText();
    expect(dates).toMatch(new RegExp(`公告期满\\s+${cn(ends)}`));
    expect(dates).toContain(`${cn(addDays(ends, 1))}起方可登记`);
    await deskShot(page, 'desk-adoption-notice-pending');
    expect(clerk.problems).toEqual([]);
  });

  it('registers the adoption of an institution’s child once the 60-day notice has run out: a 收养登记证 number', async () => {
    await fillInstitutionAdoption(page, '夏', 75);
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toContain('审查通过：符合收养登记条件');
    await expect.poll(() => page.getByTestId('dates-preview').innerText()).toContain('决定期限');
    await deskShot(page, 'desk-adoption-form');

    await page.getByRole('button', { name: '受理', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/cases\/\d+$/);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已受理');
    expect(await page.getByTestId('parties').innerText()).toMatch(/收养人一\s+赵夏[\s\S]*收养人二\s+钱夏[\s\S]*被收养人\s+孙夏/);
    expect(await page.getByTestId('adoption-dates').innerText()).toMatch(new RegExp(`申请日\\s+${cn(today())}`));
    // The assessment report itself is filed with the case, its SHA-256 in the audit log.
    const archive = page.getByTestId('archive-card');
    await archive.locator('input[type=file]').setInputFiles({ name: '收养评估报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 收养评估报告\n') });
    await expect.poll(() => archive.innerText()).toMatch(/收养评估报告\s+收养评估报告\.pdf/);

    await page.getByTestId('case-actions').getByRole('button', { name: '登记', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '登记' }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已登记');
    expect(await page.getByTestId('certificate-number').innerText()).toMatch(/收养登记证编号\s+SY110101-\d{4}-\d{6}/);
    expect(await page.getByTestId('case-facts').innerText()).toContain('儿童福利机构：北京市儿童福利院');
    expect(await page.getByTestId('history').innerText()).toContain('登记发证');
    await deskShot(page, 'desk-adoption-registered');
    expect(clerk.problems).toEqual([]);
  });

  it('dissolves a registered adoption by its certificate number, with the 9-year-old child’s consent', async () => {
    await page.keyboard.press('Alt+9');
    await page.getByRole('tab', { name: '解除收养' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dissolution_adoptionCertificateNumber');
    await page.keyboard.type(orphan.certificateNumber);
    await page.keyboard.press('Enter'); // → 调取登记信息
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('adoption-found').innerText()).toContain(`${orphan.child.name}`);
    expect(await page.getByTestId('adoption-found').innerText()).toContain('9 周岁');
    expect(await page.getByTestId('consent-required').isVisible()).toBe(true);

    // Without the consent and the certificate the rules say so beside each box.
    await expect.poll(() => page.locator('#dissolution_childConsent_help').innerText()).toContain(RULES.ADO_CONSENT_MISSING.message);
    expect(await page.locator('#dissolution_certificateReturned_help').innerText()).toContain(RULES.ADO_CERTIFICATE_NOT_RETURNED.message);
    await page.getByLabel('已征得被收养人本人同意解除收养关系').check();
    await page.getByLabel('《收养登记证》已收回').check();
    const panel = page.getByRole('tabpanel', { name: '解除收养' });
    await expect.poll(() => panel.getByTestId('check-summary').innerText()).toContain('审查通过：可以登记解除收养关系');

    await page.getByRole('button', { name: '登记解除收养关系' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/cases\/\d+$/);
    await expect.poll(() => page.getByTestId('certificate-number').innerText()).toMatch(/解除收养关系证明编号\s+JS110101-\d{4}-\d{6}/);
    expect(await page.getByTestId('case-facts').innerText()).toContain('已收回');
    await deskShot(page, 'desk-adoption-dissolution');

    // The adoption itself is now closed as dissolved.
    await page.getByTestId('case-facts').getByRole('link', { name: orphan.certificateNumber }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已解除收养关系');
    expect(await page.getByTestId('history').innerText()).toContain('收养登记证已收回');
    expect(clerk.problems).toEqual([]);
  });

  it('lists the adoption whose notice ends within three days in 今日工作', async () => {
    await page.keyboard.press('Alt+1');
    const list = page.getByTestId('adoption-notices-ending');
    await expect.poll(() => list.innerText()).toContain('冯志强');
    expect(await list.innerText()).toContain(cn(foundling.ends));
    expect(await page.getByTestId('adoption-decisions-due').innerText()).toContain('今日无此类案件');
    expect(clerk.problems).toEqual([]);
  });
});
