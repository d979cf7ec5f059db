import type { BackEntryParty, BackEntryRecord } from '../../main/domain/backentry/record';
import type { PartyInput } from '../../main/domain/case-types';
import { createWorkCalendar } from '../../main/domain/calendar';
import { addDays } from '../../main/domain/dates';
import { upgradeId15 } from '../../main/domain/identity';
import { enterBackRecord } from '../../main/store/backentry/record';
import type { CaseRow } from '../../main/store/cases';
import type { WritableDB } from '../../main/store/db';
import { acceptAdoption, registerAdoption, registerDissolution } from '../../main/store/registrations/adoption';
import type { RegistrationContext } from '../../main/store/registrations/context';
import { acceptDivorce, confirmTerms, registerDivorce, withdrawDivorce } from '../../main/store/registrations/divorce';
import { acceptMarriage, createMarriageDraft, registerMarriage } from '../../main/store/registrations/marriage';
import { acceptReissue, registerReissue } from '../../main/store/registrations/reissue';
import { revokeRegistration } from '../../main/store/registrations/revocation';
import { party } from './people';

/**
 * Registrations written on chosen dates by the store's own functions (the same transactions the API
 * runs), for tests that need a known set of records spread over months: the archive search and the
 * registry statistics.
 */
export const OFFICE = { officeCode: '110101001', divisionCode: '110101', foreignRelated: true, marriageAgeExceptions: [] } as const;
export const calendar = createWorkCalendar();

/** The office acting on a day, at 10:00 Beijing time. */
export function contextOn(on: string): RegistrationContext {
  return { office: OFFICE, calendar, by: { actor: 'clerk', at: `${on}T02:00:00.000Z`, on }, registrarName: '李明' };
}

const DECLARED = { declarationSigned: true, prohibitedKinshipDeclared: false, voluntary: true };

export function marryOn(db: WritableDB, husband: PartyInput, wife: PartyInput, on: string): CaseRow {
  const ctx = contextOn(on);
  const checks = [0, 1].map((position) => ({ position, made: true, status: 'unmarried', reason: null, checkedAt: ctx.by.at }));
  const draft = createMarriageDraft(db, { parties: [{ party: husband, ...DECLARED }, { party: wife, ...DECLARED }] }, checks, ctx);
  acceptMarriage(db, draft.id, ctx);
  return registerMarriage(db, draft.id, ctx);
}

export function acceptDivorceOn(db: WritableDB, marriage: CaseRow, husband: PartyInput, wife: PartyInput, on: string): CaseRow {
  return acceptDivorce(
    db,
    { parties: [husband, wife], marriageCertificateNumber: marriage.certificateNumber!, agreementSigned: true, fullCapacity: [true, true] },
    contextOn(on),
  );
}

/** Both parties come back in the collection period, confirm the terms and receive their 离婚证. */
export function registerDivorceOn(db: WritableDB, divorceId: number, on: string): CaseRow {
  confirmTerms(db, divorceId, { childrenArranged: true, propertyAndDebtsAgreed: true }, contextOn(on));
  return registerDivorce(db, divorceId, true, contextOn(on));
}

export function withdrawDivorceOn(db: WritableDB, divorceId: number, on: string): CaseRow {
  return withdrawDivorce(db, divorceId, 0, contextOn(on));
}

export function reissueOn(db: WritableDB, marriage: CaseRow, applicant: PartyInput, on: string): CaseRow {
  const accepted = acceptReissue(db, { certificateKind: 'marriage', originalCertificateNumber: marriage.certificateNumber!, applicant }, contextOn(on));
  return registerReissue(db, accepted.id, contextOn(on));
}

export function revokeOn(db: WritableDB, caseId: number, on: string): CaseRow {
  return revokeRegistration(
    db,
    caseId,
    { basis: { kind: 'police_finding', documentNumber: '东公认字〔2026〕7号', issuedOn: addDays(on, -3) }, remark: '冒用他人身份证件办理' },
    contextOn(on),
  );
}

/** A married couple adopting a welfare institution's child whose parents were sought by a notice that has run out. */
export function adoptOn(db: WritableDB, on: string, tag: string): CaseRow {
  const accepted = acceptAdoption(
    db,
    {
      adopters: [
        { party: party(`赵${tag}`, 'male', '1980-03-01'), maritalStatus: 'married', children: 0 },
        { party: party(`钱${tag}`, 'female', '1981-06-15'), maritalStatus: 'married', children: 0 },
      ],
      spousePresent: true,
      child: party(`福${tag}`, 'female', addDays(on, -900)),
      situation: { inWelfareInstitution: true, parentsNotFound: true, orphan: false, disabled: false, relativesChild: false, stepchild: false },
      giver: { kind: 'welfare_institution' },
      giverName: '东城区儿童福利院',
      childConsent: false,
      assessment: { reference: '东民评〔2026〕1号', conclusion: 'suitable', date: addDays(on, -10) },
      notice: { startsOn: addDays(on, -120), reference: '东民公告〔2026〕1号' },
    },
    contextOn(on),
  );
  return registerAdoption(db, accepted.id, contextOn(on));
}

export function dissolveOn(db: WritableDB, adoption: CaseRow, on: string): CaseRow {
  return registerDissolution(db, { adoptionCertificateNumber: adoption.certificateNumber!, childConsent: true, certificateReturned: true }, contextOn(on));
}

/** A party of a paper record: a 15-digit first-generation number is stored in its 18-character form beside it. */
export function paperParty(name: string, sex: 'male' | 'female', birthDate: string | null, idNumber: string | null): BackEntryParty {
  const canonical = idNumber === null ? null : /^\d{15}$/.test(idNumber) ? upgradeId15(idNumber) : idNumber;
  return { name, sex, birthDate, idType: 'resident_id', idNumber, canonicalId: canonical, nationality: 'CHN', ethnicity: null };
}

export function paperRecord(kind: BackEntryRecord['kind'], registrationDate: string, certificateNumber: string, office: string, parties: readonly [BackEntryParty, BackEntryParty]): BackEntryRecord {
  return { kind, registrationDate, certificateNumber, office, parties, remarks: null, scanFile: null };
}

/** Enters a paper-era record as a clerk typing it would, at the instant given (ISO, UTC). */
export function backEnter(db: WritableDB, record: BackEntryRecord, at: string): number {
  const outcome = enterBackRecord(db, record, {
    method: 'hand', jobId: null, sourceFile: null, sourceRow: null, officeCode: OFFICE.officeCode, by: { actor: 'clerk', name: '李明', at }, warnings: [],
  });
  if (outcome.outcome !== 'entered') throw new Error(`not entered: ${JSON.stringify(outcome)}`);
  return outcome.caseId;
}
