import type { Violation } from '../../domain/case-types';
import { ageOn, birthDateFromId, checkIdNumber } from '../../domain/identity';
import { canServe, pickNext, priorityNow, type Pick } from '../../domain/queue/ordering';
import type { PriorityReason, QueuePolicy } from '../../domain/queue/policy';
import { DEFAULT_PREFIXES, needsCouple, ticketNumber, type Service } from '../../domain/queue/services';
import { ticketTransition, type TicketAction, type TicketState } from '../../domain/queue/tickets';
import { violation } from '../../domain/rule-codes';
import { linkTicket } from '../appointments';
import type { WritableDB } from '../db';
import { refuseIf, RuleRefusal } from '../registrations/context';
import {
  addTicketEvent, asWaiting, currentTicketOf, getTicket, insertTicket, nextSeq, openTicketsFor, recentCallKinds, updateTicket, pickCandidates,
  type TicketPersonRow, type TicketRow,
} from './tickets';
import { getWindow, listWindows, type WindowRow } from './windows';

/** Who acts and when, with the day's bounds: every queue action reads these once. */
export interface QueueAct {
  readonly actor: string;
  readonly userId: number | null;
  readonly manager: boolean;
  readonly at: string;
  readonly nowMs: number;
  readonly day: string;
  readonly dayStartMs: number;
  readonly policy: QueuePolicy;
}

export interface TicketRequest {
  readonly service: Exclude<Service, 'ceremony'>;
  readonly persons: readonly TicketPersonRow[];
  /** Checked by staff; the kiosk never sends these. */
  readonly declared: readonly ('disabled' | 'military')[];
  readonly appointment: { readonly id: number; readonly startMs: number; readonly endMs: number } | null;
}

function prefixOf(policy: QueuePolicy, service: Service): string {
  return policy.prefixes[service] ?? DEFAULT_PREFIXES[service];
}

/** The priority reasons fixed at issue: declared ones, and elderly read from any party's ID number. */
function fixedPriority(r: TicketRequest, act: QueueAct): PriorityReason[] {
  const reasons: PriorityReason[] = [...r.declared];
  const elderly = r.persons.some((p) => {
    const birth = birthDateFromId(p.idType, p.idNumber);
    return birth !== null && ageOn(birth, act.day) >= act.policy.elderlyAge;
  });
  if (elderly) reasons.unshift('elderly');
  return reasons;
}

function ticketViolations(db: WritableDB, r: TicketRequest, act: QueueAct): Violation[] {
  const found: Violation[] = [];
  const ids = new Set(r.persons.map((p) => p.idNumber));
  if (needsCouple(r.service) && (r.persons.length !== 2 || ids.size !== 2)) found.push(violation('QUEUE_BOTH_PARTIES', 'persons'));
  r.persons.forEach((p, i) => {
    if (checkIdNumber(p.idType, p.idNumber)) found.push(violation('ID_NUMBER_INVALID', `persons.${i}.idNumber`));
    else if (openTicketsFor(db, act.day, r.service, p.idNumber) > 0) found.push(violation('QUEUE_DUPLICATE', `persons.${i}.idNumber`, p.name));
  });
  if (!listWindows(db).some((w) => w.active && w.services.includes(r.service))) found.push(violation('QUEUE_SERVICE_CLOSED', 'service'));
  return found;
}

/** Issues a ticket with the next number of its service for the day; an appointment is checked in with it. */
export function issueTicket(db: WritableDB, r: TicketRequest, act: QueueAct): TicketRow {
  return db.transaction(() => {
    refuseIf(ticketViolations(db, r, act));
    const seq = nextSeq(db, act.day, r.service);
    const id = insertTicket(db, {
      day: act.day, service: r.service, seq, number: ticketNumber(prefixOf(act.policy, r.service), seq), priority: fixedPriority(r, act),
      appointment: r.appointment, issuedAt: act.at, issuedMs: act.nowMs, issuedBy: act.actor, persons: r.persons, parentId: null, windowId: null, transferredMs: null,
    });
    if (r.appointment) linkTicket(db, r.appointment.id, id, act.at);
    addTicketEvent(db, { ticketId: id, at: act.at, atMs: act.nowMs, action: 'issue', windowId: null, actor: act.actor });
    return getTicket(db, id)!;
  }).immediate();
}

