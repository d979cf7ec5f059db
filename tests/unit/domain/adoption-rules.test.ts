import { describe, expect, it } from 'vitest';
import type { PartyInput, Violation } from '../../../main/domain/case-types';
import { createWorkCalendar } from '../../../main/domain/calendar';
import { RULE_CODES } from '../../../main/domain/rule-codes';
import { checkAdoption, checkAdoptionDissolution, type AdopterFacts, type AdoptionInput, type ChildSituation } from '../../../main/domain/rules/adoption';
import type { AdoptionDissolutionInput } from '../../../main/domain/rules/adoption';
import { codes, fields, man, office, residentId, woman } from './builders';

const cal = createWorkCalendar();
const on = '2026-05-20'; // a Wednesday

const adopter = (party: PartyInput, o: Partial<AdopterFacts> = {}): AdopterFacts => ({ party, maritalStatus: 'married', children: 0, ...o });
const husband = adopter(man({ birthDate: '1985-03-14' }));
const wife = adopter(woman({ birthDate: '1987-08-09' }));
const girl = (birthDate = '2021-06-01') => woman({ birthDate, name: '王小红' });
const boy = (birthDate: string) => man({ birthDate, name: '王小明' });
const none: ChildSituation = { orphan: false, disabled: false, parentsNotFound: false, inWelfareInstitution: false, relativesChild: false, stepchild: false };

/** A married couple adopting a girl of 4 from both her birth parents: valid. Each test breaks one thing. */
function input(o: Partial<AdoptionInput> = {}): AdoptionInput {
  return {
    adopters: [husband, wife],
    spousePresent: true,
    child: girl(),
    situation: none,
    giver: { kind: 'birth_parents', known: 'both', consented: [true, true] },
    childConsent: false,
    assessment: { conclusion: 'suitable', date: '2026-04-20' },
    notice: null,
    office: office(),
    on,
    ...o,
  };
}
const check = (o: Partial<AdoptionInput> = {}) => checkAdoption(input(o), cal);

// A child found abandoned, in a welfare institution; the notice published 2026-03-01 ended Thursday 04-30.
const institutionChild: Partial<AdoptionInput> = {
  situation: { ...none, parentsNotFound: true, inWelfareInstitution: true },
  giver: { kind: 'welfare_institution' },
  notice: { startsOn: '2026-03-01' },
};
// A married stepfather adopts his wife's son alone, with the consent of both birth parents, without an assessment.
const stepchild: Partial<AdoptionInput> = { adopters: [husband], situation: { ...none, stepchild: true }, assessment: null };
const foreigner = (o: Partial<PartyInput> = {}) => man({ idType: 'passport', idNumber: 'P1234567', nationality: 'USA', name: 'John Smith', ...o });
const singleMan = adopter(man({ birthDate: '1980-06-01' }), { maritalStatus: 'single' });

