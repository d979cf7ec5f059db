import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctionFromMeasurement, CALIBRATION_MARKS } from '../../../main/domain/printing/calibration';
import { parseQrText, qrText, standingOf, type CertificateRecord } from '../../../main/domain/printing/verification';
import { isPrintable, printablesOf } from '../../../main/domain/printing/documents';

const claims = { certificateNumber: 'J110101-2026-000007', registrationDate: '2026-05-20', holderIdMasked: '110105********0011', officeCode: '110101001' };
const sig = 'a1'.repeat(64);
const record: CertificateRecord = { status: 'registered', registrationDate: '2026-05-20', partiesMasked: ['110105********0011', '110105********0026'], dissolvedOn: null, replacedBy: null };

describe('the verification QR code', () => {
  it('round-trips its text and refuses anything else', () => {
    expect(parseQrText(qrText(claims, sig))).toEqual({ claims, signature: sig });
    expect(parseQrText(`HV2|${qrText(claims, sig).slice(4)}`)).toBeNull();
    expect(parseQrText(qrText({ ...claims, registrationDate: '2026-5-20' }, sig))).toBeNull();
    expect(parseQrText(qrText(claims, sig.slice(2)))).toBeNull();
    expect(parseQrText(`${qrText(claims, sig)}|extra`)).toBeNull();
  });

  it('says whether the record stands, in each case the office can meet', () => {
    expect(standingOf(claims, record).standing).toBe('stands');
    expect(standingOf(claims, null).standing).toBe('unknown');
    expect(standingOf({ ...claims, registrationDate: '2026-05-21' }, record).standing).toBe('mismatch');
    expect(standingOf({ ...claims, holderIdMasked: '110105********9999' }, record).standing).toBe('mismatch');
    expect(standingOf(claims, { ...record, status: 'revoked' }).standing).toBe('revoked');
    expect(standingOf(claims, { ...record, status: 'annulled' }).standing).toBe('revoked');
    expect(standingOf(claims, { ...record, replacedBy: 'BJ110101-2027-000001' })).toMatchObject({ standing: 'replaced', message: expect.stringContaining('BJ110101-2027-000001') });
    expect(standingOf(claims, { ...record, dissolvedOn: '2027-01-05' })).toMatchObject({ standing: 'dissolved', message: expect.stringContaining('2027-01-05') });
  });
});

describe('calibration', () => {
  it('is the identity when the crosses came out where they were meant to', () => {
    expect(correctionFromMeasurement(CALIBRATION_MARKS)).toEqual({ scaleX: 1, scaleY: 1, offsetX: -0, offsetY: -0 });
  });

  it('property: the corrected drawing lands where the template meant, for any printer error within reason', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.97, max: 1.03, noNaN: true }), fc.double({ min: 0.97, max: 1.03, noNaN: true }), fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 0, max: 250, noNaN: true }), (sx, sy, ox, oy, p) => {
        const printer = (x: number, y: number) => ({ x: x * sx + ox, y: y * sy + oy });
        const c = correctionFromMeasurement({ topLeft: printer(20, 20), bottomRight: printer(190, 277) });
        const landed = printer(p * c.scaleX + c.offsetX, p * c.scaleY + c.offsetY);
        expect(Math.abs(landed.x - p)).toBeLessThan(0.02);
        expect(Math.abs(landed.y - p)).toBeLessThan(0.02);
      }),
    );
  });
});

describe('what a case may print', () => {
  const marriage = { kind: 'marriage' as const, status: 'registered', acceptedOn: '2026-05-20', parties: [{}, {}], facts: {} };
  it('a registered marriage: a 结婚证 for each party, never a 离婚证', () => {
    expect(printablesOf(marriage).filter((p) => p.document === 'marriage-certificate')).toEqual([{ document: 'marriage-certificate', holder: 0 }, { document: 'marriage-certificate', holder: 1 }]);
    expect(isPrintable(marriage, { document: 'divorce-certificate', holder: 0 })).toBe(false);
    expect(isPrintable({ ...marriage, status: 'accepted' }, { document: 'marriage-certificate', holder: 0 })).toBe(false);
    expect(isPrintable({ ...marriage, status: 'revoked' }, { document: 'marriage-certificate', holder: 0 })).toBe(false);
  });
  it('a divorce: the receipt once accepted, the confirmation once withdrawn, 离婚证 once registered; a refusal notice when refused', () => {
    const divorce = { kind: 'divorce' as const, status: 'accepted', acceptedOn: '2026-06-04', parties: [{}, {}], facts: {} };
    expect(isPrintable(divorce, { document: 'divorce-receipt', holder: null })).toBe(true);
    expect(isPrintable(divorce, { document: 'withdrawal-confirmation', holder: null })).toBe(false);
    expect(isPrintable({ ...divorce, status: 'withdrawn' }, { document: 'withdrawal-confirmation', holder: null })).toBe(true);
    expect(isPrintable({ ...divorce, status: 'registered' }, { document: 'divorce-certificate', holder: 1 })).toBe(true);
    expect(isPrintable({ ...marriage, status: 'refused' }, { document: 'refusal-notice', holder: null })).toBe(true);
  });
  it('a reissue prints one certificate of the kind it replaces; an adoption one 收养登记证, none once dissolved', () => {
    const reissue = { kind: 'reissue' as const, status: 'registered', acceptedOn: '2026-06-04', parties: [{}], facts: { certificateKind: 'divorce' } };
    expect(printablesOf(reissue).filter((p) => p.document.endsWith('certificate'))).toEqual([{ document: 'divorce-certificate', holder: 0 }]);
    const adoption = { kind: 'adoption' as const, status: 'registered', acceptedOn: '2026-06-04', parties: [{}, {}, {}], facts: {} };
    expect(isPrintable(adoption, { document: 'adoption-certificate', holder: null })).toBe(true);
    expect(isPrintable({ ...adoption, status: 'dissolved' }, { document: 'adoption-certificate', holder: null })).toBe(false);
  });
});