/** The window must be open, and open by this registrar (a manager may act for any window). */
function myWindow(db: WritableDB, windowId: number, act: QueueAct): WindowRow {
  const w = getWindow(db, windowId);
  if (!w || !w.active || !w.openBy) throw new RuleRefusal([violation('QUEUE_WINDOW_CLOSED', 'window')]);
  if (w.openBy.id !== act.userId && !act.manager) throw new RuleRefusal([violation('QUEUE_WINDOW_TAKEN', 'window', w.openBy.displayName)]);
  return w;
}

function refuseBusy(db: WritableDB, w: WindowRow, act: QueueAct): void {
  const current = currentTicketOf(db, w.id, act.day);
  if (current) throw new RuleRefusal([violation('QUEUE_TICKET_STATE', 'window', `本窗口的 ${current.number} 尚未办结：请先办结、转出或记为过号`)]);
}

function markCalled(db: WritableDB, t: TicketRow, w: WindowRow, act: QueueAct, action: 'call' | 'call_chosen', pick: Omit<Pick, 'ticket'>): TicketRow {
  updateTicket(db, t.id, { state: 'called', windowId: w.id, callCount: t.callCount + 1, firstCalledMs: t.firstCalledMs ?? act.nowMs, lastCalledMs: act.nowMs });
  const priorityCall = priorityNow(asWaiting(t), act.nowMs, act.policy).length > 0;
  addTicketEvent(db, { ticketId: t.id, at: act.at, atMs: act.nowMs, action, windowId: w.id, actor: act.actor, priorityCall, reason: pick.reason, explanation: pick.explanation });
  return getTicket(db, t.id)!;
}

/** Calls the best waiting ticket this window may serve, in one transaction: two windows never get the same ticket. */
export function callNext(db: WritableDB, windowId: number, act: QueueAct): { ticket: TicketRow; pick: Pick; window: WindowRow } {
  return db.transaction(() => {
    const w = myWindow(db, windowId, act);
    refuseBusy(db, w, act);
    const candidates = pickCandidates(db, act.day, w, act.nowMs, act.policy.appointmentEarlyMinutes * 60_000);
    const pick = pickNext(candidates, w, act.policy, act.nowMs, recentCallKinds(db, w.id, act.dayStartMs));
    if (!pick) throw new RuleRefusal([violation('QUEUE_EMPTY', 'window')]);
    const ticket = markCalled(db, getTicket(db, pick.ticket.id)!, w, act, 'call', pick);
    return { ticket, pick, window: w };
  }).immediate();
}

export type TicketCommand =
  | { readonly action: 'call'; readonly windowId: number; readonly reason: string }
  | { readonly action: 'recall' | 'no_show' | 'start' | 'finish' | 'ceremony'; readonly windowId: number }
  | { readonly action: 'transfer'; readonly windowId: number; readonly toService?: Service; readonly toWindowId?: number; readonly reason: string }
  | { readonly action: 'cancel'; readonly reason: string };

export interface TicketOutcome {
  /** The ticket acted on, or for 'ceremony' the couple's new ceremony ticket. */
  readonly ticket: TicketRow;
  readonly window: WindowRow | null;
  /** A call or recall the board should announce. */
  readonly announce: boolean;
}

function refuseState(t: TicketRow, action: TicketAction): TicketState {
  const next = ticketTransition(t.state, action);
  if (next === null) throw new RuleRefusal([violation('QUEUE_TICKET_STATE', 'ticket', `${t.number} 当前状态不能${action === 'call' ? '叫号' : '进行此项操作'}`)]);
  return next;
}

function refuseOtherWindow(t: TicketRow, w: WindowRow): void {
  if (t.windowId !== w.id) throw new RuleRefusal([violation('QUEUE_TICKET_STATE', 'ticket', `${t.number} 不在本窗口`)]);
}