describe('adoption registration (收养登记)', () => {
  it('registers a married couple adopting a girl of 4 given up by both birth parents', () => {
    expect(check()).toEqual([]);
  });

  it('refuses a child of 18 and registers one of 17 (ADO_ADOPTEE_AGE)', () => {
    const vs = check({ child: girl('2008-05-20'), childConsent: true });
    expect(codes(vs)).toEqual(['ADO_ADOPTEE_AGE']);
    expect(fields(vs)).toEqual(['child.birthDate']);
    expect(check({ child: girl('2008-05-21'), childConsent: true })).toEqual([]);
  });

  it('refuses an adopter of 29 years and 364 days and registers one of 30 (ADO_ADOPTER_AGE)', () => {
    const vs = check({ adopters: [adopter(man({ birthDate: '1996-05-21' })), wife] });
    expect(codes(vs)).toEqual(['ADO_ADOPTER_AGE']);
    expect(fields(vs)).toEqual(['adopters.0.party.birthDate']);
    expect(vs[0]!.message).toBe('收养人未满三十周岁：登记日 2026-05-20 年满 29 周岁，须年满 30 周岁');
    expect(check({ adopters: [adopter(man({ birthDate: '1996-05-20' })), wife] })).toEqual([]);
  });

  it('lets an adopter with no child or one child adopt, and refuses one with two (ADO_CHILD_LIMIT)', () => {
    expect(check({ adopters: [husband, { ...wife, children: 1 }] })).toEqual([]);
    const vs = check({ adopters: [{ ...husband, children: 2 }, wife] });
    expect(codes(vs)).toEqual(['ADO_CHILD_LIMIT']);
    expect(fields(vs)).toEqual(['adopters.0.children']);
    expect(codes(check({ adopters: [{ ...husband, children: 2 }, { ...wife, children: 3 }] }))).toEqual(['ADO_CHILD_LIMIT', 'ADO_CHILD_LIMIT']);
  });

  it('waives the child limit for an orphan, a disabled child, an institution’s child whose parents cannot be found, a relative’s child and a stepchild', () => {
    const withTwo = [{ ...husband, children: 2 }, wife] as const;
    expect(check({ adopters: withTwo, situation: { ...none, orphan: true }, giver: { kind: 'guardian' } })).toEqual([]);
    expect(check({ adopters: withTwo, situation: { ...none, disabled: true } })).toEqual([]);
    expect(check({ ...institutionChild, adopters: withTwo })).toEqual([]);
    expect(check({ adopters: withTwo, situation: { ...none, relativesChild: true } })).toEqual([]);
    expect(check({ ...stepchild, adopters: [{ ...husband, children: 2 }] })).toEqual([]);
  });

  it('does not waive it for an institution’s child whose parents are known, or a child whose parents cannot be found outside an institution', () => {
    const withTwo = [{ ...husband, children: 2 }, wife] as const;
    const known = { situation: { ...none, inWelfareInstitution: true }, giver: { kind: 'welfare_institution' } } as const;
    expect(codes(check({ adopters: withTwo, ...known }))).toEqual(['ADO_CHILD_LIMIT']);
    const outside = { ...institutionChild, situation: { ...none, parentsNotFound: true }, giver: { kind: 'guardian' } } as const;
    expect(codes(check({ ...outside, adopters: withTwo }))).toEqual(['ADO_CHILD_LIMIT']);
  });

  it('refuses a married adopter alone, or a couple whose spouse neither came nor authorized in writing (ADO_SPOUSE_MISSING)', () => {
    const alone = check({ adopters: [husband] });
    expect(codes(alone)).toEqual(['ADO_SPOUSE_MISSING']);
    expect(fields(alone)).toEqual(['adopters']);
    expect(fields(check({ spousePresent: false }))).toEqual(['spousePresent']);
    expect(check({ adopters: [adopter(woman({ birthDate: '1985-01-01' }), { maritalStatus: 'single' })] })).toEqual([]);
  });

  it('lets a married stepparent adopt alone: the spouse is the child’s own parent', () => {
    expect(check({ ...stepchild, child: boy('2019-01-10') })).toEqual([]);
  });

  it('refuses two adopters who are not married to each other (ADO_JOINT_NOT_SPOUSES)', () => {
    const vs = check({ adopters: [husband, { ...wife, maritalStatus: 'single' }] });
    expect(codes(vs)).toEqual(['ADO_JOINT_NOT_SPOUSES']);
    expect(fields(vs)).toEqual(['adopters.1.maritalStatus']);
  });

  it('refuses a single adopter 39 years older than a child of the other sex and registers one exactly 40 years older (ADO_AGE_GAP)', () => {
    const vs = check({ adopters: [singleMan], child: girl('2020-05-31') });
    expect(codes(vs)).toEqual(['ADO_AGE_GAP']);
    expect(fields(vs)).toEqual(['adopters.0.party.birthDate']);
    expect(vs[0]!.message).toBe('无配偶者收养异性子女，收养人须比被收养人年长四十周岁以上：年龄相差 39 周岁');
    expect(check({ adopters: [singleMan], child: girl('2020-06-01') })).toEqual([]);
    const singleWoman = adopter(woman({ birthDate: '1980-06-01' }), { maritalStatus: 'single' });
    expect(codes(check({ adopters: [singleWoman], child: boy('2020-05-31') }))).toEqual(['ADO_AGE_GAP']);
  });

  it('asks no age gap of a single adopter of the same sex or of a couple', () => {
    expect(check({ adopters: [singleMan], child: boy('2020-05-31') })).toEqual([]);
    expect(check({ adopters: [adopter(man({ birthDate: '1980-06-01' })), wife], child: girl('2020-05-31') })).toEqual([]);
  });

  it('counts the gap to the day for a 29 February birthday', () => {
    const leap = adopter(woman({ birthDate: '1984-02-29' }), { maritalStatus: 'single' });
    expect(codes(check({ adopters: [leap], child: boy('2024-02-28') }))).toEqual(['ADO_AGE_GAP']);
    expect(check({ adopters: [leap], child: boy('2024-02-29') })).toEqual([]);
  });

  it('needs the consent of a child of 8, not of a child of 7 (ADO_CONSENT_MISSING)', () => {
    expect(check({ child: girl('2018-05-21') })).toEqual([]);
    const vs = check({ child: girl('2018-05-20') });
    expect(codes(vs)).toEqual(['ADO_CONSENT_MISSING']);
    expect(fields(vs)).toEqual(['childConsent']);
    expect(check({ child: girl('2018-05-20'), childConsent: true })).toEqual([]);
  });

  it('needs both birth parents’ consent where both are known, one parent’s where only one is (ADO_CONSENT_MISSING)', () => {
    const vs = check({ giver: { kind: 'birth_parents', known: 'both', consented: [true, false] } });
    expect(codes(vs)).toEqual(['ADO_CONSENT_MISSING']);
    expect(fields(vs)).toEqual(['giver.consented']);
    expect(check({ giver: { kind: 'birth_parents', known: 'one' } })).toEqual([]);
  });

  it('refuses without an assessment report, except for a stepchild (ADO_ASSESSMENT_MISSING)', () => {
    const vs = check({ assessment: null });
    expect(codes(vs)).toEqual(['ADO_ASSESSMENT_MISSING']);
    expect(fields(vs)).toEqual(['assessment']);
    expect(check(stepchild)).toEqual([]);
  });

  it('refuses a report that found the adopters unsuitable (ADO_ASSESSMENT_UNSUITABLE), or dated after the registration', () => {
    expect(codes(check({ assessment: { conclusion: 'unsuitable', date: '2026-04-20' } }))).toEqual(['ADO_ASSESSMENT_UNSUITABLE']);
    expect(fields(check({ assessment: { conclusion: 'suitable', date: '2026-05-21' } }))).toEqual(['assessment.date']);
    expect(codes(check({ assessment: { conclusion: 'suitable', date: '2026-02-30' } }))).toEqual(['DATE_INVALID']);
  });

  it('refuses an institution’s child whose parents cannot be found until the notice has run out (ADO_NOTICE_PENDING)', () => {
    expect(check(institutionChild)).toEqual([]);
    const unpublished = check({ ...institutionChild, notice: null });
    expect(codes(unpublished)).toEqual(['ADO_NOTICE_PENDING']);
    expect(unpublished[0]!.message).toContain('尚未发布寻亲公告');
    // Published 2026-03-21: day 60 is Wednesday 05-20, its last day; it has run out on 05-21.
    const running = check({ ...institutionChild, notice: { startsOn: '2026-03-21' } });
    expect(codes(running)).toEqual(['ADO_NOTICE_PENDING']);
    expect(running[0]!.message).toBe('查找不到生父母的被收养人，须经公告且公告期满后方可登记：公告期至 2026-05-20，2026-05-21起可办理登记');
    expect(check({ ...institutionChild, notice: { startsOn: '2026-03-21' }, on: '2026-05-21' })).toEqual([]);
    expect(fields(check({ ...institutionChild, notice: { startsOn: '2026-02-30' } }))).toEqual(['notice.startsOn']);
  });

  it('lets a foreigner adopt only a stepchild or a relative’s child, and only at a provincial office (ADO_FOREIGN_RESTRICTED)', () => {
    const provincial = office({ foreignRelated: true });
    const couple = [adopter(foreigner({ birthDate: '1985-03-14' })), wife] as const;
    const vs = check({ adopters: couple, office: provincial });
    expect(codes(vs)).toEqual(['ADO_FOREIGN_RESTRICTED']);
    expect(vs[0]!.message).toContain('被收养人不是继子女或三代以内旁系同辈血亲的子女');
    expect(check({ adopters: couple, office: provincial, situation: { ...none, relativesChild: true } })).toEqual([]);
    const stepfather = { ...stepchild, adopters: [adopter(foreigner())] } as const;
    expect(check({ ...stepfather, office: provincial })).toEqual([]);
    const local = check(stepfather);
    expect(codes(local)).toEqual(['ADO_FOREIGN_RESTRICTED']);
    expect(local[0]!.message).toContain('本登记机关不是省级涉外收养登记机关');
  });

  it('treats a Hong Kong resident as a Chinese adopter, at an office flagged for foreign-related cases', () => {
    const hk = adopter(man({ birthDate: '1985-03-14', idType: 'hmt_residence_permit', idNumber: residentId('1985-03-14', 'male', '810000') }));
    expect(codes(check({ adopters: [hk, wife] }))).toEqual(['OFFICE_NOT_FOREIGN_RELATED']);
    expect(check({ adopters: [hk, wife], office: office({ foreignRelated: true }) })).toEqual([]);
  });

  it('checks every document, naming the adopter’s and the child’s fields', () => {
    const expired = adopter(man({ birthDate: '1985-03-14', idValidUntil: '2026-05-19' }));
    expect(fields(check({ adopters: [expired, wife] }))).toEqual(['adopters.0.party.idValidUntil']);
    const unverified = check({ child: { ...girl(), verification: null } });
    expect(codes(unverified)).toEqual(['PARTY_NOT_VERIFIED']);
    expect(fields(unverified)).toEqual(['child.verification']);
  });

  it('returns every violation at once', () => {
    const young = adopter(man({ birthDate: '2000-01-01' }), { children: 2 });
    const vs = check({
      adopters: [young, { ...wife, maritalStatus: 'single' }],
      spousePresent: false,
      child: girl('2008-05-20'),
      giver: { kind: 'birth_parents', known: 'both', consented: [false, true] },
      assessment: null,
      situation: { ...none, parentsNotFound: true },
    });
    const expected = ['ADO_ADOPTEE_AGE', 'ADO_ADOPTER_AGE', 'ADO_CHILD_LIMIT', 'ADO_JOINT_NOT_SPOUSES', 'ADO_SPOUSE_MISSING'];
    expect(codes(vs)).toEqual([...expected, 'ADO_CONSENT_MISSING', 'ADO_CONSENT_MISSING', 'ADO_ASSESSMENT_MISSING', 'ADO_NOTICE_PENDING']);
  });
});

