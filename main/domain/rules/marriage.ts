import type { LocalDate, MarriagePartyFacts, OfficeFacts, Sex, Violation } from '../case-types';
import { isValidDate } from '../dates';
import { ageOn, checkParties } from '../identity';
import { violation } from '../rule-codes';

// 民法典 1047: a man may marry at 22, a woman at 20.
export const MARRIAGE_AGE = { man: 22, woman: 20 } as const;

export interface MarriageInput {
  readonly parties: readonly [MarriagePartyFacts, MarriagePartyFacts];
  readonly office: OfficeFacts;
  readonly on: LocalDate;
}

/**
 * The minimum age for one party: the national one, or the lower one an autonomous area set for
 * the party's ethnic group (configurable). An exception never raises the age the law sets.
 */
export function minimumMarriageAge(sex: Sex, ethnicity: string | undefined, office: OfficeFacts): number {
  const national = sex === 'male' ? MARRIAGE_AGE.man : MARRIAGE_AGE.woman;
  const exception = ethnicity === undefined ? undefined : office.marriageAgeExceptions.find((e) => e.ethnicity === ethnicity);
  if (exception === undefined) return national;
  return Math.min(national, sex === 'male' ? exception.man : exception.woman);
}

/** Every reason to refuse a marriage registration (不予登记) on `on`, all at once. */
export function checkMarriage(input: MarriageInput): Violation[] {
  const { parties, office, on } = input;
  const found = checkParties(
    parties.map((p) => p.party),
    on,
    office,
  );

  // 民法典 1049 and 1041: one man and one woman.
  const sexes = new Set(parties.map((p) => p.party.sex));
  if (!(sexes.has('male') && sexes.has('female'))) found.push(violation('MAR_SEXES', 'parties'));

  parties.forEach((p, i) => {
    const field = `parties.${i}`;
    const { party } = p;

    // 民法典 1047. A birth date that is not a date was already reported by checkParties.
    if (isValidDate(party.birthDate)) {
      const minimum = minimumMarriageAge(party.sex, party.ethnicity, office);
      const age = ageOn(party.birthDate, on);
      if (age < minimum) {
        const code = party.sex === 'male' ? 'MAR_AGE_MAN' : 'MAR_AGE_WOMAN';
        found.push(violation(code, `${field}.birthDate`, `登记日 ${on} 年满 ${age} 周岁，须年满 ${minimum} 周岁`));
      }
    }

    // 民法典 1042: no bigamy, by this office's records or the provincial check.
    const provincialMarried = p.provincialCheck.made && p.provincialCheck.married;
    if (provincialMarried) {
      found.push(violation('MAR_ALREADY_MARRIED', `${field}.provincialCheck`, '省级婚姻状况核验显示有配偶'));
    } else if (p.marriedInLocalRecords) {
      found.push(violation('MAR_ALREADY_MARRIED', `${field}.marriedInLocalRecords`, '本机关记录显示有配偶'));
    }
    if (!p.provincialCheck.made && !hasOverride(p.unverifiedOverride)) {
      found.push(violation('MAR_STATUS_UNVERIFIED', `${field}.provincialCheck`));
    }

    if (!p.declarationSigned) found.push(violation('MAR_DECLARATION_MISSING', `${field}.declarationSigned`));
    // 民法典 1048
    if (p.prohibitedKinshipDeclared) found.push(violation('MAR_KINSHIP', `${field}.prohibitedKinshipDeclared`));
    // 民法典 1046
    if (!p.voluntary) found.push(violation('MAR_NOT_VOLUNTARY', `${field}.voluntary`));
  });
  return found;
}

/** A manager's override counts only with a name and a written reason: the audit log keeps both. */
function hasOverride(o: MarriagePartyFacts['unverifiedOverride']): boolean {
  return o !== null && o.by.trim() !== '' && o.reason.trim() !== '';
}