/** Every other action on a ticket, checked against its state and the policy, in one transaction. */
export function actOnTicket(db: WritableDB, ticketId: number, cmd: TicketCommand, act: QueueAct): TicketOutcome | undefined {
  return db.transaction((): TicketOutcome | undefined => {
    const t = getTicket(db, ticketId);
    if (!t || t.day !== act.day) return undefined;
    const event = (action: string, windowId: number | null, reason = '') => addTicketEvent(db, { ticketId: t.id, at: act.at, atMs: act.nowMs, action, windowId, actor: act.actor, reason });
    if (cmd.action === 'cancel') {
      updateTicket(db, t.id, { state: refuseState(t, 'cancel') });
      event('cancel', null, cmd.reason);
      return { ticket: getTicket(db, t.id)!, window: null, announce: false };
    }
    const w = myWindow(db, cmd.windowId, act);
    const next = refuseState(t, cmd.action);
    switch (cmd.action) {
      case 'call': {
        if (!canServe(w, asWaiting(t))) throw new RuleRefusal([violation('QUEUE_NOT_SERVED_HERE', 'ticket', t.number)]);
        refuseBusy(db, w, act);
        const ticket = markCalled(db, t, w, act, 'call_chosen', { reason: 'chosen', explanation: `指定叫号：${cmd.reason}` });
        return { ticket, window: w, announce: true };
      }
      case 'recall': {
        refuseOtherWindow(t, w);
        const wait = Math.ceil((t.lastCalledMs! + act.policy.recallDelaySeconds * 1000 - act.nowMs) / 1000);
        if (wait > 0) throw new RuleRefusal([violation('QUEUE_RECALL_TOO_SOON', 'ticket', `请 ${wait} 秒后再呼`)]);
        updateTicket(db, t.id, { callCount: t.callCount + 1, lastCalledMs: act.nowMs });
        event('recall', w.id);
        return { ticket: getTicket(db, t.id)!, window: w, announce: true };
      }
      case 'no_show': {
        refuseOtherWindow(t, w);
        if (t.callCount < act.policy.noShowAfterCalls) {
          throw new RuleRefusal([violation('QUEUE_NO_SHOW_TOO_EARLY', 'ticket', `已呼叫 ${t.callCount} 次，须呼叫 ${act.policy.noShowAfterCalls} 次`)]);
        }
        updateTicket(db, t.id, { state: next });
        event('no_show', w.id);
        break;
      }
      case 'start':
        refuseOtherWindow(t, w);
        updateTicket(db, t.id, { state: next, startedMs: act.nowMs, servedBy: act.userId });
        event('start', w.id);
        break;
      case 'finish':
        refuseOtherWindow(t, w);
        updateTicket(db, t.id, { state: next, finishedMs: act.nowMs });
        event('finish', w.id);
        break;
      case 'transfer': {
        refuseOtherWindow(t, w);
        const service = cmd.toService ?? t.service;
        const target = cmd.toWindowId === undefined ? null : getWindow(db, cmd.toWindowId);
        if (cmd.toService === undefined && cmd.toWindowId === undefined) throw new RuleRefusal([violation('QUEUE_REASON_REQUIRED', 'toService', '请选择转往的业务或窗口')]);
        if (cmd.toWindowId !== undefined && (!target || !target.active || !target.services.includes(service))) {
          throw new RuleRefusal([violation('QUEUE_NOT_SERVED_HERE', 'toWindowId', '目标窗口不办理该业务')]);
        }
        updateTicket(db, t.id, { state: next, service, windowId: target?.id ?? null, transferredMs: act.nowMs, finishedMs: t.startedMs === null ? null : act.nowMs });
        event('transfer', w.id, cmd.reason);
        break;
      }
      case 'ceremony': {
        refuseOtherWindow(t, w);
        if (t.service !== 'marriage') throw new RuleRefusal([violation('QUEUE_TICKET_STATE', 'ticket', '只有结婚登记办结后才能转颁证')]);
        updateTicket(db, t.id, { state: next, finishedMs: act.nowMs });
        event('ceremony', w.id);
        const seq = nextSeq(db, act.day, 'ceremony');
        const id = insertTicket(db, {
          day: act.day, service: 'ceremony', seq, number: ticketNumber(prefixOf(act.policy, 'ceremony'), seq), priority: t.priority, appointment: null,
          issuedAt: act.at, issuedMs: act.nowMs, issuedBy: act.actor, persons: t.persons, parentId: t.id, windowId: null, transferredMs: null,
        });
        addTicketEvent(db, { ticketId: id, at: act.at, atMs: act.nowMs, action: 'issue', windowId: w.id, actor: act.actor });
        return { ticket: getTicket(db, id)!, window: w, announce: false };
      }
    }
    return { ticket: getTicket(db, t.id)!, window: w, announce: false };
  }).immediate();
}