const dissolution = (o: Partial<AdoptionDissolutionInput> = {}): AdoptionDissolutionInput => ({
  adopters: [husband.party, wife.party],
  child: girl('2015-06-01'),
  childConsent: true,
  certificateReturned: true,
  office: office(),
  on,
  ...o,
});

describe('dissolving an adoption by agreement (解除收养关系登记)', () => {
  it('registers the dissolution for a child of 10 who consents, the certificate taken back', () => {
    expect(checkAdoptionDissolution(dissolution())).toEqual([]);
  });

  it('refuses an adoptee of 18 and registers one of 17 (ADO_DISSOLUTION_ADULT)', () => {
    const vs = checkAdoptionDissolution(dissolution({ child: girl('2008-05-20') }));
    expect(codes(vs)).toEqual(['ADO_DISSOLUTION_ADULT']);
    expect(fields(vs)).toEqual(['child.birthDate']);
    expect(checkAdoptionDissolution(dissolution({ child: girl('2008-05-21') }))).toEqual([]);
  });

  it('needs the consent of a child of 8, not of a child of 7 (ADO_CONSENT_MISSING)', () => {
    expect(codes(checkAdoptionDissolution(dissolution({ child: girl('2018-05-20'), childConsent: false })))).toEqual(['ADO_CONSENT_MISSING']);
    expect(checkAdoptionDissolution(dissolution({ child: girl('2018-05-21'), childConsent: false }))).toEqual([]);
  });

  it('refuses while the 收养登记证 has not been taken back (ADO_CERTIFICATE_NOT_RETURNED)', () => {
    const vs = checkAdoptionDissolution(dissolution({ certificateReturned: false }));
    expect(codes(vs)).toEqual(['ADO_CERTIFICATE_NOT_RETURNED']);
    expect(fields(vs)).toEqual(['certificateReturned']);
  });

  it('returns every violation at once, documents first', () => {
    const vs = checkAdoptionDissolution(dissolution({ child: { ...girl('2016-01-01'), verification: null }, childConsent: false, certificateReturned: false }));
    expect(codes(vs)).toEqual(['PARTY_NOT_VERIFIED', 'ADO_CONSENT_MISSING', 'ADO_CERTIFICATE_NOT_RETURNED']);
  });
});

