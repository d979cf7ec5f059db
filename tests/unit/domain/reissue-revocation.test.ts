import { describe, expect, it } from 'vitest';
import { checkReissue, type ReissueFacts } from '../../../main/domain/rules/reissue';
import { checkRevocation, REVOCATION_BASES, REVOCATION_BASIS_LABELS } from '../../../main/domain/rules/revocation';
import { codes, fields, foreignWoman, man, office } from './builders';

const on = '2026-03-02';

function reissue(overrides: Partial<ReissueFacts> = {}): ReissueFacts {
  return {
    kind: 'marriage',
    original: { certificateNumber: 'J110105-2019-000123', registeredOn: '2019-05-20' },
    marriageDissolved: false,
    remarriedToEachOther: false,
    applicant: man(),
    office: office(),
    ...overrides,
  };
}

describe('reissuing a lost 结婚证 or 离婚证 (补领)', () => {
  it('reissues a 结婚证 for a marriage that still stands, and a 离婚证 for a couple that has not remarried', () => {
    expect(checkReissue(reissue(), on)).toEqual([]);
    expect(checkReissue(reissue({ kind: 'divorce', original: { certificateNumber: 'L110105-2021-000007', registeredOn: '2021-09-01' } }), on)).toEqual([]);
  });

  it('refuses when the archive has no original registration (REI_RECORD_NOT_FOUND)', () => {
    const vs = checkReissue(reissue({ original: null }), on);
    expect(codes(vs)).toEqual(['REI_RECORD_NOT_FOUND']);
    expect(fields(vs)).toEqual(['original']);
  });

  it('refuses a 结婚证 for a marriage since dissolved, and a 离婚证 after the two remarried each other (REI_STATUS_CHANGED)', () => {
    expect(codes(checkReissue(reissue({ marriageDissolved: true }), on))).toEqual(['REI_STATUS_CHANGED']);
    expect(codes(checkReissue(reissue({ kind: 'divorce', remarriedToEachOther: true }), on))).toEqual(['REI_STATUS_CHANGED']);
    // Each flag concerns only its own kind of certificate.
    expect(checkReissue(reissue({ kind: 'divorce', marriageDissolved: true }), on)).toEqual([]);
    expect(checkReissue(reissue({ kind: 'marriage', remarriedToEachOther: true }), on)).toEqual([]);
  });

  it('checks the applicant’s document, naming the fields applicant.…', () => {
    const vs = checkReissue(reissue({ applicant: man({ idValidUntil: '2026-03-01', verification: null }) }), on);
    expect(codes(vs)).toEqual(['ID_EXPIRED', 'PARTY_NOT_VERIFIED']);
    expect(fields(vs)).toEqual(['applicant.idValidUntil', 'applicant.verification']);
    const foreign = checkReissue(reissue({ applicant: foreignWoman() }), on);
    expect(codes(foreign)).toEqual(['OFFICE_NOT_FOREIGN_RELATED']);
    expect(fields(foreign)).toEqual(['applicant']);
  });
});

const basis = { kind: 'court_judicial_advice' as const, documentNumber: '（2026）京0105司建1号', issuedOn: '2026-02-27' };

describe('revoking a fraudulent registration (撤销)', () => {
  it('labels every basis in Chinese', () => {
    expect(REVOCATION_BASES.map((b) => REVOCATION_BASIS_LABELS[b])).toEqual(['司法建议书', '检察建议书', '公安机关认定', '法院宣告婚姻无效判决']);
  });

  it('revokes a registered case on a court’s judicial advice dated before today, or dated today', () => {
    expect(checkRevocation({ basis, caseStatus: 'registered' }, on)).toEqual([]);
    expect(checkRevocation({ basis: { ...basis, issuedOn: on }, caseStatus: 'registered' }, on)).toEqual([]);
  });

  it('refuses without a basis, without a document number, or with a document dated after today (REV_NO_BASIS)', () => {
    expect(codes(checkRevocation({ basis: null, caseStatus: 'registered' }, on))).toEqual(['REV_NO_BASIS']);
    const blank = checkRevocation({ basis: { ...basis, documentNumber: ' ' }, caseStatus: 'registered' }, on);
    expect(fields(blank)).toEqual(['basis.documentNumber']);
    const future = checkRevocation({ basis: { ...basis, issuedOn: '2026-03-03' }, caseStatus: 'registered' }, on);
    expect(codes(future)).toEqual(['REV_NO_BASIS']);
    expect(fields(future)).toEqual(['basis.issuedOn']);
    expect(codes(checkRevocation({ basis: { ...basis, issuedOn: '2026-02-30' }, caseStatus: 'registered' }, on))).toEqual(['REV_NO_BASIS']);
  });

  it('refuses to revoke a case that is not registered (CASE_STATE)', () => {
    for (const status of ['draft', 'accepted', 'refused', 'revoked']) {
      const vs = checkRevocation({ basis, caseStatus: status }, on);
      expect(codes(vs)).toEqual(['CASE_STATE']);
      expect(fields(vs)).toEqual(['status']);
    }
  });
});
