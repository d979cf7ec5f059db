import { adoptionDates } from '../../domain/adoption';
import type { PartyInput, Violation } from '../../domain/case-types';
import { ADOPTION_REGISTRATION_ONLY, checkAdoption, checkAdoptionDissolution, type AdoptionGiver, type AdoptionInput, type ChildSituation } from '../../domain/rules/adoption';
import { violation } from '../../domain/rule-codes';
import { appendAudit } from '../audit';
import { addCaseEvent, caseParties, getCase, getCaseByCertificate, insertCase, type CaseRow } from '../cases';
import { takeCertificateNumber } from '../certificates';
import type { ReadableDB, WritableDB } from '../db';
import { enqueueOutbox } from '../outbox';
import { refuseIf, RuleRefusal, type RegistrationContext } from './context';
import { provincialRecord } from './records';
import { requireStatus, transition } from './steps';

/** An adoption application as the desk enters it: the parties, and the facts the ADO_* rules read. */
export interface AdoptionApplication {
  readonly adopters: readonly { readonly party: PartyInput; readonly maritalStatus: 'married' | 'single'; readonly children: number }[];
  readonly spousePresent: boolean;
  readonly child: PartyInput;
  readonly situation: ChildSituation;
  readonly giver: AdoptionGiver;
  readonly giverName: string;
  readonly childConsent: boolean;
  readonly assessment: { readonly reference: string; readonly conclusion: 'suitable' | 'unsuitable'; readonly date: string } | null;
  readonly notice: { readonly startsOn: string; readonly reference: string } | null;
}

/** What the case keeps besides its parties (adopters first, the child last). */
export type AdoptionFacts = Omit<AdoptionApplication, 'adopters' | 'child'> & {
  readonly adopters: readonly { readonly maritalStatus: 'married' | 'single'; readonly children: number }[];
  readonly refusal?: { readonly reason: string; readonly codes: readonly string[] };
};


function ruleInput(a: AdoptionApplication, ctx: RegistrationContext, on: string): AdoptionInput {
  const adopters = a.adopters.map((x) => ({ party: x.party, maritalStatus: x.maritalStatus, children: x.children }));
  return {
    adopters: adopters.length === 2 ? [adopters[0]!, adopters[1]!] : [adopters[0]!],
    spousePresent: a.spousePresent, child: a.child, situation: a.situation, giver: a.giver, childConsent: a.childConsent,
    assessment: a.assessment && { conclusion: a.assessment.conclusion, date: a.assessment.date },
    notice: a.notice && { startsOn: a.notice.startsOn },
    office: ctx.office, on,
  };
}

/** Every ADO_* violation of an application on `on`; `forApplication` leaves out those only registration needs. */
export function checkAdoptionApplication(a: AdoptionApplication, ctx: RegistrationContext, on: string, forApplication: boolean): Violation[] {
  const found = checkAdoption(ruleInput(a, ctx, on), ctx.calendar);
  return forApplication ? found.filter((v) => !ADOPTION_REGISTRATION_ONLY.includes(v.code)) : found;
}

/** The application as stored in a case, for the rules on a later day. */
export function storedApplication(db: ReadableDB, c: CaseRow): AdoptionApplication {
  const f = c.facts as unknown as AdoptionFacts;
  const parties = caseParties(db, c.id);
  return { ...f, adopters: f.adopters.map((x, i) => ({ ...x, party: parties[i]! })), child: parties[parties.length - 1]! };
}

export function adoptionCaseDates(c: CaseRow, ctx: RegistrationContext) {
  const f = c.facts as unknown as AdoptionFacts;
  return c.acceptedOn ? adoptionDates(c.acceptedOn, f.notice?.startsOn ?? null, ctx.calendar) : null;
}

/** 受理: the application is Day 0 of the 30-day decision limit. */
export function acceptAdoption(db: WritableDB, a: AdoptionApplication, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    refuseIf(checkAdoptionApplication(a, ctx, ctx.by.on, true));
    const facts: AdoptionFacts = {
      adopters: a.adopters.map((x) => ({ maritalStatus: x.maritalStatus, children: x.children })),
      spousePresent: a.spousePresent, situation: a.situation, giver: a.giver, giverName: a.giverName, childConsent: a.childConsent,
      assessment: a.assessment, notice: a.notice,
    };
    const id = insertCase(
      db,
      { kind: 'adoption', status: 'accepted', officeCode: ctx.office.officeCode, acceptedOn: ctx.by.on, relatedCaseId: null, facts: { ...facts }, parties: [...a.adopters.map((x) => x.party), a.child] },
      ctx.by,
    );
    addCaseEvent(db, id, 1, 'accept', ctx.by, {});
    appendAudit(db, { at: ctx.by.at, actor: ctx.by.actor, action: 'case.create', subject: `case:${id}`, detail: { kind: 'adoption' } });
    return getCase(db, id)!;
  }).immediate();
}

export function adoptionViolations(db: ReadableDB, c: CaseRow, ctx: RegistrationContext, on: string): Violation[] {
  return checkAdoptionApplication(storedApplication(db, c), ctx, on, false);
}