// Done when every ADO_* code is produced by a case that breaks it and by no case that does not.
const BREAKS_ONLY: Readonly<Record<string, () => Violation[]>> = {
  ADO_ADOPTEE_AGE: () => check({ child: girl('2008-05-20'), childConsent: true }),
  ADO_ADOPTER_AGE: () => check({ adopters: [adopter(woman({ birthDate: '1996-05-21' })), husband] }),
  ADO_CHILD_LIMIT: () => check({ adopters: [husband, { ...wife, children: 2 }] }),
  ADO_SPOUSE_MISSING: () => check({ adopters: [wife] }),
  ADO_JOINT_NOT_SPOUSES: () => check({ adopters: [{ ...husband, maritalStatus: 'single' }, wife] }),
  ADO_AGE_GAP: () => check({ adopters: [singleMan], child: girl('2020-05-31') }),
  ADO_CONSENT_MISSING: () => check({ child: girl('2017-01-01') }),
  ADO_ASSESSMENT_MISSING: () => check({ assessment: null }),
  ADO_ASSESSMENT_UNSUITABLE: () => check({ assessment: { conclusion: 'unsuitable', date: '2026-04-20' } }),
  ADO_NOTICE_PENDING: () => check({ ...institutionChild, on: '2026-04-30' }),
  ADO_FOREIGN_RESTRICTED: () => check({ adopters: [adopter(foreigner()), wife], office: office({ foreignRelated: true }) }),
  ADO_DISSOLUTION_ADULT: () => checkAdoptionDissolution(dissolution({ child: girl('2007-01-01') })),
  ADO_CERTIFICATE_NOT_RETURNED: () => checkAdoptionDissolution(dissolution({ certificateReturned: false })),
};

