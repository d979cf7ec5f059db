import type { Page } from 'playwright-core';
import { screenshot } from './browser';

export interface TypedParty {
  readonly name: string;
  readonly idNumber: string;
  /** The card's last valid day as typed (20350101), or 'long' for 长期. */
  readonly validUntil: string | 'long';
}

/**
 * Types one party's identity by keyboard only, starting with the focus in its 姓名 field: Enter moves
 * to the next field, the 18-digit number fills in the birth date and sex. Leaves the focus in 核验理由
 * (the default reason stays).
 */
export async function typeIdentity(page: Page, p: TypedParty): Promise<void> {
  const { keyboard } = page;
  await keyboard.type(p.name);
  await keyboard.press('Enter'); // → 证件类型 (居民身份证 stays)
  await keyboard.press('Enter'); // → 证件号码
  await keyboard.type(p.idNumber);
  await keyboard.press('Enter'); // → 出生日期, filled from the number
  await keyboard.press('Enter'); // → 性别, filled from the number
  await keyboard.press('Enter'); // → 国籍 (CHN)
  await keyboard.press('Enter'); // → 证件有效期至
  if (p.validUntil === 'long') {
    await keyboard.press('Enter'); // → 长期
    await keyboard.press('Space');
  } else {
    await keyboard.type(p.validUntil);
    await keyboard.press('Enter'); // → 长期 (left unticked)
  }
  await keyboard.press('Enter'); // → 核验方式 (人工核验)
  await keyboard.press('Enter'); // → 核验理由
}

/** The text antd shows under a form field (its help line), by the field's generated id. */
export function helpOf(page: Page, fieldId: string) {
  return page.locator(`#${fieldId}_help`);
}

/** A screenshot without the passing toasts (已受理 …): the picture shows the screen, not the last click. */
export async function deskShot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  const style = await page.addStyleTag({ content: '.ant-message { visibility: hidden !important; }' });
  try {
    await screenshot(page, name, opts);
  } finally {
    await style.evaluate((el) => (el as Element).remove());
  }
}
