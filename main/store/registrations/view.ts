import { caseStatusLabel } from '../../domain/case-labels';
import { divorcePeriods } from '../../domain/divorce';
import { maskIdNumber } from '../../domain/mask';
import type { Violation } from '../../domain/case-types';
import { archiveItems } from '../archive';
import { backEntryMark } from '../backentry/mark';
import { caseEvents, caseParties, getCase, type CaseRow } from '../cases';
import type { ReadableDB } from '../db';
import { statusChecks } from '../status-checks';
import type { RegistrationContext } from './context';
import { divorceRegistrationViolations, divorceStatus } from './divorce';
import { marriageViolations } from './marriage';
import { checkReissueRequest } from './reissue';
import { adoptionCaseDates, adoptionViolations } from './adoption';

/** What stands between the case and its next step on `on`; empty when it may go ahead or is closed. */
export function nextStepViolations(db: ReadableDB, c: CaseRow, ctx: RegistrationContext, on: string): Violation[] {
  switch (c.kind) {
    case 'marriage':
      return c.status === 'draft' || c.status === 'accepted' ? marriageViolations(db, c, ctx, on) : [];
    case 'divorce':
      return c.status === 'accepted' ? divorceRegistrationViolations(db, c, true, ctx, on) : [];
    case 'reissue': {
      if (c.status !== 'accepted') return [];
      const facts = c.facts as { certificateKind: 'marriage' | 'divorce'; originalCertificateNumber: string };
      return checkReissueRequest(db, { ...facts, applicant: caseParties(db, c.id)[0]! }, ctx, on);
    }
    case 'adoption':
      return c.status === 'accepted' ? adoptionViolations(db, c, ctx, on) : [];
    case 'adoption_dissolution':
      return [];
  }
}

export function caseLabel(c: CaseRow, ctx: RegistrationContext, on: string): string {
  return caseStatusLabel(c.status, c.kind === 'divorce' && c.acceptedOn ? divorceStatus(c, on, ctx.calendar) : undefined);
}

/** The full view of a case: parties, dated history, checks, archive, periods, and what blocks it today. */
export function caseView(db: ReadableDB, id: number, ctx: RegistrationContext) {
  const c = getCase(db, id);
  if (!c) return undefined;
  const on = ctx.by.on;
  return {
    ...c,
    statusLabel: caseLabel(c, ctx, on),
    parties: caseParties(db, id).map((p, position) => ({
      position,
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      idType: p.idType,
      idNumber: p.idNumber,
      idNumberMasked: maskIdNumber(p.idNumber),
      nationality: p.nationality,
    })),
    history: caseEvents(db, id),
    statusChecks: statusChecks(db, id),
    archive: archiveItems(db, id),
    periods: c.kind === 'divorce' && c.acceptedOn ? { ...divorcePeriods(c.acceptedOn, ctx.calendar) } : null,
    adoptionDates: c.kind === 'adoption' ? adoptionCaseDates(c, ctx) : null,
    violations: nextStepViolations(db, c, ctx, on),
    backEntry: backEntryMark(db, id),
  };
}

export function caseSummary(db: ReadableDB, c: CaseRow, ctx: RegistrationContext) {
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    statusLabel: caseLabel(c, ctx, ctx.by.on),
    certificateNumber: c.certificateNumber,
    acceptedOn: c.acceptedOn,
    registeredOn: c.registeredOn,
    parties: caseParties(db, c.id).map((p) => ({ name: p.name, idNumberMasked: maskIdNumber(p.idNumber) })),
    periods: c.kind === 'divorce' && c.acceptedOn ? divorcePeriods(c.acceptedOn, ctx.calendar) : null,
    adoptionDates: c.kind === 'adoption' ? adoptionCaseDates(c, ctx) : null,
  };
}