describe('every ADO_* code', () => {
  it.each(Object.entries(BREAKS_ONLY))('%s is the only answer to a case that breaks only it', (code, run) => {
    expect(codes(run())).toEqual([code]);
  });

  it('has such a case for every ADO_* code in the rule list', () => {
    // ADO_RECORD_NOT_FOUND is the archive's answer (no such 收养登记证), given by the store: tests/integration/cases-adoption.test.ts.
    const ruleCodes = RULE_CODES.filter((c) => c.startsWith('ADO_') && c !== 'ADO_RECORD_NOT_FOUND');
    expect(Object.keys(BREAKS_ONLY).sort()).toEqual(ruleCodes.sort());
  });

  it('is produced by none of the valid cases', () => {
    const valid = [
      check(),
      check(institutionChild),
      check(stepchild),
      check({ adopters: [singleMan], child: girl('2020-06-01') }),
      check({ adopters: [adopter(foreigner()), wife], office: office({ foreignRelated: true }), situation: { ...none, relativesChild: true } }),
      check({ child: girl('2008-05-21'), childConsent: true, adopters: [adopter(man({ birthDate: '1996-05-20' }), { children: 1 }), wife] }),
      checkAdoptionDissolution(dissolution()),
    ];
    for (const vs of valid) expect(codes(vs)).toEqual([]);
  });
});
