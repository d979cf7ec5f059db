import type { PartyInput } from '../../domain/case-types';
import { checkReissue } from '../../domain/rules/reissue';
import { appendAudit } from '../audit';
import { addCaseEvent, caseParties, getCase, getCaseByCertificate, insertCase, type CaseRow } from '../cases';
import { takeCertificateNumber } from '../certificates';
import type { ReadableDB, WritableDB } from '../db';
import { enqueueOutbox } from '../outbox';
import { refuseIf, type RegistrationContext } from './context';
import { provincialRecord } from './records';
import { requireStatus, transition } from './steps';

export interface ReissueRequest {
  readonly certificateKind: 'marriage' | 'divorce';
  readonly originalCertificateNumber: string;
  readonly applicant: PartyInput;
}

/** The original registration, whether its status still holds, and whether the applicant is one of its parties. */
function reissueFacts(db: ReadableDB, r: ReissueRequest) {
  const original = getCaseByCertificate(db, r.originalCertificateNumber);
  // A revoked or annulled registration is still in the archive: what it certified no longer holds.
  const found = original && original.kind === r.certificateKind && ['registered', 'revoked', 'annulled'].includes(original.status) ? original : undefined;
  let marriageDissolved = found !== undefined && found.status !== 'registered';
  let remarriedToEachOther = false;
  if (found && r.certificateKind === 'marriage' && !marriageDissolved) {
    marriageDissolved = db.prepare("SELECT 1 FROM cases WHERE kind = 'divorce' AND related_case_id = ? AND status = 'registered'").get(found.id) !== undefined;
  }
  if (found && r.certificateKind === 'divorce') {
    // A later marriage of the same two people (复婚) ends what the 离婚证 certifies.
    const ids = caseParties(db, found.id).map((p) => p.idNumber).sort();
    const later = db
      .prepare(
        `SELECT m.id FROM cases m WHERE m.kind = 'marriage' AND m.status = 'registered' AND m.registered_on >= ?
           AND (SELECT group_concat(p.id_number, ',') FROM (SELECT pp.id_number FROM case_parties cp JOIN persons pp ON pp.id = cp.person_id WHERE cp.case_id = m.id ORDER BY pp.id_number) p) = ?`,
      )
      .get(found.registeredOn, ids.join(','));
    remarriedToEachOther = later !== undefined;
  }
  return { found, marriageDissolved, remarriedToEachOther };
}

export function checkReissueRequest(db: ReadableDB, r: ReissueRequest, ctx: RegistrationContext, on: string) {
  const f = reissueFacts(db, r);
  return checkReissue(
    {
      kind: r.certificateKind,
      original: f.found ? { certificateNumber: f.found.certificateNumber!, registeredOn: f.found.registeredOn! } : null,
      marriageDissolved: f.marriageDissolved,
      remarriedToEachOther: f.remarriedToEachOther,
      applicant: r.applicant,
      office: ctx.office,
    },
    on,
  );
}

export function acceptReissue(db: WritableDB, r: ReissueRequest, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    refuseIf(checkReissueRequest(db, r, ctx, ctx.by.on));
    const original = getCaseByCertificate(db, r.originalCertificateNumber)!;
    const id = insertCase(
      db,
      {
        kind: 'reissue', status: 'accepted', officeCode: ctx.office.officeCode, acceptedOn: ctx.by.on, relatedCaseId: original.id,
        facts: { certificateKind: r.certificateKind, originalCertificateNumber: r.originalCertificateNumber }, parties: [r.applicant],
      },
      ctx.by,
    );
    addCaseEvent(db, id, 1, 'accept', ctx.by, { replaces: r.originalCertificateNumber });
    appendAudit(db, { at: ctx.by.at, actor: ctx.by.actor, action: 'case.accept', subject: `case:${id}`, detail: { kind: 'reissue' } });
    return getCase(db, id)!;
  }).immediate();
}

/** Issues the new certificate: its own BJ/BL number, linked to the one it replaces. */
export function registerReissue(db: WritableDB, caseId: number, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    requireStatus(c, ['accepted']);
    const facts = c.facts as { certificateKind: 'marriage' | 'divorce'; originalCertificateNumber: string };
    const [applicant] = caseParties(db, c.id);
    refuseIf(checkReissueRequest(db, { ...facts, applicant: applicant! }, ctx, ctx.by.on));
    const number = takeCertificateNumber(db, facts.certificateKind === 'marriage' ? 'BJ' : 'BL', ctx.office.divisionCode, Number(ctx.by.on.slice(0, 4)));
    const done = transition(db, c, 'register', ctx, { status: 'registered', registeredOn: ctx.by.on, certificateNumber: number }, { certificateNumber: number, replaces: facts.originalCertificateNumber });
    const record = provincialRecord(done, done.recordId, 1, 'reissue', [applicant!], ['applicant'], ctx, { replacesCertificateNo: facts.originalCertificateNumber }, number);
    enqueueOutbox(db, { recordId: done.recordId, revision: 1, kind: 'reissue', payload: record }, ctx.by.at);
    return done;
  }).immediate();
}
