import type { z } from 'zod';
import type { NewAdoption, NewAdoptionDissolution } from '../../../../../main/contract';
import { isValidDate } from '../../../../../main/domain/dates';
import type { ChildSituation } from '../../../../../main/domain/rules/adoption';
import { emptyParty, PARTY_FIELDS, toParty, type PartyFormValues } from '../party/partyValues';
import type { GiverChoice } from './adoptionLabels';

export interface AdopterFormValues {
  party: PartyFormValues;
  maritalStatus: 'married' | 'single';
  children: number;
}

export interface AdoptionFormValues {
  /** A married couple adopting together: the second adopter's card is shown and sent. */
  couple: boolean;
  adopters: [AdopterFormValues, AdopterFormValues];
  spousePresent: boolean;
  child: PartyFormValues;
  situation: (keyof ChildSituation)[];
  giver?: GiverChoice;
  /** Each birth parent's consent, when both can be found. */
  parentConsent: [boolean, boolean];
  giverName?: string;
  childConsent: boolean;
  assessmentReference?: string;
  assessmentConclusion: 'suitable' | 'unsuitable';
  assessmentDate?: string;
  noticeStartsOn?: string;
  noticeReference?: string;
}

function emptyAdopter(maritalStatus: 'married' | 'single'): AdopterFormValues {
  return { party: emptyParty(), maritalStatus, children: 0 };
}

export function emptyAdoption(): AdoptionFormValues {
  // Most adoptions at the desk are by a married couple: the form starts as one.
  return {
    couple: true,
    adopters: [emptyAdopter('married'), emptyAdopter('married')],
    spousePresent: true,
    child: emptyParty(),
    situation: [],
    parentConsent: [false, false],
    childConsent: false,
    assessmentConclusion: 'suitable',
  };
}

type AdoptionInput = z.input<typeof NewAdoption>;
type AdopterInput = AdoptionInput['adopters'][number];

function adopterOf(v: Partial<AdopterFormValues> | undefined): AdopterInput | null {
  const party = toParty(v?.party);
  const children = Number(v?.children);
  if (!party || !v?.maritalStatus || !Number.isInteger(children) || children < 0) return null;
  return { party, maritalStatus: v.maritalStatus, children };
}

function giverOf(v: Partial<AdoptionFormValues>): AdoptionInput['giver'] | null {
  switch (v.giver) {
    case 'both_parents':
      return { kind: 'birth_parents', known: 'both', consented: [!!v.parentConsent?.[0], !!v.parentConsent?.[1]] };
    case 'one_parent':
      return { kind: 'birth_parents', known: 'one' };
    case 'guardian':
      return { kind: 'guardian' };
    case 'welfare_institution':
      return { kind: 'welfare_institution' };
    default:
      return null;
  }
}

const situationOf = (keys: readonly (keyof ChildSituation)[] | undefined): ChildSituation => ({
  orphan: !!keys?.includes('orphan'),
  disabled: !!keys?.includes('disabled'),
  parentsNotFound: !!keys?.includes('parentsNotFound'),
  inWelfareInstitution: !!keys?.includes('inWelfareInstitution'),
  relativesChild: !!keys?.includes('relativesChild'),
  stepchild: !!keys?.includes('stepchild'),
});

/**
 * The application for POST /api/cases(/check), or null while a person or the giver is incomplete.
 * An assessment or a notice half typed counts as none: the rules then say what is missing beside it.
 */
export function adoptionProposal(v: Partial<AdoptionFormValues> | undefined): AdoptionInput | null {
  if (!v) return null;
  const first = adopterOf(v.adopters?.[0]);
  const second = v.couple ? adopterOf(v.adopters?.[1]) : null;
  const child = toParty(v.child);
  const giver = giverOf(v);
  if (!first || (v.couple && !second) || !child || !giver) return null;
  const situation = situationOf(v.situation);
  const reference = v.assessmentReference?.trim() ?? '';
  const assessmentDate = v.assessmentDate ?? '';
  const noticeStartsOn = v.noticeStartsOn ?? '';
  return {
    kind: 'adoption',
    adopters: second ? [first, second] : [first],
    spousePresent: v.couple ? v.spousePresent !== false : true,
    child,
    situation,
    giver,
    giverName: v.giverName?.trim() ?? '',
    childConsent: !!v.childConsent,
    assessment: reference && isValidDate(assessmentDate) ? { reference, conclusion: v.assessmentConclusion ?? 'suitable', date: assessmentDate } : null,
    notice: situation.parentsNotFound && isValidDate(noticeStartsOn) ? { startsOn: noticeStartsOn, reference: v.noticeReference?.trim() ?? '' } : null,
  };
}

/** The rules that stop 登记 but not 受理: the domain's own list. */
export { ADOPTION_REGISTRATION_ONLY as REGISTRATION_ONLY } from '../../../../../main/domain';

const ADOPTER_FACTS = ['children', 'maritalStatus'];
const FORM_PATHS = ['adopters', 'spousePresent', 'childConsent', 'giver', 'giver.consented', 'assessment', 'assessment.reference', 'assessment.date', 'assessment.conclusion', 'notice', 'notice.startsOn'];

/** The API paths the application form shows beside a field. */
export function adoptionClaims(field: string): boolean {
  if (FORM_PATHS.includes(field)) return true;
  const party = /^adopters\.[01]\.party\.(\w+)$/.exec(field);
  if (party) return (PARTY_FIELDS as readonly string[]).includes(party[1]!);
  const adopter = /^adopters\.[01]\.(\w+)$/.exec(field);
  if (adopter) return ADOPTER_FACTS.includes(adopter[1]!);
  const child = /^child\.(\w+)$/.exec(field);
  return !!child && (PARTY_FIELDS as readonly string[]).includes(child[1]!);
}

export interface DissolutionFormValues {
  adoptionCertificateNumber?: string;
  childConsent: boolean;
  certificateReturned: boolean;
}

export function dissolutionProposal(v: Partial<DissolutionFormValues> | undefined): z.input<typeof NewAdoptionDissolution> | null {
  const number = v?.adoptionCertificateNumber?.trim().toUpperCase() ?? '';
  if (!number) return null;
  return { kind: 'adoption_dissolution', adoptionCertificateNumber: number, childConsent: !!v?.childConsent, certificateReturned: !!v?.certificateReturned };
}

export const dissolutionClaims = (field: string) => ['adoptionCertificateNumber', 'childConsent', 'certificateReturned'].includes(field);
