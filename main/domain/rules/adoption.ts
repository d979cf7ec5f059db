import type { LocalDate, OfficeFacts, PartyInput, Violation } from '../case-types';
import { noticeEnds, noticeRunOut } from '../adoption';
import type { WorkCalendar } from '../calendar';
import { addDays, compareDates, isValidDate } from '../dates';
import { ageOn, checkParties } from '../identity';
import { violation } from '../rule-codes';

/* The adoption rules (收养登记, 民法典 1093-1118): registration, and dissolution by agreement. */

// 民法典 1098 (adopter 30), 1102 (40 years' gap), 1104 (the child's consent at 8), 1093 (a minor).
export const ADOPTION_AGES = { adopter: 30, ageGap: 40, childConsent: 8, adult: 18 } as const;
// 民法典 1100: an adopter with no child may adopt two, with one child one; the count after adopting is at most this.
export const ADOPTION_MAX_CHILDREN = 2;

/** Rules a document brought later still satisfies: they stop the registration, not the application (受理). */
export const ADOPTION_REGISTRATION_ONLY: readonly string[] = ['ADO_NOTICE_PENDING', 'ADO_ASSESSMENT_MISSING'];

export interface AdopterFacts {
  readonly party: PartyInput;
  readonly maritalStatus: 'married' | 'single';
  /** The children the adopter has now, born or adopted, including any already adopted in this same application (siblings). */
  readonly children: number;
}

/** The child's situation, as the documents show it (each waives some of the rules). */
export interface ChildSituation {
  /** 孤儿: both parents dead or declared dead. */
  readonly orphan: boolean;
  /** 残疾未成年人 */
  readonly disabled: boolean;
  /** 查找不到生父母: the child is announced in the public notice before registration. */
  readonly parentsNotFound: boolean;
  /** Cared for by a 儿童福利机构. */
  readonly inWelfareInstitution: boolean;
  /** The child of a collateral relative of the same generation within three generations (三代以内旁系同辈血亲的子女). */
  readonly relativesChild: boolean;
  /** 继子女: the child of the adopter's spouse. */
  readonly stepchild: boolean;
}

/**
 * Who gives the child up (送养人, 民法典 1094). Birth parents give the child up together when both can
 * be found (1097); when only one is known or can be found, that one alone.
 */
export type AdoptionGiver =
  | { readonly kind: 'birth_parents'; readonly known: 'both'; readonly consented: readonly [boolean, boolean] }
  | { readonly kind: 'birth_parents'; readonly known: 'one' }
  | { readonly kind: 'guardian' }
  | { readonly kind: 'welfare_institution' };

export interface AdoptionInput {
  /** One adopter, or a married couple adopting together (民法典 1101). */
  readonly adopters: readonly [AdopterFacts] | readonly [AdopterFacts, AdopterFacts];
  /** For a couple: both attend, or one attends with the other's certified written authorization (登记办法 5). Ignored for one adopter. */
  readonly spousePresent: boolean;
  readonly child: PartyInput;
  readonly situation: ChildSituation;
  readonly giver: AdoptionGiver;
  /** The child's own consent is recorded (needed from 8 years old). */
  readonly childConsent: boolean;
  /** The 收养评估 report in the archive; null when none is attached. */
  readonly assessment: { readonly conclusion: 'suitable' | 'unsuitable'; readonly date: LocalDate } | null;
  /** The public notice (公告) for a child whose parents cannot be found; null when none was published. */
  readonly notice: { readonly startsOn: LocalDate } | null;
  /** foreignRelated: the office is a provincial-level office flagged for foreign-related cases. */
  readonly office: OfficeFacts;
  readonly on: LocalDate;
}

/** The children the limit (and the one-child condition) does not apply to, as domain.md lists them (民法典 1100 second paragraph, 1099, 1103). */
export function childLimitWaived(s: ChildSituation): boolean {
  return s.orphan || s.disabled || (s.inWelfareInstitution && s.parentsNotFound) || s.relativesChild || s.stepchild;
}

/** A foreigner; a Hong Kong, Macao or Taiwan resident or an overseas Chinese is a Chinese citizen and not restricted. */
function isForeigner(p: PartyInput): boolean {
  return p.nationality.trim().toUpperCase() !== 'CHN';
}

