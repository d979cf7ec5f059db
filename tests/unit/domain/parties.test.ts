import { describe, expect, it } from 'vitest';
import { checkParties, checkParty, isForeignRelatedParty } from '../../../main/domain/identity';
import type { PartyInput } from '../../../main/domain/case-types';
import { codes, fields, foreignWoman, man, office, residentId, woman } from './builders';

const today = '2026-05-20';

describe('one party and their document', () => {
  it('passes a party read from a valid resident ID card', () => {
    expect(checkParty(man(), today, 'parties.0')).toEqual([]);
    expect(checkParty(woman({ verification: { method: 'manual', reason: '读卡器故障，人工核对证件' } }), today, 'parties.1')).toEqual([]);
  });

  it('refuses a document type the hall does not know', () => {
    const p = man({ idType: 'military_id' as PartyInput['idType'] });
    expect(checkParty(p, today, 'parties.0')).toEqual([
      { code: 'ID_TYPE_UNSUPPORTED', field: 'parties.0.idType', message: '不支持的证件类型' },
    ]);
  });

  it('refuses a number with a wrong check character, and then does not compare its birth date or sex', () => {
    const id = residentId('1995-03-14', 'male');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const vs = checkParty(man({ idNumber: wrong, birthDate: '1999-01-01', sex: 'female' }), today, 'parties.0');
    expect(codes(vs)).toEqual(['ID_NUMBER_INVALID']);
    expect(fields(vs)).toEqual(['parties.0.idNumber']);
  });

  it('refuses a stated birth date or sex that the number contradicts, saying what the number shows', () => {
    const card = residentId('1995-03-14', 'male');
    const vs = checkParty(man({ idNumber: card, birthDate: '1995-03-15', sex: 'female' }), today, 'parties.1');
    expect(codes(vs)).toEqual(['ID_BIRTH_MISMATCH', 'ID_SEX_MISMATCH']);
    expect(fields(vs)).toEqual(['parties.1.birthDate', 'parties.1.sex']);
    expect(vs[0]!.message).toBe('证件号码中的出生日期与填写的出生日期不一致：证件号码显示为 1995-03-14');
    expect(vs[1]!.message).toContain('证件号码显示为男');
  });

  it('refuses a birth date that is not a date', () => {
    const p = foreignWoman({ birthDate: '1990-02-30' });
    expect(codes(checkParty(p, today, 'parties.1'))).toEqual(['DATE_INVALID']);
    // Not also a mismatch with the number: one violation per mistake.
    expect(codes(checkParty(woman({ birthDate: '1997-02-30', idNumber: residentId('1997-02-28', 'female') }), today, 'parties.1'))).toEqual(['DATE_INVALID']);
  });

  it('accepts a card on its last valid day and refuses it the day after', () => {
    expect(checkParty(man({ idValidUntil: '2026-05-20' }), '2026-05-20', 'parties.0')).toEqual([]);
    const vs = checkParty(man({ idValidUntil: '2026-05-20' }), '2026-05-21', 'parties.0');
    expect(codes(vs)).toEqual(['ID_EXPIRED']);
    expect(fields(vs)).toEqual(['parties.0.idValidUntil']);
    expect(vs[0]!.message).toBe('证件已超过有效期限：有效期至 2026-05-20');
  });

  it('never lets a 长期 card expire, and does not judge a validity that was not recorded', () => {
    expect(checkParty(man({ idValidUntil: 'long_term' }), '2099-12-31', 'parties.0')).toEqual([]);
    expect(checkParty(man({ idValidUntil: null }), today, 'parties.0')).toEqual([]);
    expect(codes(checkParty(man({ idValidUntil: '2026-13-01' }), today, 'parties.0'))).toEqual(['DATE_INVALID']);
  });

  it('refuses a party verified neither by the reader nor by hand with a reason', () => {
    expect(codes(checkParty(man({ verification: null }), today, 'parties.0'))).toEqual(['PARTY_NOT_VERIFIED']);
    const blank = checkParty(man({ verification: { method: 'manual', reason: '  ' } }), today, 'parties.0');
    expect(codes(blank)).toEqual(['PARTY_NOT_VERIFIED']);
    expect(fields(blank)).toEqual(['parties.0.verification']);
  });

  it('reports everything wrong with one party at once', () => {
    const p = man({ idNumber: residentId('1995-03-14', 'male'), birthDate: '1995-03-15', idValidUntil: '2020-01-01', verification: null });
    expect(codes(checkParty(p, today, 'parties.0'))).toEqual(['ID_BIRTH_MISMATCH', 'ID_EXPIRED', 'PARTY_NOT_VERIFIED']);
  });
});

describe('the parties of one case', () => {
  it('refuses the same person twice, naming the second', () => {
    const vs = checkParties([man(), man()], today, office());
    expect(codes(vs)).toEqual(['PARTY_DUPLICATE']);
    expect(fields(vs)).toEqual(['parties.1.idNumber']);
    const lower = man({ idNumber: '11010519491231002x', birthDate: '1949-12-31', sex: 'female' });
    const upper = man({ idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' });
    expect(codes(checkParties([lower, upper], today, office()))).toEqual(['PARTY_DUPLICATE']);
  });

  it('tells foreign-related parties apart: foreigners, Hong Kong, Macao and Taiwan residents, overseas Chinese', () => {
    expect(isForeignRelatedParty(man())).toBe(false);
    expect(isForeignRelatedParty(foreignWoman())).toBe(true);
    expect(isForeignRelatedParty(woman({ idType: 'foreign_permanent_id', idNumber: 'USA310085031501', nationality: 'USA' }))).toBe(true);
    expect(isForeignRelatedParty(woman({ idType: 'hk_macao_permit', idNumber: 'H12345678' }))).toBe(true);
    expect(isForeignRelatedParty(woman({ idType: 'taiwan_permit', idNumber: '01234567' }))).toBe(true);
    expect(isForeignRelatedParty(woman({ idType: 'hmt_residence_permit', idNumber: residentId('1997-08-09', 'female', '810000') }))).toBe(true);
    expect(isForeignRelatedParty(woman({ idType: 'passport', idNumber: 'E12345678', overseasChinese: true }))).toBe(true);
    // A mainland resident showing a Chinese passport is not foreign-related.
    expect(isForeignRelatedParty(woman({ idType: 'passport', idNumber: 'E12345678' }))).toBe(false);
  });

  it('sends a foreign-related case to an office that handles them', () => {
    const parties = [man(), foreignWoman()];
    const vs = checkParties(parties, today, office());
    expect(codes(vs)).toEqual(['OFFICE_NOT_FOREIGN_RELATED']);
    expect(fields(vs)).toEqual(['parties']);
    expect(checkParties(parties, today, office({ foreignRelated: true }))).toEqual([]);
  });

  it('names each party by its place in the list', () => {
    const vs = checkParties([man({ verification: null }), woman({ idValidUntil: '2026-01-01' })], today, office());
    expect(fields(vs)).toEqual(['parties.0.verification', 'parties.1.idValidUntil']);
  });
});
