import type { MarriagePartyFacts, PartyInput } from '../../domain/case-types';
import { checkMarriage } from '../../domain/rules/marriage';
import { appendAudit } from '../audit';
import { addCaseEvent, caseParties, getCase, insertCase, isMarriedInRecords, type CaseRow } from '../cases';
import { takeCertificateNumber } from '../certificates';
import type { WritableDB, ReadableDB } from '../db';
import { enqueueOutbox } from '../outbox';
import { latestStatusCheck, recordStatusCheck, type StatusCheckRecord } from '../status-checks';
import { refuseIf, type RegistrationContext } from './context';
import { requireStatus, transition } from './steps';
import { provincialRecord, spouseRoles } from './records';

export interface MarriageDeclarations {
  readonly declarationSigned: boolean;
  readonly prohibitedKinshipDeclared: boolean;
  readonly voluntary: boolean;
}

export interface MarriageFacts {
  readonly declarations: readonly [MarriageDeclarations, MarriageDeclarations];
  readonly overrideRequested?: { readonly by: string; readonly at: string; readonly note: string };
  readonly unverifiedOverride?: { readonly by: string; readonly reason: string };
  readonly refusal?: { readonly reason: string; readonly codes: readonly string[] };
}

export interface MarriageProposal {
  readonly parties: readonly [{ readonly party: PartyInput } & MarriageDeclarations, { readonly party: PartyInput } & MarriageDeclarations];
}

type Check = Pick<StatusCheckRecord, 'made' | 'status'> | undefined;

/** The facts the marriage rules read, from the proposal, this office's records and the provincial checks. */
export function marriageFacts(
  db: ReadableDB,
  parties: readonly PartyInput[],
  declarations: readonly MarriageDeclarations[],
  checks: readonly Check[],
  override: MarriageFacts['unverifiedOverride'] | null,
): readonly [MarriagePartyFacts, MarriagePartyFacts] {
  const facts = parties.map((party, i): MarriagePartyFacts => {
    const check = checks[i];
    return {
      party,
      ...declarations[i]!,
      marriedInLocalRecords: isMarriedInRecords(db, party.idType, party.idNumber),
      provincialCheck: check?.made ? { made: true, married: check.status === 'married' } : { made: false },
      unverifiedOverride: override ?? null,
    };
  });
  return [facts[0]!, facts[1]!];
}

export function checkMarriageProposal(db: ReadableDB, p: MarriageProposal, checks: readonly Check[], ctx: RegistrationContext, on: string) {
  const parties = p.parties.map((x) => x.party);
  return checkMarriage({ parties: marriageFacts(db, parties, p.parties, checks, null), office: ctx.office, on });
}

/** Saves what the registrar entered as a draft, with the provincial checks made for it. */
export function createMarriageDraft(db: WritableDB, p: MarriageProposal, checks: readonly StatusCheckRecord[], ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const facts: MarriageFacts = {
      declarations: [decl(p.parties[0]), decl(p.parties[1])],
    };
    const id = insertCase(
      db,
      { kind: 'marriage', status: 'draft', officeCode: ctx.office.officeCode, acceptedOn: null, relatedCaseId: null, facts: { ...facts }, parties: p.parties.map((x) => x.party) },
      ctx.by,
    );
    for (const c of checks) recordStatusCheck(db, id, c);
    addCaseEvent(db, id, 1, 'create', ctx.by, { checks: checks.map((c) => ({ position: c.position, made: c.made, status: c.status })) });
    appendAudit(db, { at: ctx.by.at, actor: ctx.by.actor, action: 'case.create', subject: `case:${id}`, detail: { kind: 'marriage' } });
    return getCase(db, id)!;
  }).immediate();
}

function decl(x: MarriageDeclarations): MarriageDeclarations {
  return { declarationSigned: x.declarationSigned, prohibitedKinshipDeclared: x.prohibitedKinshipDeclared, voluntary: x.voluntary };
}

/** What the marriage rules say about a stored case on a given day. */
export function marriageViolations(db: ReadableDB, c: CaseRow, ctx: RegistrationContext, on: string) {
  const f = c.facts as unknown as MarriageFacts;
  const parties = caseParties(db, c.id);
  const checks = [0, 1].map((i) => latestStatusCheck(db, c.id, i));
  return checkMarriage({ parties: marriageFacts(db, parties, f.declarations, checks, f.unverifiedOverride ?? null), office: ctx.office, on });
}

export function acceptMarriage(db: WritableDB, caseId: number, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['draft']);
    refuseIf(marriageViolations(db, c, ctx, ctx.by.on));
    return transition(db, c, 'accept', ctx, { status: 'accepted', acceptedOn: ctx.by.on });
  }).immediate();
}

/** Registers: one certificate number (two booklets, one per holder), the record queued for the province. */
export function registerMarriage(db: WritableDB, caseId: number, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['accepted']);
    refuseIf(marriageViolations(db, c, ctx, ctx.by.on));
    const number = takeCertificateNumber(db, 'J', ctx.office.divisionCode, Number(ctx.by.on.slice(0, 4)));
    const done = transition(db, c, 'register', ctx, { status: 'registered', registeredOn: ctx.by.on, certificateNumber: number }, { certificateNumber: number });
    const parties = caseParties(db, c.id);
    const record = provincialRecord(done, done.recordId, done.revision, 'marriage', parties, spouseRoles(parties), ctx, {}, number);
    enqueueOutbox(db, { recordId: done.recordId, revision: done.revision, kind: 'marriage', payload: record }, ctx.by.at);
    return done;
  }).immediate();
}

/** 不予登记: the case closes with the reason and the codes that stood against it. */
export function refuseMarriage(db: WritableDB, caseId: number, reason: string, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['draft', 'accepted']);
    const codes = marriageViolations(db, c, ctx, ctx.by.on).map((v) => v.code);
    const facts = { ...c.facts, refusal: { reason, codes } };
    return transition(db, c, 'refuse', ctx, { status: 'refused', facts }, { reason, codes });
  }).immediate();
}

/** The registrar asks a manager to look at a case the provincial check could not clear. */
export function requestOverride(db: WritableDB, caseId: number, note: string, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['draft']);
    const facts = { ...c.facts, overrideRequested: { by: ctx.by.actor, at: ctx.by.at, note } };
    return transition(db, c, 'request-override', ctx, { facts }, { note });
  }).immediate();
}

/** A manager's written override of MAR_STATUS_UNVERIFIED; the reason stays in the history and the audit chain. */
export function overrideStatus(db: WritableDB, caseId: number, reason: string, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['draft', 'accepted']);
    const facts = { ...c.facts, unverifiedOverride: { by: ctx.by.actor, reason } };
    return transition(db, c, 'override-status', ctx, { facts }, { reason });
  }).immediate();
}