/** Every reason to refuse an adoption registration on `input.on`, all at once. */
export function checkAdoption(input: AdoptionInput, cal: WorkCalendar): Violation[] {
  const { adopters, child, situation, office, on } = input;
  const foreignAdopter = adopters.some((a) => isForeigner(a.party));
  // ADO_FOREIGN_RESTRICTED names the provincial office for a foreign adopter: the generic refusal would say it twice.
  const found = adoptionParties(
    adopters.map((a) => a.party),
    child,
    on,
    office,
  ).filter((v) => !(foreignAdopter && v.code === 'OFFICE_NOT_FOREIGN_RELATED'));
  const childAge = isValidDate(child.birthDate) ? ageOn(child.birthDate, on) : null;

  // 民法典 1093: only a minor may be adopted.
  if (childAge !== null && childAge >= ADOPTION_AGES.adult) {
    found.push(violation('ADO_ADOPTEE_AGE', 'child.birthDate', `登记日 ${on} 已年满 ${childAge} 周岁`));
  }

  adopters.forEach((a, i) => {
    const field = `adopters.${i}`;
    if (isValidDate(a.party.birthDate)) {
      const age = ageOn(a.party.birthDate, on);
      if (age < ADOPTION_AGES.adopter) {
        found.push(violation('ADO_ADOPTER_AGE', `${field}.party.birthDate`, `登记日 ${on} 年满 ${age} 周岁，须年满 ${ADOPTION_AGES.adopter} 周岁`));
      }
    }
    if (a.children >= ADOPTION_MAX_CHILDREN && !childLimitWaived(situation)) {
      found.push(violation('ADO_CHILD_LIMIT', `${field}.children`, `已有 ${a.children} 名子女`));
    }
  });

  found.push(...spouseRules(input));
  found.push(...ageGap(input));
  found.push(...consents(input, childAge));
  found.push(...assessmentRules(input));

  // 民法典 1105, 登记办法 8: registered only once the notice has run out (the day after its last day).
  if (situation.parentsNotFound) {
    if (input.notice === null) {
      found.push(violation('ADO_NOTICE_PENDING', 'notice', '尚未发布寻亲公告'));
    } else if (!isValidDate(input.notice.startsOn)) {
      found.push(violation('DATE_INVALID', 'notice.startsOn', '公告日期'));
    } else if (!noticeRunOut(input.notice.startsOn, on, cal)) {
      const ends = noticeEnds(input.notice.startsOn, cal);
      found.push(violation('ADO_NOTICE_PENDING', 'notice', `公告期至 ${ends}，${addDays(ends, 1)}起可办理登记`));
    }
  }

  // 外国人在中华人民共和国收养子女登记办法; domain.md: only a stepchild or a relative's child, only at a provincial office.
  if (foreignAdopter) {
    const reasons: string[] = [];
    if (!situation.stepchild && !situation.relativesChild) reasons.push('被收养人不是继子女或三代以内旁系同辈血亲的子女');
    if (!office.foreignRelated) reasons.push('本登记机关不是省级涉外收养登记机关');
    if (reasons.length > 0) found.push(violation('ADO_FOREIGN_RESTRICTED', 'adopters', reasons.join('；')));
  }
  return found;
}

/**
 * 民法典 1101: a married adopter adopts together with the spouse, and only spouses adopt together.
 * A stepchild is the exception: the spouse is the child's own parent, who gives the child up and
 * cannot adopt them, so a married stepparent adopts alone (民法典 1103).
 */
function spouseRules({ adopters, spousePresent, situation }: AdoptionInput): Violation[] {
  if (adopters.length === 1) {
    return adopters[0].maritalStatus === 'married' && !situation.stepchild ? [violation('ADO_SPOUSE_MISSING', 'adopters', '配偶未作为收养人共同申请')] : [];
  }
  const found: Violation[] = [];
  adopters.forEach((a, i) => {
    if (a.maritalStatus !== 'married') found.push(violation('ADO_JOINT_NOT_SPOUSES', `adopters.${i}.maritalStatus`));
  });
  if (!spousePresent) found.push(violation('ADO_SPOUSE_MISSING', 'spousePresent', '配偶既未到场，也未出具经证明或公证的书面委托'));
  return found;
}

/**
 * 民法典 1102: an adopter without a spouse adopting a child of the other sex is at least 40 years older.
 * "40 years older" means: on the day the child was born, the adopter had already turned 40 (ageOn the
 * child's birth date ≥ 40), so a gap of exactly 40 years counts, to the day, with 29 February handled by ageOn.
 */
