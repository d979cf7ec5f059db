import type { QueuePolicySchema, QueueState } from '../../contract/queue';
import { SERVICES, type Service } from '../../domain/queue/services';
import { getOfficeSettings } from '../../store/settings';
import { actOnTicket, callNext, type QueueAct, type TicketOutcome } from '../../store/queue/actions';
import { getTicket, insertRating, lastCalls, recentCallEvents, ticketByNumber, ticketsInState, waitingAhead, type TicketRow } from '../../store/queue/tickets';
import { closeWindow, getWindow, insertWindow, listWindows, openWindow, updateWindow, type WindowRow } from '../../store/queue/windows';
import { violation } from '../../domain/rule-codes';
import { RuleRefusal } from '../../store/registrations/context';
import { ApiError } from '../api-error';
import type { HostContext, Handlers } from '../handlers';
import { getPolicy, putPolicy, queueAct } from '../queue/act';
import { officeDate } from '../clock';
import { boardNames, ticketView, windowView } from '../queue/views';
import { checkInHandler, issueHandler, printHandler } from '../queue/reception';
import { queueStats } from '../queue/stats';

const RECENT_ON_BOARD = 8;

function found<T>(v: T | undefined): T {
  if (v === undefined) throw new ApiError('NOT_FOUND');
  return v;
}

function waitingByService(tickets: readonly TicketRow[]): Record<Service, number> {
  const counts = Object.fromEntries(SERVICES.map((s) => [s, 0])) as Record<Service, number>;
  for (const t of tickets) counts[t.service] += 1;
  return counts;
}

/** Tells every screen the queue moved, and the board what to announce. */
function publishCall(ctx: HostContext, t: TicketRow, w: WindowRow, recall: boolean, act: QueueAct): void {
  ctx.events.publish({
    type: 'queue.called', number: t.number, windowNumber: w.number, windowName: w.name, service: t.service, names: boardNames(t, act.policy), recall, at: act.at,
  });
  ctx.events.publish({ type: 'queue.changed', day: act.day });
}

export function publishChanged(ctx: HostContext, day: string): void {
  ctx.events.publish({ type: 'queue.changed', day });
}

export const queueHandlers: Pick<
  Handlers,
  'getQueuePolicy' | 'putQueuePolicy' | 'addWindow' | 'updateWindow' | 'openWindow' | 'closeWindow' | 'callNext' | 'queueState' | 'issueTicket' | 'checkIn' |
  'ticketAction' | 'printTicket' | 'board' | 'rate' | 'queueStats'
