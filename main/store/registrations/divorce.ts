import { randomUUID } from 'node:crypto';
import type { PartyInput } from '../../domain/case-types';
import { divorcePeriods, divorceStatusOn, type DivorceStatus } from '../../domain/divorce';
import { checkDivorceAcceptance, checkDivorceRegistration, checkDivorceWithdrawal } from '../../domain/rules/divorce';
import type { WorkCalendar } from '../../domain/calendar';
import { violation } from '../../domain/rule-codes';
import { appendAudit } from '../audit';
import { addCaseEvent, caseParties, getCase, getCaseByCertificate, insertCase, type By, type CaseRow } from '../cases';
import { takeCertificateNumber } from '../certificates';
import type { ReadableDB, WritableDB } from '../db';
import { enqueueOutbox } from '../outbox';
import { refuseIf, type RegistrationContext } from './context';
import { provincialRecord, spouseRoles } from './records';
import { requireStatus, transition } from './steps';

export interface DivorceApplication {
  readonly parties: readonly [PartyInput, PartyInput];
  readonly marriageCertificateNumber: string;
  readonly agreementSigned: boolean;
  readonly fullCapacity: readonly [boolean, boolean];
}

export interface DivorceFacts {
  readonly marriageCertificateNumber: string;
  readonly agreementSigned: boolean;
  readonly fullCapacity: readonly [boolean, boolean];
  readonly terms?: { readonly childrenArranged: boolean; readonly propertyAndDebtsAgreed: boolean; readonly confirmedOn: string };
  readonly withdrawal?: { readonly recordId: string; readonly byParty: number | null; readonly deemed: boolean };
  readonly registrationRecordId?: string;
}

/** The marriage a divorce ends: registered here, not ended by another divorce. */
function marriageOf(db: ReadableDB, certificateNumber: string): CaseRow | undefined {
  const m = getCaseByCertificate(db, certificateNumber);
  return m && m.kind === 'marriage' && m.status === 'registered' ? m : undefined;
}

function openCaseFor(db: ReadableDB, marriageId: number): boolean {
  return db.prepare("SELECT 1 FROM cases WHERE kind = 'divorce' AND related_case_id = ? AND status = 'accepted'").get(marriageId) !== undefined;
}

export function checkDivorceApplication(db: ReadableDB, a: DivorceApplication, ctx: RegistrationContext, on: string) {
  const marriage = marriageOf(db, a.marriageCertificateNumber);
  const spouses = marriage ? caseParties(db, marriage.id).map((p) => p.idNumber) : null;
  return checkDivorceAcceptance(
    {
      parties: a.parties,
      agreementSigned: a.agreementSigned,
      fullCapacity: a.fullCapacity,
      marriage: spouses ? { spouseIdNumbers: [spouses[0]!, spouses[1]!] } : null,
      openCaseExists: marriage ? openCaseFor(db, marriage.id) : false,
      office: ctx.office,
    },
    on,
  );
}

/** Accepts a divorce application: Day 0 is today; the receipt is printed from the answer. */
export function acceptDivorce(db: WritableDB, a: DivorceApplication, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    refuseIf(checkDivorceApplication(db, a, ctx, ctx.by.on));
    const marriage = marriageOf(db, a.marriageCertificateNumber)!;
    const facts: DivorceFacts = { marriageCertificateNumber: a.marriageCertificateNumber, agreementSigned: a.agreementSigned, fullCapacity: a.fullCapacity };
    const id = insertCase(
      db,
      { kind: 'divorce', status: 'accepted', officeCode: ctx.office.officeCode, acceptedOn: ctx.by.on, relatedCaseId: marriage.id, facts: { ...facts }, parties: a.parties },
      ctx.by,
    );
    const periods = divorcePeriods(ctx.by.on, ctx.calendar);
    addCaseEvent(db, id, 1, 'accept', ctx.by, { coolingOffEnds: periods.coolingOffEnds, collectionEnds: periods.collectionEnds });
    appendAudit(db, { at: ctx.by.at, actor: ctx.by.actor, action: 'case.accept', subject: `case:${id}`, detail: { kind: 'divorce' } });
    const c = getCase(db, id)!;
    const record = provincialRecord(c, c.recordId, 1, 'divorce_application', a.parties, spouseRoles(a.parties), ctx, {
      applicationDate: ctx.by.on,
      coolingOffEnds: periods.coolingOffEnds,
      marriageCertificateNo: a.marriageCertificateNumber,
    }, null);
    enqueueOutbox(db, { recordId: c.recordId, revision: 1, kind: 'divorce_application', payload: record }, ctx.by.at);
    return c;
  }).immediate();
}

/** A deemed withdrawal is not an act of the parties: the rules derive it from the dates, so it is not passed as one. */
export function caseFacts(c: CaseRow) {
  return { acceptedOn: c.acceptedOn!, withdrawnOn: c.status === 'withdrawn' ? c.withdrawnOn : null, registeredOn: c.registeredOn };
}

