import { describe, expect, it } from 'vitest';
import { firstUnprintedCertificate, printedUse, reprintOf, type CasePrints, type PrintUse } from '../../../renderer/src/pages/desk/case/print/printables';
import { chooseWindow } from '../../../renderer/src/pages/desk/case/print/windowChoice';
import { verdictOf } from '../../../renderer/src/pages/verify/verdicts';
import type { VerifyResult } from '../../../main/contract/printing';

const cert = (holder: number, holderName: string) =>
  ({ document: 'marriage-certificate', name: '结婚证', holder, holderName, stock: 'marriage', paper: 'booklet' }) as const;
const declaration = { document: 'marriage-declaration', name: '申请结婚登记声明书', holder: 0, holderName: '张三', stock: null, paper: 'a4' } as const;

let nextId = 1;
function use(holder: number, outcome: PrintUse['outcome'], serial: string): PrintUse {
  return { id: nextId++, serial, outcome, document: 'marriage-certificate', holderPosition: holder, usedAt: '2026-11-24T01:00:00.000Z', usedBy: 'clerk', note: outcome === 'spoiled' ? '套打错位' : '', printer: null, sha256: null };
}
const prints = (...uses: PrintUse[]): CasePrints => ({ printables: [declaration, cert(0, '张三'), cert(1, '李四')], uses });

describe('the print card: which certificate is next, which blank is in hand, which void may be reprinted', () => {
  it('opens the first holder\'s 结婚证 with F9 before anything is printed, skipping the A4 declaration', () => {
    expect(firstUnprintedCertificate(prints())).toEqual(cert(0, '张三'));
  });

  it('moves on to the second holder once the first is printed, and to nobody once both are', () => {
    const first = use(0, 'printed', 'AJ00001001');
    expect(firstUnprintedCertificate(prints(first))).toEqual(cert(1, '李四'));
    expect(firstUnprintedCertificate(prints(first, use(1, 'printed', 'AJ00001002')))).toBeNull();
  });

  it('counts a voided certificate as not in hand: F9 and 重打 come back to it, on its latest void only', () => {
    const misprint = use(0, 'spoiled', 'AJ00001001');
    const second = use(1, 'printed', 'AJ00001002');
    const state = prints(misprint, second);
    expect(printedUse(state, cert(0, '张三'))).toBeNull();
    expect(firstUnprintedCertificate(state)).toEqual(cert(0, '张三'));
    expect(reprintOf(state, misprint)).toEqual(cert(0, '张三'));
    expect(reprintOf(state, second)).toBeNull();

    const againSpoiled = use(0, 'spoiled', 'AJ00001003');
    expect(reprintOf(prints(misprint, second, againSpoiled), misprint)).toBeNull();
    expect(reprintOf(prints(misprint, second, againSpoiled), againSpoiled)).toEqual(cert(0, '张三'));
  });

  it('offers no 重打 once the voided copy was printed again, and shows the new serial as the one in hand', () => {
    const misprint = use(0, 'spoiled', 'AJ00001001');
    const reprint = use(0, 'printed', 'AJ00001003');
    const state = prints(misprint, use(1, 'printed', 'AJ00001002'), reprint);
    expect(reprintOf(state, misprint)).toBeNull();
    expect(printedUse(state, cert(0, '张三'))?.serial).toBe('AJ00001003');
  });
});

describe('the window whose blanks the certificates take', () => {
  const me = 7;
  const windows = [
    { id: 1, active: true, openBy: { id: 9 } },
    { id: 2, active: true, openBy: { id: me } },
    { id: 3, active: true, openBy: { id: me } },
    { id: 4, active: false, openBy: null },
    { id: 5, active: true, openBy: null },
  ];

  it('takes the first window this registrar has open, unless the remembered one is also theirs', () => {
    expect(chooseWindow(windows, me, null, null)).toBe(2);
    expect(chooseWindow(windows, me, null, 3)).toBe(3);
    expect(chooseWindow(windows, me, null, 5)).toBe(2);
  });

  it('keeps a choice made on the page, but never a window taken out of use', () => {
    expect(chooseWindow(windows, me, 1, 3)).toBe(1);
    expect(chooseWindow(windows, me, 4, null)).toBe(2);
  });

  it('falls back to the remembered window when the registrar has none open, else to none', () => {
    const closed = windows.map((w) => ({ ...w, openBy: null }));
    expect(chooseWindow(closed, me, null, 5)).toBe(5);
    expect(chooseWindow(closed, me, null, 4)).toBeNull();
    expect(chooseWindow(closed, me, null, null)).toBeNull();
  });
});

describe('the verification page\'s verdict', () => {
  const base: VerifyResult = { signatureValid: true, certificateNumber: 'J110101-2026-000001', registrationDate: '2026-11-24', holderIdMasked: '110105********1032', officeCode: '110101001', standing: 'stands', message: '' };

  it('says each standing in a word or two, coloured by what it means for the holder', () => {
    expect(verdictOf(base)).toEqual({ label: '真实有效', tone: 'valid' });
    expect(verdictOf({ ...base, standing: 'revoked' })).toEqual({ label: '已撤销', tone: 'invalid' });
    expect(verdictOf({ ...base, standing: 'dissolved' })).toEqual({ label: '已解除', tone: 'warning' });
    expect(verdictOf({ ...base, standing: 'replaced' })).toEqual({ label: '已补发', tone: 'warning' });
  });

  it('tells a forged signature (the code names a certificate) from text that is no certificate code at all', () => {
    expect(verdictOf({ ...base, signatureValid: false, standing: 'invalid' }).label).toBe('签名不符');
    expect(verdictOf({ ...base, signatureValid: false, standing: 'invalid', certificateNumber: null }).label).toBe('无法识别');
  });
});
