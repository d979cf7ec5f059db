import { PRIORITY_LABELS, type PriorityReason, type QueuePolicy } from './policy';
import type { Service } from './services';

export interface WaitingTicket {
  readonly id: number;
  readonly service: Service;
  readonly issuedAtMs: number;
  /** Reasons fixed at issue (elderly, disabled, military). */
  readonly priority: readonly PriorityReason[];
  /** The booked slot, for appointment holders. */
  readonly appointment: { readonly startMs: number; readonly endMs: number } | null;
  /** Passed on from another window or service: called before new arrivals. */
  readonly transferredAtMs: number | null;
  /** Sent to one window only. */
  readonly windowId: number | null;
}

export interface CallingWindow {
  readonly id: number;
  readonly services: readonly Service[];
}

/** This window's calls today, newest first: whether each was a priority ticket. */
export type RecentCalls = readonly boolean[];

export const CALL_REASONS = ['transferred', 'fairness', 'priority', 'ratio_priority', 'ratio_ordinary', 'after_wait', 'fifo', 'chosen'] as const;
export type CallReason = (typeof CALL_REASONS)[number];

export interface Pick {
  readonly ticket: WaitingTicket;
  readonly reason: CallReason;
  /** The registrar's explanation of why this ticket was next. */
  readonly explanation: string;
}

const MINUTE = 60_000;

/** The priority reasons that hold now: fixed ones, and an appointment while its slot is on. */
export function priorityNow(t: WaitingTicket, nowMs: number, policy: QueuePolicy): PriorityReason[] {
  const reasons = [...t.priority];
  const a = t.appointment;
  if (a && nowMs >= a.startMs - policy.appointmentEarlyMinutes * MINUTE && nowMs < a.endMs) reasons.push('appointment');
  return reasons;
}

export function canServe(w: CallingWindow, t: WaitingTicket): boolean {
  return w.services.includes(t.service) && (t.windowId === null || t.windowId === w.id);
}

const byIssue = (a: WaitingTicket, b: WaitingTicket) => a.issuedAtMs - b.issuedAtMs || a.id - b.id;

/**
 * The next ticket for a window: transfers first, then the fairness bound (no ordinary ticket waits
 * longer than the bound), then the policy; within a class, first come first served.
 */
export function pickNext(tickets: readonly WaitingTicket[], window: CallingWindow, policy: QueuePolicy, nowMs: number, recent: RecentCalls): Pick | null {
  const eligible = tickets.filter((t) => canServe(window, t)).sort(byIssue);
  if (eligible.length === 0) return null;

  const transferred = eligible.filter((t) => t.transferredAtMs !== null).sort((a, b) => a.transferredAtMs! - b.transferredAtMs! || a.id - b.id);
  if (transferred[0]) return { ticket: transferred[0], reason: 'transferred', explanation: '转来的号：已在其他窗口等候，先叫' };

  const reasonsOf = new Map(eligible.map((t) => [t.id, priorityNow(t, nowMs, policy)]));
  const priority = eligible.filter((t) => reasonsOf.get(t.id)!.length > 0);
  const ordinary = eligible.filter((t) => reasonsOf.get(t.id)!.length === 0);
  const labels = (t: WaitingTicket) => reasonsOf.get(t.id)!.map((r) => PRIORITY_LABELS[r]).join('、');
  const waited = (t: WaitingTicket) => Math.floor((nowMs - t.issuedAtMs) / MINUTE);

  const oldest = ordinary[0];
  if (oldest && nowMs - oldest.issuedAtMs >= policy.maxOrdinaryWaitMinutes * MINUTE && priority.length > 0) {
    return { ticket: oldest, reason: 'fairness', explanation: `普通号已等候 ${waited(oldest)} 分钟，达到上限 ${policy.maxOrdinaryWaitMinutes} 分钟` };
  }
  const firstPriority = priority[0];
  if (!firstPriority) return { ticket: oldest!, reason: 'fifo', explanation: '先到先叫' };
  if (!oldest) return { ticket: firstPriority, reason: 'priority', explanation: `优先：${labels(firstPriority)}` };

  switch (policy.mode) {
    case 'strict':
      return { ticket: firstPriority, reason: 'priority', explanation: `优先：${labels(firstPriority)}` };
    case 'ratio': {
      if (priorityTurn(recent, policy.ratio)) {
        return { ticket: firstPriority, reason: 'ratio_priority', explanation: `按比例（普通 ${policy.ratio.ordinary} : 优先 ${policy.ratio.priority}）轮到优先号：${labels(firstPriority)}` };
      }
      return { ticket: oldest, reason: 'ratio_ordinary', explanation: `按比例（普通 ${policy.ratio.ordinary} : 优先 ${policy.ratio.priority}）轮到普通号，先到先叫` };
    }
    case 'after_wait': {
      if (nowMs - firstPriority.issuedAtMs >= policy.afterWaitMinutes * MINUTE) {
        return { ticket: firstPriority, reason: 'after_wait', explanation: `优先号（${labels(firstPriority)}）已等候 ${waited(firstPriority)} 分钟` };
      }
      const first = eligible[0]!;
      return { ticket: first, reason: 'fifo', explanation: '先到先叫' };
    }
  }
}

/**
 * Whose turn it is under a ratio: after `ordinary` ordinary calls come `priority` priority calls.
 * A window that has called nobody yet starts with a priority ticket.
 */
export function priorityTurn(recent: RecentCalls, ratio: QueuePolicy['ratio']): boolean {
  if (recent.length === 0) return true;
  const run = recent.findIndex((p) => p !== recent[0]);
  const length = run === -1 ? recent.length : run;
  if (recent[0]) return length < ratio.priority;
  return length >= ratio.ordinary;
}