> = {
  getQueuePolicy: (ctx) => getPolicy(ctx.db) as QueuePolicySchema,
  putQueuePolicy(ctx, { body, user, at }) {
    const saved = putPolicy(ctx.db, body, { actor: user.username, at });
    ctx.events.publish({ type: 'settings.changed' });
    return saved as QueuePolicySchema;
  },
  addWindow(ctx, { body, user, at, nowMs }) {
    const w = insertWindow(ctx.db, body, { actor: user.username, at });
    const day = officeDate(nowMs);
    publishChanged(ctx, day);
    return windowView(ctx.db, w, day);
  },
  updateWindow(ctx, { params, body, user, at, nowMs }) {
    const w = found(updateWindow(ctx.db, params.id, body, { actor: user.username, at }));
    const day = officeDate(nowMs);
    publishChanged(ctx, day);
    return windowView(ctx.db, w, day);
  },
  openWindow(ctx, { params, user, at, nowMs }) {
    const w = found(openWindow(ctx.db, params.id, user.id, at));
    const day = officeDate(nowMs);
    publishChanged(ctx, day);
    return windowView(ctx.db, w, day);
  },
  closeWindow(ctx, { params, user, nowMs }) {
    const w = found(closeWindow(ctx.db, params.id, { id: user.id, manager: user.role === 'manager' }));
    const day = officeDate(nowMs);
    publishChanged(ctx, day);
    return windowView(ctx.db, w, day);
  },
  callNext(ctx, { params, user, nowMs }) {
    if (!getWindow(ctx.db, params.id)) throw new ApiError('NOT_FOUND');
    const act = queueAct(ctx.db, { user }, nowMs);
    const { ticket, pick, window } = callNext(ctx.db, params.id, act);
    publishCall(ctx, ticket, window, false, act);
    return { ticket: ticketView(ctx.db, ticket), reason: pick.reason, explanation: pick.explanation };
  },
  queueState(ctx, { user, nowMs }) {
    const act = queueAct(ctx.db, { user }, nowMs);
    const waiting = ticketsInState(ctx.db, act.day, ['waiting']);
    const lastCall: QueueState['lastCall'] = {};
    for (const c of lastCalls(ctx.db, act.dayStartMs)) {
      lastCall[String(c.windowId)] = { ticketNumber: c.number, reason: c.reason as QueueState['lastCall'][string]['reason'], explanation: c.explanation };
    }
    return {
      day: act.day,
      windows: listWindows(ctx.db).map((w) => windowView(ctx.db, w, act.day)),
      waiting: waiting.map((t) => ticketView(ctx.db, t, waitingAhead(ctx.db, t))),
      waitingByService: waitingByService(waiting),
      lastCall,
    };
  },
  issueTicket: issueHandler,
  checkIn: checkInHandler,
  printTicket: printHandler,
  ticketAction(ctx, { params, body, user, nowMs }) {
    const act = queueAct(ctx.db, { user }, nowMs);
    const outcome: TicketOutcome | undefined = actOnTicket(ctx.db, params.id, body, act);
    if (!outcome) throw new ApiError('NOT_FOUND');
    if (outcome.announce && outcome.window) publishCall(ctx, outcome.ticket, outcome.window, body.action === 'recall', act);
    else publishChanged(ctx, act.day);
    return ticketView(ctx.db, outcome.ticket);
  },
  board(ctx, { user, device, nowMs }) {
    const act = queueAct(ctx.db, { user, device }, nowMs);
    const windows = listWindows(ctx.db).filter((w) => w.active);
    const call = (t: TicketRow, w: WindowRow, at: string) => ({ number: t.number, windowNumber: w.number, windowName: w.name, service: t.service, names: boardNames(t, act.policy), at });
    const current = new Map(ticketsInState(ctx.db, act.day, ['called', 'serving']).map((t) => [t.windowId, t]));
    const byId = new Map(windows.map((w) => [w.id, w]));
    const recent = recentCallEvents(ctx.db, act.dayStartMs, RECENT_ON_BOARD * 3)
      .filter((e, i, all) => all.findIndex((x) => x.ticketId === e.ticketId) === i)
      .slice(0, RECENT_ON_BOARD)
      .flatMap((e) => {
        const t = getTicket(ctx.db, e.ticketId);
        const w = byId.get(e.windowId);
        return t && w ? [call(t, w, e.at)] : [];
      });
    return {
      day: act.day,
      officeName: getOfficeSettings(ctx.db).officeName,
      windows: windows.map((w) => {
        const t = current.get(w.id);
        return { number: w.number, name: w.name, open: w.openBy !== null, current: t ? call(t, w, new Date(t.lastCalledMs ?? nowMs).toISOString()) : null };
      }),
      recent,
      waitingByService: waitingByService(ticketsInState(ctx.db, act.day, ['waiting'])),
    };
  },
  rate(ctx, { body, user, device, at, nowMs }) {
    const act = queueAct(ctx.db, { user, device }, nowMs);
    const t = ticketByNumber(ctx.db, act.day, body.number);
    if (!t || t.state !== 'done') throw new RuleRefusal([violation('QUEUE_TICKET_STATE', 'number', '今日没有已办结的这个号')]);
    if (!insertRating(ctx.db, t.id, at, body.rating, body.reason, act.actor)) throw new RuleRefusal([violation('QUEUE_RATED', 'number')]);
    const w = t.windowId === null ? undefined : getWindow(ctx.db, t.windowId);
    ctx.events.publish({ type: 'queue.rated', number: t.number, rating: body.rating, reason: body.reason, windowNumber: w?.number ?? null });
    return { ok: true as const };
  },
  queueStats: (ctx, { query }) => queueStats(ctx, query.from, query.to),
};