export function divorceStatus(c: CaseRow, on: string, cal: WorkCalendar): DivorceStatus {
  return divorceStatusOn(caseFacts(c), on, cal);
}

function withdrawalRecord(db: WritableDB, c: CaseRow, byParty: number | null, deemed: boolean, ctx: RegistrationContext): CaseRow {
  const recordId = randomUUID();
  const facts: DivorceFacts = { ...(c.facts as unknown as DivorceFacts), withdrawal: { recordId, byParty, deemed } };
  const status = deemed ? 'deemed_withdrawn' : 'withdrawn';
  const done = transition(db, c, deemed ? 'deemed-withdrawn' : 'withdraw', ctx, { status, withdrawnOn: ctx.by.on, facts: { ...facts } }, { byParty });
  const parties = caseParties(db, c.id);
  const record = provincialRecord(done, recordId, 1, 'divorce_withdrawal', parties, spouseRoles(parties), ctx, {
    applicationRecordId: c.recordId,
    withdrawnOn: ctx.by.on,
    deemed,
  }, null);
  enqueueOutbox(db, { recordId, revision: 1, kind: 'divorce_withdrawal', payload: record }, ctx.by.at);
  return done;
}

/** Either party alone may withdraw, up to and including the last day of cooling-off. */
export function withdrawDivorce(db: WritableDB, caseId: number, partyIndex: number, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['accepted', 'withdrawn', 'deemed_withdrawn', 'registered']);
    refuseIf(checkDivorceWithdrawal(caseFacts(c), ctx.by.on, ctx.calendar));
    return withdrawalRecord(db, c, partyIndex, false, ctx);
  }).immediate();
}

export function confirmTerms(db: WritableDB, caseId: number, terms: { childrenArranged: boolean; propertyAndDebtsAgreed: boolean }, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['accepted']);
    // The parties confirm when they come back together in the collection period, not before.
    const status = divorceStatus(c, ctx.by.on, ctx.calendar);
    if (status === 'cooling_off') refuseIf([violation('DIV_COOLING_OFF', 'date')]);
    if (status === 'deemed_withdrawn') refuseIf([violation('DIV_DEEMED_WITHDRAWN', 'date')]);
    const facts = { ...c.facts, terms: { ...terms, confirmedOn: ctx.by.on } };
    return transition(db, c, 'confirm-terms', ctx, { facts }, terms);
  }).immediate();
}

export function divorceRegistrationViolations(db: ReadableDB, c: CaseRow, bothPresent: boolean, ctx: RegistrationContext, on: string) {
  const f = c.facts as unknown as DivorceFacts;
  const parties = caseParties(db, c.id);
  const termsConfirmed = f.terms !== undefined && f.terms.childrenArranged && f.terms.propertyAndDebtsAgreed;
  return checkDivorceRegistration(caseFacts(c), { bothPresent, termsConfirmed, parties: [parties[0]!, parties[1]!], office: ctx.office }, on, ctx.calendar);
}

/** Registers the divorce in the collection period: one L number, a 离婚证 for each party. */
export function registerDivorce(db: WritableDB, caseId: number, bothPresent: boolean, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    refuseIf(divorceRegistrationViolations(db, c, bothPresent, ctx, ctx.by.on));
    const number = takeCertificateNumber(db, 'L', ctx.office.divisionCode, Number(ctx.by.on.slice(0, 4)));
    const recordId = randomUUID();
    const facts = { ...c.facts, registrationRecordId: recordId };
    const done = transition(db, c, 'register', ctx, { status: 'registered', registeredOn: ctx.by.on, certificateNumber: number, facts }, { certificateNumber: number });
    const parties = caseParties(db, c.id);
    const record = provincialRecord(done, recordId, 1, 'divorce', parties, spouseRoles(parties), ctx, { applicationRecordId: c.recordId }, number);
    enqueueOutbox(db, { recordId, revision: 1, kind: 'divorce', payload: record }, ctx.by.at);
    return done;
  }).immediate();
}

/**
 * Deemed withdrawal: every accepted case whose collection period ended before `today` closes,
 * dated the day after that period's last day, whatever day this runs. Idempotent.
 */
export function runDeemedWithdrawals(db: WritableDB, today: string, ctx: Omit<RegistrationContext, 'by'> & { by: Omit<By, 'on'> }): number[] {
  const open = db.prepare("SELECT id FROM cases WHERE kind = 'divorce' AND status = 'accepted' ORDER BY id").pluck().all() as number[];
  const closed: number[] = [];
  for (const id of open) {
    db.transaction(() => {
      const c = getCase(db, id)!;
      if (c.status !== 'accepted') return;
      const periods = divorcePeriods(c.acceptedOn!, ctx.calendar);
      if (periods.deemedWithdrawnOn > today) return;
      withdrawalRecord(db, c, null, true, { ...ctx, by: { ...ctx.by, on: periods.deemedWithdrawnOn } });
      closed.push(id);
    }).immediate();
  }
  return closed;
}
