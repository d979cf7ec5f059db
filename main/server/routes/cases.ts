import type { CaseAction, NewCase } from '../../contract/cases';
import { divorcePeriods } from '../../domain/divorce';
import { MANAGER_ONLY_ACTIONS } from '../../domain/case-actions';
import { violation } from '../../domain/rule-codes';
import type { Violation } from '../../domain/case-types';
import { addArchiveItem } from '../../store/archive';
import { getCase } from '../../store/cases';
import { searchCases } from '../../store/case-search';
import type { RegistrationContext } from '../../store/registrations/context';
import { acceptDivorce, caseFacts, checkDivorceApplication, confirmTerms, divorceRegistrationViolations, registerDivorce, withdrawDivorce } from '../../store/registrations/divorce';
import { checkDivorceWithdrawal } from '../../domain/rules/divorce';
import { checkRevocation } from '../../domain/rules/revocation';
import { acceptMarriage, checkMarriageProposal, createMarriageDraft, overrideStatus, refuseMarriage, registerMarriage, requestOverride, marriageViolations } from '../../store/registrations/marriage';
import { acceptReissue, checkReissueRequest, registerReissue } from '../../store/registrations/reissue';
import { revokeRegistration } from '../../store/registrations/revocation';
import { acceptAdoption, checkAdoptionApplication, checkDissolution, refuseAdoption, registerAdoption, registerDissolution } from '../../store/registrations/adoption';
import { caseSummary, caseView, nextStepViolations } from '../../store/registrations/view';
import { ApiError } from '../api-error';
import type { Handlers, HostContext } from '../handlers';
import { registrationContext } from '../registration';
import { runStatusChecks } from '../status-checks';
import { worklistsFor } from './worklists';

function viewOrThrow(ctx: HostContext, id: number, rctx: RegistrationContext) {
  const view = caseView(ctx.db, id, rctx);
  if (!view) throw new ApiError('NOT_FOUND', [{ code: 'NOT_FOUND', field: 'id', message: `案件 ${id} 不存在` }]);
  return view;
}

/** Registrations need the office's code: its first six digits are in every certificate number. */
function officeViolations(rctx: RegistrationContext): Violation[] {
  return /^\d{9}$/.test(rctx.office.officeCode) ? [] : [violation('OFFICE_NOT_CONFIGURED', 'officeCode')];
}

async function proposalViolations(ctx: HostContext, p: NewCase, rctx: RegistrationContext, on: string): Promise<Violation[]> {
  switch (p.kind) {
    case 'marriage': {
      const checks = await runStatusChecks(ctx, p.parties.map((x) => x.party), rctx.by.at);
      return checkMarriageProposal(ctx.db, p, checks, rctx, on);
    }
    case 'divorce':
      return checkDivorceApplication(ctx.db, p, rctx, on);
    case 'reissue':
      return checkReissueRequest(ctx.db, p, rctx, on);
    case 'adoption':
      return checkAdoptionApplication(p, rctx, on, false);
    case 'adoption_dissolution':
      return checkDissolution(ctx.db, p, rctx, on);
  }
}

/** What the rules say about an action on a stored case, without doing it. */
function actionViolations(ctx: HostContext, id: number, a: CaseAction, rctx: RegistrationContext, on: string): Violation[] {
  const c = getCase(ctx.db, id);
  if (!c) throw new ApiError('NOT_FOUND');
  switch (a.action) {
    case 'withdraw':
      return c.kind === 'divorce' ? checkDivorceWithdrawal(caseFacts(c), on, rctx.calendar) : [violation('CASE_STATE', 'action')];
    case 'register':
      return c.kind === 'divorce' ? divorceRegistrationViolations(ctx.db, c, a.bothPresent, rctx, on) : c.kind === 'marriage' ? marriageViolations(ctx.db, c, rctx, on) : nextStepViolations(ctx.db, c, rctx, on);
    case 'revoke':
      return checkRevocation({ basis: a.basis, caseStatus: c.status }, on);
    default:
      return nextStepViolations(ctx.db, c, rctx, on);
  }
}

