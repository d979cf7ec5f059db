import { describe, expect, it } from 'vitest';
import type { MarriagePartyFacts, OfficeFacts } from '../../../main/domain/case-types';
import { checkMarriage } from '../../../main/domain/rules/marriage';
import { codes, fields, foreignWoman, man, marriageParty, office, residentId, woman } from './builders';

const on = '2026-05-20';

function check(groom: MarriagePartyFacts, bride: MarriagePartyFacts, o: OfficeFacts = office(), date = on) {
  return checkMarriage({ parties: [groom, bride], office: o, on: date });
}

const groomBorn = (birthDate: string, ethnicity?: string) => marriageParty(man({ birthDate, ethnicity }));
const brideBorn = (birthDate: string, ethnicity?: string) => marriageParty(woman({ birthDate, ethnicity }));
const groom = marriageParty(man());
const bride = marriageParty(woman());

describe('marriage registration (结婚登记)', () => {
  it('registers a man of 31 and a woman of 28, both verified and willing', () => {
    expect(check(groom, bride)).toEqual([]);
  });

  it('refuses two men or two women (MAR_SEXES)', () => {
    const otherMan = marriageParty(man({ birthDate: '1993-01-01' }));
    expect(codes(check(groom, otherMan))).toEqual(['MAR_SEXES']);
    const otherWoman = marriageParty(woman({ birthDate: '1993-01-01' }));
    expect(codes(check(bride, otherWoman))).toEqual(['MAR_SEXES']);
  });

  it('refuses a man the day before his 22nd birthday and registers him on it and after (MAR_AGE_MAN)', () => {
    const vs = check(groomBorn('2004-05-21'), bride);
    expect(codes(vs)).toEqual(['MAR_AGE_MAN']);
    expect(fields(vs)).toEqual(['parties.0.birthDate']);
    expect(vs[0]!.message).toBe('男方未达法定婚龄：登记日 2026-05-20 年满 21 周岁，须年满 22 周岁');
    expect(check(groomBorn('2004-05-20'), bride)).toEqual([]);
    expect(check(groomBorn('2004-05-19'), bride)).toEqual([]);
  });

  it('refuses a woman the day before her 20th birthday and registers her on it and after (MAR_AGE_WOMAN)', () => {
    const vs = check(groom, brideBorn('2006-05-21'));
    expect(codes(vs)).toEqual(['MAR_AGE_WOMAN']);
    expect(fields(vs)).toEqual(['parties.1.birthDate']);
    expect(check(groom, brideBorn('2006-05-20'))).toEqual([]);
    expect(check(groom, brideBorn('2006-05-19'))).toEqual([]);
  });

  it('counts a man born 2004-02-29 as 21 on 2026-02-28 and 22 on 2026-03-01', () => {
    expect(codes(check(groomBorn('2004-02-29'), bride, office(), '2026-02-28'))).toEqual(['MAR_AGE_MAN']);
    expect(check(groomBorn('2004-02-29'), bride, office(), '2026-03-01')).toEqual([]);
  });

  it('counts a woman born 2008-02-29 as 19 on 2028-02-28 and 20 on 2028-02-29 (a leap year)', () => {
    expect(codes(check(groom, brideBorn('2008-02-29'), office(), '2028-02-28'))).toEqual(['MAR_AGE_WOMAN']);
    expect(check(groom, brideBorn('2008-02-29'), office(), '2028-02-29')).toEqual([]);
  });

  it('applies an autonomous area’s lower ages to the listed ethnic group only', () => {
    const area = office({ marriageAgeExceptions: [{ ethnicity: '藏族', man: 20, woman: 18 }] });
    const youngGroom = groomBorn('2006-01-10', '藏族'); // 20 on 2026-05-20
    const youngBride = brideBorn('2008-01-10', '藏族'); // 18
    expect(check(youngGroom, youngBride, area)).toEqual([]);
    expect(codes(check(groomBorn('2006-01-10', '汉族'), brideBorn('2008-01-10', '汉族'), area))).toEqual(['MAR_AGE_MAN', 'MAR_AGE_WOMAN']);
    expect(codes(check(youngGroom, youngBride, office()))).toEqual(['MAR_AGE_MAN', 'MAR_AGE_WOMAN']);
  });

  it('refuses a party married by this office’s records or by the provincial check (MAR_ALREADY_MARRIED)', () => {
    const local = check(marriageParty(man(), { marriedInLocalRecords: true }), bride);
    expect(codes(local)).toEqual(['MAR_ALREADY_MARRIED']);
    expect(fields(local)).toEqual(['parties.0.marriedInLocalRecords']);
    const provincial = check(groom, marriageParty(woman(), { provincialCheck: { made: true, married: true } }));
    expect(codes(provincial)).toEqual(['MAR_ALREADY_MARRIED']);
    expect(fields(provincial)).toEqual(['parties.1.provincialCheck']);
  });

  it('refuses when the provincial check could not be made, unless a manager overrode it in writing (MAR_STATUS_UNVERIFIED)', () => {
    const unverified = marriageParty(woman(), { provincialCheck: { made: false } });
    const vs = check(groom, unverified);
    expect(codes(vs)).toEqual(['MAR_STATUS_UNVERIFIED']);
    expect(fields(vs)).toEqual(['parties.1.provincialCheck']);
    const overridden = marriageParty(woman(), { provincialCheck: { made: false }, unverifiedOverride: { by: '王主管', reason: '省级系统停机，当事人提交户籍地婚姻状况证明' } });
    expect(check(groom, overridden)).toEqual([]);
    const noReason = marriageParty(woman(), { provincialCheck: { made: false }, unverifiedOverride: { by: '王主管', reason: ' ' } });
    expect(codes(check(groom, noReason))).toEqual(['MAR_STATUS_UNVERIFIED']);
  });

  it('refuses a party who has not signed the declaration (MAR_DECLARATION_MISSING)', () => {
    const vs = check(groom, marriageParty(woman(), { declarationSigned: false }));
    expect(codes(vs)).toEqual(['MAR_DECLARATION_MISSING']);
    expect(fields(vs)).toEqual(['parties.1.declarationSigned']);
  });

  it('refuses a declared prohibited kinship (MAR_KINSHIP)', () => {
    const vs = check(marriageParty(man(), { prohibitedKinshipDeclared: true }), bride);
    expect(codes(vs)).toEqual(['MAR_KINSHIP']);
    expect(fields(vs)).toEqual(['parties.0.prohibitedKinshipDeclared']);
  });

  it('refuses when the registrar recorded that a party does not consent (MAR_NOT_VOLUNTARY)', () => {
    const vs = check(groom, marriageParty(woman(), { voluntary: false }));
    expect(codes(vs)).toEqual(['MAR_NOT_VOLUNTARY']);
    expect(fields(vs)).toEqual(['parties.1.voluntary']);
  });

  it('refuses a foreign-related marriage at an office not flagged for it, and registers it at one that is', () => {
    const foreignBride = marriageParty(foreignWoman());
    expect(codes(check(groom, foreignBride))).toEqual(['OFFICE_NOT_FOREIGN_RELATED']);
    expect(check(groom, foreignBride, office({ foreignRelated: true }))).toEqual([]);
  });

  it('checks the documents of both parties on the registration date', () => {
    const expired = marriageParty(man({ idValidUntil: '2026-05-19' }));
    expect(codes(check(expired, bride))).toEqual(['ID_EXPIRED']);
    const card = residentId('1995-03-14', 'male');
    const wrongBirth = marriageParty(man({ idNumber: card, birthDate: '1995-03-13' }));
    expect(codes(check(wrongBirth, bride))).toEqual(['ID_BIRTH_MISMATCH']);
  });

  it('returns every violation at once, not only the first', () => {
    const bad = marriageParty(man({ birthDate: '2005-01-01', verification: null }), {
      declarationSigned: false,
      voluntary: false,
      provincialCheck: { made: false },
      marriedInLocalRecords: true,
      prohibitedKinshipDeclared: true,
    });
    expect(codes(check(bad, brideBorn('2007-01-01')))).toEqual([
      'PARTY_NOT_VERIFIED',
      'MAR_AGE_MAN',
      'MAR_ALREADY_MARRIED',
      'MAR_STATUS_UNVERIFIED',
      'MAR_DECLARATION_MISSING',
      'MAR_KINSHIP',
      'MAR_NOT_VOLUNTARY',
      'MAR_AGE_WOMAN',
    ]);
  });
});