function ageGap({ adopters, child }: AdoptionInput): Violation[] {
  if (adopters.length !== 1) return [];
  const adopter = adopters[0];
  if (adopter.maritalStatus !== 'single' || adopter.party.sex === child.sex) return [];
  if (!isValidDate(adopter.party.birthDate) || !isValidDate(child.birthDate)) return [];
  const gap = ageOn(adopter.party.birthDate, child.birthDate);
  return gap < ADOPTION_AGES.ageGap ? [violation('ADO_AGE_GAP', 'adopters.0.party.birthDate', `年龄相差 ${Math.max(gap, 0)} 周岁`)] : [];
}

/** 民法典 1104: the child's own consent from 8; 1097: birth parents who can both be found give the child up together. */
function consents({ giver, childConsent }: AdoptionInput, childAge: number | null): Violation[] {
  const found: Violation[] = [];
  if (childAge !== null && childAge >= ADOPTION_AGES.childConsent && !childConsent) {
    found.push(violation('ADO_CONSENT_MISSING', 'childConsent', `被收养人已年满 ${childAge} 周岁，须征得其本人同意`));
  }
  if (giver.kind === 'birth_parents' && giver.known === 'both' && !(giver.consented[0] && giver.consented[1])) {
    found.push(violation('ADO_CONSENT_MISSING', 'giver.consented', '生父母双方均可查找到，须双方共同同意送养'));
  }
  return found;
}

/** 收养评估办法 2: every adoption is assessed except a stepparent's; the report must find the adopters suitable. */
function assessmentRules({ assessment, situation, on }: AdoptionInput): Violation[] {
  if (situation.stepchild) return [];
  if (assessment === null) return [violation('ADO_ASSESSMENT_MISSING', 'assessment')];
  if (!isValidDate(assessment.date)) return [violation('DATE_INVALID', 'assessment.date', '评估日期')];
  if (compareDates(assessment.date, on) > 0) return [violation('DATE_INVALID', 'assessment.date', `评估日期晚于登记日 ${on}`)];
  return assessment.conclusion === 'suitable' ? [] : [violation('ADO_ASSESSMENT_UNSUITABLE', 'assessment.conclusion')];
}

/**
 * The documents of the adopters and the child, checked together (the same person cannot be both),
 * with fields named as the application names them ('adopters.0.party.…', 'child.…'), not by their place in one list.
 */
function adoptionParties(adopters: readonly PartyInput[], child: PartyInput, on: LocalDate, office: OfficeFacts): Violation[] {
  const childIndex = adopters.length;
  return checkParties([...adopters, child], on, office).map((v) => {
    const field = v.field.replace(/^parties\.(\d+)(?=\.|$)/, (_, n: string) => (Number(n) === childIndex ? 'child' : `adopters.${n}.party`));
    return { ...v, field };
  });
}

/** What the desk knows when the adoptive parents and the giver ask to dissolve an adoption by agreement (民法典 1114-1116). */
export interface AdoptionDissolutionInput {
  readonly adopters: readonly PartyInput[];
  readonly child: PartyInput;
  /** The child's own consent is recorded (needed from 8 years old). */
  readonly childConsent: boolean;
  /** The 收养登记证 was taken back. */
  readonly certificateReturned: boolean;
  readonly office: OfficeFacts;
  readonly on: LocalDate;
}

/** Every reason to refuse to register a dissolution by agreement on `input.on`, all at once. */
export function checkAdoptionDissolution(input: AdoptionDissolutionInput): Violation[] {
  const { child, on } = input;
  const found = adoptionParties(input.adopters, child, on, input.office);
  if (isValidDate(child.birthDate)) {
    const age = ageOn(child.birthDate, on);
    // domain.md: the registry dissolves by agreement only while the child is a minor.
    if (age >= ADOPTION_AGES.adult) found.push(violation('ADO_DISSOLUTION_ADULT', 'child.birthDate', `登记日 ${on} 已年满 ${age} 周岁`));
    // 民法典 1114: dissolving the adoption of a child of 8 or over needs the child's consent.
    else if (age >= ADOPTION_AGES.childConsent && !input.childConsent) {
      found.push(violation('ADO_CONSENT_MISSING', 'childConsent', `被收养人已年满 ${age} 周岁，须征得其本人同意`));
    }
  }
  if (!input.certificateReturned) found.push(violation('ADO_CERTIFICATE_NOT_RETURNED', 'certificateReturned'));
  return found;
}