function perform(ctx: HostContext, id: number, a: CaseAction, rctx: RegistrationContext) {
  const c = getCase(ctx.db, id);
  if (!c) throw new ApiError('NOT_FOUND');
  const wrongKind = () => new ApiError('VALIDATION', [violation('CASE_STATE', 'action', `「${a.action}」不适用于此类案件`)]);
  switch (a.action) {
    case 'accept':
      if (c.kind !== 'marriage') throw wrongKind();
      return acceptMarriage(ctx.db, id, rctx);
    case 'register':
      switch (c.kind) {
        case 'marriage':
          return registerMarriage(ctx.db, id, rctx);
        case 'divorce':
          return registerDivorce(ctx.db, id, a.bothPresent, rctx);
        case 'reissue':
          return registerReissue(ctx.db, id, rctx);
        case 'adoption':
          return registerAdoption(ctx.db, id, rctx);
        case 'adoption_dissolution':
          throw wrongKind();
      }
      break;
    case 'refuse':
      if (c.kind === 'adoption') return refuseAdoption(ctx.db, id, a.reason, rctx);
      if (c.kind !== 'marriage') throw wrongKind();
      return refuseMarriage(ctx.db, id, a.reason, rctx);
    case 'withdraw':
      if (c.kind !== 'divorce') throw wrongKind();
      return withdrawDivorce(ctx.db, id, a.partyIndex, rctx);
    case 'confirm-terms':
      if (c.kind !== 'divorce') throw wrongKind();
      return confirmTerms(ctx.db, id, a, rctx);
    case 'request-override':
      if (c.kind !== 'marriage') throw wrongKind();
      return requestOverride(ctx.db, id, a.note, rctx);
    case 'override-status':
      if (c.kind !== 'marriage') throw wrongKind();
      return overrideStatus(ctx.db, id, a.reason, rctx);
    case 'revoke':
      return revokeRegistration(ctx.db, id, { basis: a.basis, remark: a.remark }, rctx);
  }
}

export const caseHandlers: Pick<Handlers, 'checkCase' | 'createCase' | 'getCase' | 'caseAction' | 'searchCases' | 'addArchiveItem' | 'worklists'> = {
  async checkCase(ctx, { body, user, nowMs }) {
    const rctx = registrationContext(ctx, user, nowMs);
    const on = body.on ?? rctx.by.on;
    let violations: Violation[] = officeViolations(rctx);
    let periods = null;
    if (body.proposal) {
      violations = [...violations, ...(await proposalViolations(ctx, body.proposal, rctx, on))];
      if (body.proposal.kind === 'divorce') periods = divorcePeriods(on, rctx.calendar);
    } else if (body.caseId && body.action) {
      violations = [...violations, ...actionViolations(ctx, body.caseId, body.action, rctx, on)];
    } else if (body.caseId) {
      violations = [...violations, ...viewOrThrow(ctx, body.caseId, { ...rctx, by: { ...rctx.by, on } }).violations];
    } else {
      throw new ApiError('VALIDATION', [{ code: 'FIELD_REQUIRED', field: 'proposal', message: '拟办案件或案件编号：必填其一' }]);
    }
    return { on, violations, periods };
  },

  async createCase(ctx, { body, user, nowMs }) {
    const rctx = registrationContext(ctx, user, nowMs);
    const office = officeViolations(rctx);
    if (office.length) throw new ApiError('VALIDATION', office);
    let created;
    switch (body.kind) {
      case 'marriage':
        created = createMarriageDraft(ctx.db, body, await runStatusChecks(ctx, body.parties.map((x) => x.party), rctx.by.at), rctx);
        break;
      case 'divorce':
        created = acceptDivorce(ctx.db, body, rctx);
        break;
      case 'reissue':
        created = acceptReissue(ctx.db, body, rctx);
        break;
      case 'adoption':
        created = acceptAdoption(ctx.db, body, rctx);
        break;
      case 'adoption_dissolution':
        created = registerDissolution(ctx.db, body, rctx);
        break;
    }
    ctx.uploads?.wake();
    ctx.events.publish({ type: 'cases.changed', caseId: created.id });
    return viewOrThrow(ctx, created.id, rctx);
  },

  getCase(ctx, { params, user, nowMs }) {
    return viewOrThrow(ctx, params.id, registrationContext(ctx, user, nowMs));
  },

  caseAction(ctx, { params, body, user, nowMs }) {
    if (MANAGER_ONLY_ACTIONS.includes(body.action) && user.role !== 'manager') throw new ApiError('AUTH_FORBIDDEN', undefined, '此操作仅限大厅主管');
    const rctx = registrationContext(ctx, user, nowMs);
    const office = officeViolations(rctx);
    if (office.length) throw new ApiError('VALIDATION', office);
    perform(ctx, params.id, body, rctx);
    // A registration may have queued a record: upload it now rather than at the next poll.
    ctx.uploads?.wake();
    ctx.events.publish({ type: 'cases.changed', caseId: params.id });
    return viewOrThrow(ctx, params.id, rctx);
  },

  searchCases(ctx, { query, user, nowMs }) {
    const rctx = registrationContext(ctx, user, nowMs);
    return { cases: searchCases(ctx.db, query.q, query.limit).map((c) => caseSummary(ctx.db, c, rctx)) };
  },

  addArchiveItem(ctx, { params, body, user, at }) {
    if (!getCase(ctx.db, params.id)) throw new ApiError('NOT_FOUND');
    const content = Buffer.from(body.contentBase64, 'base64');
    const item = addArchiveItem(ctx.db, ctx.config.dataDir, { caseId: params.id, kind: body.kind, fileName: body.fileName, content }, { actor: user.username, at });
    ctx.events.publish({ type: 'cases.changed', caseId: params.id });
    return item;
  },

  worklists(ctx, { user, nowMs }) {
    return worklistsFor(ctx, registrationContext(ctx, user, nowMs));
  },
};
