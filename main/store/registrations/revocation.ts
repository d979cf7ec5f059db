import { randomUUID } from 'node:crypto';
import { checkRevocation, type RevocationBasis } from '../../domain/rules/revocation';
import { caseParties, getCase, type CaseRow } from '../cases';
import type { WritableDB } from '../db';
import { enqueueOutbox } from '../outbox';
import { refuseIf, type RegistrationContext } from './context';
import { provincialRecord, spouseRoles } from './records';
import { transition } from './steps';

export interface Revocation {
  readonly basis: { readonly kind: RevocationBasis; readonly documentNumber: string; readonly issuedOn: string };
  readonly remark: string;
}

/**
 * Revokes a registration (or notes a court's nullity judgment) as a new revision of the record:
 * nothing is edited or deleted; the basis and remark join the history and go to the province.
 */
export function revokeRegistration(db: WritableDB, caseId: number, r: Revocation, ctx: RegistrationContext): CaseRow {
  return db.transaction(() => {
    const c = getCase(db, caseId)!;
    refuseIf(checkRevocation({ basis: r.basis, caseStatus: c.status }, ctx.by.on));
    const status = r.basis.kind === 'court_nullity_judgment' ? 'annulled' : 'revoked';
    const facts = { ...c.facts, revocation: { ...r, on: ctx.by.on, by: ctx.by.actor } };
    const done = transition(db, c, 'revoke', ctx, { status, facts, newRevision: true }, { basis: r.basis, remark: r.remark });
    const parties = caseParties(db, c.id);
    const recordId = randomUUID();
    const revokedRecordId = (c.facts as { registrationRecordId?: string }).registrationRecordId ?? c.recordId;
    const record = provincialRecord(done, recordId, 1, 'revocation', parties, c.kind === 'reissue' ? ['applicant'] : spouseRoles(parties), ctx, {
      revokedRecordId,
      revokedCertificateNo: c.certificateNumber,
      basis: r.basis,
      remark: r.remark,
      caseRevision: done.revision,
    }, c.certificateNumber);
    enqueueOutbox(db, { recordId, revision: 1, kind: 'revocation', payload: record }, ctx.by.at);
    return done;
  }).immediate();
}