const roles = (n: number) => [...Array.from({ length: n - 1 }, () => 'adopter' as const), 'adoptee' as const];

/** Registers: a 收养登记证 number, the record queued for the province with the assessment and notice in `details`. */
export function registerAdoption(db: WritableDB, caseId: number, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['accepted']);
    refuseIf(adoptionViolations(db, c, ctx, ctx.by.on));
    const number = takeCertificateNumber(db, 'SY', ctx.office.divisionCode, Number(ctx.by.on.slice(0, 4)));
    const done = transition(db, c, 'register', ctx, { status: 'registered', registeredOn: ctx.by.on, certificateNumber: number }, { certificateNumber: number });
    const f = c.facts as unknown as AdoptionFacts;
    const dates = adoptionCaseDates(c, ctx)!;
    const details = {
      appliedOn: c.acceptedOn,
      assessment: f.assessment,
      notice: f.notice ? { reference: f.notice.reference, startsOn: f.notice.startsOn, endsOn: dates.noticeEnds } : null,
      giver: { kind: f.giver.kind, name: f.giverName },
    };
    const parties = caseParties(db, c.id);
    enqueueOutbox(db, { recordId: done.recordId, revision: done.revision, kind: 'adoption', payload: provincialRecord(done, done.recordId, done.revision, 'adoption', parties, roles(parties.length), ctx, details, number) }, ctx.by.at);
    return done;
  }).immediate();
}

/** 不予登记 of an adoption, with the reason and the codes that stood against it. */
export function refuseAdoption(db: WritableDB, caseId: number, reason: string, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['accepted']);
    const codes = adoptionViolations(db, c, ctx, ctx.by.on).map((v) => v.code);
    return transition(db, c, 'refuse', ctx, { status: 'refused', facts: { ...c.facts, refusal: { reason, codes } } }, { reason, codes });
  }).immediate();
}

export interface DissolutionRequest {
  readonly adoptionCertificateNumber: string;
  readonly childConsent: boolean;
  readonly certificateReturned: boolean;
}

function adoptionToDissolve(db: ReadableDB, number: string): CaseRow | undefined {
  const c = getCaseByCertificate(db, number);
  return c && c.kind === 'adoption' && c.status === 'registered' ? c : undefined;
}

export function checkDissolution(db: ReadableDB, r: DissolutionRequest, ctx: RegistrationContext, on: string): Violation[] {
  const adoption = adoptionToDissolve(db, r.adoptionCertificateNumber);
  if (!adoption) return [violation('ADO_RECORD_NOT_FOUND', 'adoptionCertificateNumber')];
  const parties = caseParties(db, adoption.id);
  return checkAdoptionDissolution({
    adopters: parties.slice(0, -1), child: parties[parties.length - 1]!, childConsent: r.childConsent, certificateReturned: r.certificateReturned, office: ctx.office, on,
  });
}

/**
 * Registers a dissolution by agreement: its own case with a 解除收养关系证明 number, the adoption
 * marked dissolved with its certificate recorded as taken back, both in one transaction and uploaded.
 */
export function registerDissolution(db: WritableDB, r: DissolutionRequest, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    refuseIf(checkDissolution(db, r, ctx, ctx.by.on));
    const adoption = adoptionToDissolve(db, r.adoptionCertificateNumber);
    if (!adoption) throw new RuleRefusal([violation('ADO_RECORD_NOT_FOUND', 'adoptionCertificateNumber')]);
    const parties = caseParties(db, adoption.id);
    const number = takeCertificateNumber(db, 'JS', ctx.office.divisionCode, Number(ctx.by.on.slice(0, 4)));
    const id = insertCase(
      db,
      {
        kind: 'adoption_dissolution', status: 'registered', officeCode: ctx.office.officeCode, acceptedOn: ctx.by.on, relatedCaseId: adoption.id,
        facts: { childConsent: r.childConsent, certificateReturned: r.certificateReturned, adoptionCertificateNumber: r.adoptionCertificateNumber }, parties,
      },
      ctx.by,
    );
    const done = transition(db, getCase(db, id)!, 'register', ctx, { registeredOn: ctx.by.on, certificateNumber: number }, { certificateNumber: number });
    transition(db, adoption, 'dissolve', ctx, { status: 'dissolved' }, { dissolutionCaseId: id, certificateReturned: true });
    const details = { adoptionRecordId: adoption.recordId, adoptionCertificateNo: adoption.certificateNumber };
    enqueueOutbox(db, { recordId: done.recordId, revision: done.revision, kind: 'adoption_dissolution', payload: provincialRecord(done, done.recordId, done.revision, 'adoption_dissolution', parties, roles(parties.length), ctx, details, number) }, ctx.by.at);
    appendAudit(db, { at: ctx.by.at, actor: ctx.by.actor, action: 'case.create', subject: `case:${id}`, detail: { kind: 'adoption_dissolution', adoption: adoption.id } });
    return done;
  }).immediate();
}
