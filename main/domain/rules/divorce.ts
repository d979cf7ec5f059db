import type { LocalDate, OfficeFacts, PartyInput, Violation } from '../case-types';
import { assertNever } from '../assert-never';
import type { WorkCalendar } from '../calendar';
import { divorcePeriods, divorceStatusOn, type DivorceCaseFacts } from '../divorce';
import { canonicalIdNumber, checkParties } from '../identity';
import { violation } from '../rule-codes';

export type { DivorceCaseFacts } from '../divorce';

/* The divorce rules at each stage of a case: acceptance (Day 0), withdrawal, registration. */

/** What the desk knows when both spouses ask for a divorce (民法典 1076). */
export interface DivorceApplicationFacts {
  readonly parties: readonly [PartyInput, PartyInput];
  readonly agreementSigned: boolean;
  readonly fullCapacity: readonly [boolean, boolean];
  /** null: no record of the marriage found */
  readonly marriage: { readonly spouseIdNumbers: readonly [string, string] } | null;
  readonly openCaseExists: boolean;
  readonly office: OfficeFacts;
}

/** Every reason to refuse to accept a divorce application (不予受理) on `on`, all at once. */
export function checkDivorceAcceptance(f: DivorceApplicationFacts, on: LocalDate): Violation[] {
  const found = checkParties(f.parties, on, f.office);
  // 民法典 1076: both sign a written divorce agreement.
  if (!f.agreementSigned) found.push(violation('DIV_NO_AGREEMENT', 'agreementSigned'));
  // Only spouses with full civil capacity may divorce by agreement; otherwise a court decides.
  f.fullCapacity.forEach((full, i) => {
    if (!full) found.push(violation('DIV_CAPACITY', `parties.${i}.fullCapacity`));
  });
  if (f.marriage === null) {
    found.push(violation('DIV_MARRIAGE_UNKNOWN', 'marriage'));
  } else if (!sameTwoPeople(f.parties, f.marriage.spouseIdNumbers)) {
    found.push(violation('DIV_PARTIES_MISMATCH', 'parties'));
  }
  if (f.openCaseExists) found.push(violation('DIV_CASE_OPEN', 'parties'));
  return found;
}

/** The applicants are the marriage's two spouses, in either order (a 15-digit number on an old record matches its 18-digit form). */
function sameTwoPeople(parties: readonly [PartyInput, PartyInput], spouses: readonly [string, string]): boolean {
  const applicants = parties.map((p) => canonicalIdNumber(p.idNumber)).sort();
  const married = spouses.map(canonicalIdNumber).sort();
  return applicants[0] === married[0] && applicants[1] === married[1] && applicants[0] !== applicants[1];
}

/**
 * 民法典 1077: during the cooling-off period either party alone may withdraw, up to and including
 * its last day. Day 0 (the acceptance day itself) counts too: nothing is gained by making them wait a day.
 */
export function checkDivorceWithdrawal(c: DivorceCaseFacts, on: LocalDate, cal: WorkCalendar): Violation[] {
  const status = divorceStatusOn(c, on, cal);
  switch (status) {
    case 'cooling_off':
      return [];
    case 'collection': {
      const { coolingOffEnds } = divorcePeriods(c.acceptedOn, cal);
      return [violation('DIV_WITHDRAW_TOO_LATE', 'date', `冷静期已于 ${coolingOffEnds} 届满`)];
    }
    case 'registered':
    case 'withdrawn':
    case 'deemed_withdrawn':
      return [violation('DIV_CASE_CLOSED', 'status')];
    default:
      return assertNever(status, 'divorce status');
  }
}

export interface DivorceRegistrationFacts {
  readonly bothPresent: boolean;
  /** Both confirmed they still want the divorce and have agreed on children, property and debts. */
  readonly termsConfirmed: boolean;
  readonly parties: readonly [PartyInput, PartyInput];
  readonly office: OfficeFacts;
}

/** Every reason not to register the divorce (issue the 离婚证) on `on`, all at once (民法典 1077, 1078). */
export function checkDivorceRegistration(
  c: DivorceCaseFacts,
  facts: DivorceRegistrationFacts,
  on: LocalDate,
  cal: WorkCalendar,
): Violation[] {
  const found: Violation[] = [];
  const status = divorceStatusOn(c, on, cal);
  const periods = divorcePeriods(c.acceptedOn, cal);
  switch (status) {
    case 'cooling_off':
      found.push(violation('DIV_COOLING_OFF', 'date', `冷静期至 ${periods.coolingOffEnds}，${periods.collectionStarts} 起可申请发证`));
      break;
    case 'collection':
      break;
    case 'deemed_withdrawn':
      found.push(violation('DIV_DEEMED_WITHDRAWN', 'date', `申请发证的期限已于 ${periods.collectionEnds} 届满`));
      break;
    case 'registered':
    case 'withdrawn':
      found.push(violation('DIV_CASE_CLOSED', 'status'));
      break;
    default:
      return assertNever(status, 'divorce status');
  }
  if (!facts.bothPresent) found.push(violation('DIV_BOTH_REQUIRED', 'bothPresent'));
  if (!facts.termsConfirmed) found.push(violation('DIV_TERMS_UNCONFIRMED', 'termsConfirmed'));
  // The documents are checked again on the registration day: a card may have expired since acceptance.
  found.push(...checkParties(facts.parties, on, facts.office));
  return found;
}
