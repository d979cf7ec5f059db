import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canServe, pickNext, priorityNow, priorityTurn, type CallingWindow, type RecentCalls, type WaitingTicket } from '../../../main/domain/queue/ordering';
import { DEFAULT_POLICY, POLICY_MODES, type QueuePolicy } from '../../../main/domain/queue/policy';
import { SERVICES } from '../../../main/domain/queue/services';

const MIN = 60_000;
const T0 = Date.UTC(2026, 5, 1, 2, 0); // 10:00 in Beijing, a Monday

let nextId = 1;
function ticket(o: Partial<WaitingTicket> = {}): WaitingTicket {
  return { id: nextId++, service: 'marriage', issuedAtMs: T0, priority: [], appointment: null, transferredAtMs: null, windowId: null, ...o };
}

const anyService: CallingWindow = { id: 1, services: SERVICES };
const policy = (o: Partial<QueuePolicy> = {}): QueuePolicy => ({ ...DEFAULT_POLICY, ...o });
const strict = policy({ mode: 'strict' });

function next(tickets: readonly WaitingTicket[], p: QueuePolicy = strict, now = T0, recent: RecentCalls = [], window = anyService) {
  return pickNext(tickets, window, p, now, recent);
}

/** Calls `count` tickets one after another at one window, feeding back the calls made; 'P' or 'O' per call. */
function callSequence(tickets: readonly WaitingTicket[], p: QueuePolicy, count: number, now = T0): { kinds: string; reasons: string[] } {
  let waiting = [...tickets];
  const recent: boolean[] = [];
  const reasons: string[] = [];
  let kinds = '';
  for (let i = 0; i < count; i++) {
    const pick = next(waiting, p, now, recent)!;
    const isPriority = priorityNow(pick.ticket, now, p).length > 0;
    kinds += isPriority ? 'P' : 'O';
    reasons.push(pick.reason);
    recent.unshift(isPriority);
    waiting = waiting.filter((t) => t !== pick.ticket);
  }
  return { kinds, reasons };
}

describe('which tickets a window may call', () => {
  it('returns null for an empty queue', () => {
    for (const mode of POLICY_MODES) expect(next([], policy({ mode }))).toBeNull();
  });

  it('never calls a service the window does not serve, even a priority or transferred one', () => {
    const window: CallingWindow = { id: 1, services: ['divorce_application'] };
    const marriageFirst = ticket({ issuedAtMs: T0 - 30 * MIN, priority: ['elderly'], transferredAtMs: T0 - 20 * MIN });
    const divorce = ticket({ service: 'divorce_application', issuedAtMs: T0 - 1 * MIN });
    expect(next([marriageFirst, divorce], strict, T0, [], window)?.ticket).toBe(divorce);
    expect(next([marriageFirst], strict, T0, [], window)).toBeNull();
  });

  it('never calls a ticket sent to another window; that window does call it', () => {
    const forTwo = ticket({ issuedAtMs: T0 - 30 * MIN, transferredAtMs: T0 - 10 * MIN, windowId: 2 });
    const ordinary = ticket({ issuedAtMs: T0 - 1 * MIN });
    expect(next([forTwo, ordinary], strict, T0, [], { id: 1, services: SERVICES })?.ticket).toBe(ordinary);
    expect(next([forTwo, ordinary], strict, T0, [], { id: 2, services: SERVICES })?.ticket).toBe(forTwo);
    expect(next([forTwo], strict, T0, [], { id: 1, services: SERVICES })).toBeNull();
  });

  it('canServe: the service must be served, and a targeted ticket only at its window', () => {
    const w: CallingWindow = { id: 3, services: ['marriage', 'reissue'] };
    expect(canServe(w, ticket({ service: 'reissue' }))).toBe(true);
    expect(canServe(w, ticket({ service: 'adoption' }))).toBe(false);
    expect(canServe(w, ticket({ windowId: 3 }))).toBe(true);
    expect(canServe(w, ticket({ windowId: 4 }))).toBe(false);
    expect(canServe(w, ticket({ service: 'adoption', windowId: 3 }))).toBe(false);
    expect(canServe({ id: 3, services: [] }, ticket())).toBe(false);
  });
});

describe('first come, first served among ordinary tickets', () => {
  it('calls the earliest issued, ties by ticket id, under every mode', () => {
    const late = ticket({ issuedAtMs: T0 - 5 * MIN });
    const early = ticket({ issuedAtMs: T0 - 9 * MIN });
    const earlyTwin = ticket({ issuedAtMs: T0 - 9 * MIN }); // same instant, higher id
    for (const mode of POLICY_MODES) {
      const p = policy({ mode });
      expect(next([late, earlyTwin, early], p)).toEqual({ ticket: early, reason: 'fifo', explanation: '先到先叫' });
      expect(next([late, earlyTwin], p)?.ticket).toBe(earlyTwin);
      expect(next([late], p)?.ticket).toBe(late);
    }
  });
});

describe('strict mode', () => {
  it('calls a waiting priority ticket before older ordinary ones, and explains the reasons', () => {
    const ordinary = ticket({ issuedAtMs: T0 - 20 * MIN });
    const veteran = ticket({ issuedAtMs: T0 - 2 * MIN, priority: ['elderly', 'disabled'] });
    const soldier = ticket({ issuedAtMs: T0 - 1 * MIN, priority: ['military'] });
    expect(next([ordinary, soldier, veteran])).toEqual({ ticket: veteran, reason: 'priority', explanation: '优先：老年人、残疾人' });
    expect(next([ordinary, soldier])).toEqual({ ticket: soldier, reason: 'priority', explanation: '优先：现役军人' });
    expect(next([ordinary])?.reason).toBe('fifo');
  });
});

describe('ratio mode', () => {
  const both = () => [
    ...Array.from({ length: 8 }, (_, i) => ticket({ issuedAtMs: T0 - 20 * MIN + i * MIN })),
    ...Array.from({ length: 8 }, (_, i) => ticket({ issuedAtMs: T0 - 10 * MIN + i * MIN, priority: ['elderly'] })),
  ];

  it('alternates two ordinary to one priority, starting with priority at a fresh window', () => {
    const { kinds, reasons } = callSequence(both(), DEFAULT_POLICY, 9);
    expect(kinds).toBe('POOPOOPOO');
    expect(reasons.slice(0, 3)).toEqual(['ratio_priority', 'ratio_ordinary', 'ratio_ordinary']);
    expect(next(both(), DEFAULT_POLICY, T0, [])?.explanation).toBe('按比例（普通 2 : 优先 1）轮到优先号：老年人');
    expect(next(both(), DEFAULT_POLICY, T0, [true])?.explanation).toBe('按比例（普通 2 : 优先 1）轮到普通号，先到先叫');
  });

  it('follows other ratios, e.g. three ordinary to two priority', () => {
    expect(callSequence(both(), policy({ ratio: { ordinary: 3, priority: 2 } }), 10).kinds).toBe('PPOOOPPOOO');
  });

  it('priorityTurn counts the current run of calls, newest first', () => {
    const r = { ordinary: 2, priority: 1 };
    expect(priorityTurn([], r)).toBe(true);
    expect(priorityTurn([true], r)).toBe(false);
    expect(priorityTurn([false, true], r)).toBe(false);
    expect(priorityTurn([false, false, true], r)).toBe(true);
    expect(priorityTurn([false, false, false, false], r)).toBe(true);
    expect(priorityTurn([true], { ordinary: 1, priority: 2 })).toBe(true);
    expect(priorityTurn([true, true, false], { ordinary: 1, priority: 2 })).toBe(false);
  });

  it('calls the other class when the one whose turn it is has nobody waiting', () => {
    const o = ticket({ issuedAtMs: T0 - 3 * MIN });
    const p = ticket({ issuedAtMs: T0 - 2 * MIN, priority: ['disabled'] });
    expect(next([o], DEFAULT_POLICY, T0, [])).toMatchObject({ ticket: o, reason: 'fifo' });
    expect(next([p], DEFAULT_POLICY, T0, [true])).toMatchObject({ ticket: p, reason: 'priority' });
  });
});

describe('after_wait mode', () => {
  const p = policy({ mode: 'after_wait', afterWaitMinutes: 10 });

  it('lets a priority ticket go first only once it has waited afterWaitMinutes', () => {
    const ordinary = ticket({ issuedAtMs: T0 - 5 * MIN });
    const elderly = ticket({ issuedAtMs: T0, priority: ['elderly'] });
    expect(next([ordinary, elderly], p, T0 + 10 * MIN - 1)).toMatchObject({ ticket: ordinary, reason: 'fifo' });
    expect(next([ordinary, elderly], p, T0 + 10 * MIN)).toEqual({ ticket: elderly, reason: 'after_wait', explanation: '优先号（老年人）已等候 10 分钟' });
  });

  it('still calls a priority ticket that simply came first, as first come first served', () => {
    const elderly = ticket({ issuedAtMs: T0 - 5 * MIN, priority: ['elderly'] });
    const ordinary = ticket({ issuedAtMs: T0 - 4 * MIN });
    expect(next([ordinary, elderly], p, T0)).toMatchObject({ ticket: elderly, reason: 'fifo' });
  });
});

describe('the fairness bound', () => {
  const ordinary = ticket({ issuedAtMs: T0 });
  const newerOrdinary = ticket({ issuedAtMs: T0 + 1 });
  const elderly = ticket({ issuedAtMs: T0 + 1 * MIN, priority: ['elderly'] });

  it('calls an ordinary ticket that waited exactly maxOrdinaryWaitMinutes before priority tickets, even in strict mode', () => {
    expect(next([elderly, newerOrdinary, ordinary], strict, T0 + 45 * MIN)).toEqual({
      ticket: ordinary, reason: 'fairness', explanation: '普通号已等候 45 分钟，达到上限 45 分钟',
    });
    expect(next([elderly, newerOrdinary, ordinary], strict, T0 + 45 * MIN - 1)).toMatchObject({ ticket: elderly, reason: 'priority' });
  });

  it('overrides the ratio turn and the after_wait rule', () => {
    expect(next([elderly, ordinary], DEFAULT_POLICY, T0 + 45 * MIN, [])).toMatchObject({ ticket: ordinary, reason: 'fairness' });
    expect(next([elderly, ordinary], policy({ mode: 'after_wait' }), T0 + 45 * MIN)).toMatchObject({ ticket: ordinary, reason: 'fairness' });
  });

  it('with a steady stream of priority tickets in strict mode, calls the ordinary ticket at the first call past the bound', () => {
    const waiting: WaitingTicket[] = [ordinary];
    let calledAt: number | null = null;
    for (let now = T0; calledAt === null && now <= T0 + 60 * MIN; now += 4 * MIN) {
      waiting.push(ticket({ issuedAtMs: now, priority: ['military'] }), ticket({ issuedAtMs: now, priority: ['elderly'] }));
      const pick = next(waiting, strict, now)!;
      waiting.splice(waiting.indexOf(pick.ticket), 1);
      if (pick.ticket === ordinary) calledAt = now;
    }
    expect(calledAt).toBe(T0 + 48 * MIN); // calls at 44 and 48 minutes: the first at or past 45
  });
});

describe('appointment holders', () => {
  const S = T0 + 60 * MIN;
  const booked = ticket({ issuedAtMs: T0, appointment: { startMs: S, endMs: S + 30 * MIN } });

  it('have priority from appointmentEarlyMinutes before the slot until (not at) its end', () => {
    const p = policy({ appointmentEarlyMinutes: 15 });
    expect(priorityNow(booked, S - 15 * MIN - 1, p)).toEqual([]);
    expect(priorityNow(booked, S - 15 * MIN, p)).toEqual(['appointment']);
    expect(priorityNow(booked, S + 30 * MIN - 1, p)).toEqual(['appointment']);
    expect(priorityNow(booked, S + 30 * MIN, p)).toEqual([]);
    expect(priorityNow(booked, S - 1, policy({ appointmentEarlyMinutes: 0 }))).toEqual([]);
    expect(priorityNow({ ...booked, priority: ['military'] }, S, p)).toEqual(['military', 'appointment']);
  });

  it('are called before older ordinary tickets only within that window', () => {
    const p = policy({ mode: 'strict', appointmentEarlyMinutes: 15, maxOrdinaryWaitMinutes: 600 });
    const older = ticket({ issuedAtMs: T0 - 10 * MIN });
    expect(next([older, booked], p, S - 15 * MIN - 1)?.ticket).toBe(older);
    expect(next([older, booked], p, S - 15 * MIN)).toEqual({ ticket: booked, reason: 'priority', explanation: '优先：预约时段内' });
    expect(next([older, booked], p, S + 30 * MIN - 1)?.ticket).toBe(booked);
    expect(next([older, booked], p, S + 30 * MIN)?.ticket).toBe(older);
  });
});

describe('transferred tickets', () => {
  it('come first, in the order they were transferred, before priority and the fairness bound', () => {
    const overdue = ticket({ issuedAtMs: T0 - 90 * MIN });
    const elderly = ticket({ issuedAtMs: T0 - 80 * MIN, priority: ['elderly'] });
    const second = ticket({ issuedAtMs: T0 - 30 * MIN, transferredAtMs: T0 - 2 * MIN });
    const first = ticket({ issuedAtMs: T0 - 5 * MIN, transferredAtMs: T0 - 5 * MIN });
    const { kinds, reasons } = callSequence([overdue, elderly, second, first], strict, 3);
    expect(reasons).toEqual(['transferred', 'transferred', 'fairness']);
    expect(kinds).toBe('OOO');
    expect(next([overdue, elderly, second, first])).toEqual({ ticket: first, reason: 'transferred', explanation: '转来的号：已在其他窗口等候，先叫' });
  });

  it('break a tie in transfer time by ticket id', () => {
    const a = ticket({ issuedAtMs: T0 - 1 * MIN, transferredAtMs: T0 - 3 * MIN });
    const b = ticket({ issuedAtMs: T0 - 9 * MIN, transferredAtMs: T0 - 3 * MIN });
    expect(next([b, a])?.ticket).toBe(a);
  });
});

// ---- Properties: random queues, windows and policies, judged against the rule as the code states it. ----

const byIssue = (a: WaitingTicket, b: WaitingTicket) => a.issuedAtMs - b.issuedAtMs || a.id - b.id;
const earliest = (ts: readonly WaitingTicket[]) => [...ts].sort(byIssue)[0];
const han = /\p{Script=Han}/u;

// Whole minutes often, so the policy's minute bounds are hit exactly; any millisecond otherwise.
const instant = (minutesBack: number) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: 0, max: minutesBack }).map((m) => T0 - m * MIN) },
    { weight: 1, arbitrary: fc.integer({ min: T0 - 2 * minutesBack * MIN, max: T0 }) },
  );
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const ticketArb = fc.record({
  service: fc.constantFrom(...SERVICES),
  issuedAtMs: instant(60),
  priority: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray(['elderly', 'disabled', 'military'] as const, { minLength: 1 }) }),
  appointment: rarely(fc.integer({ min: -8, max: 8 }).map((k) => ({ startMs: T0 + k * 15 * MIN, endMs: T0 + k * 15 * MIN + 30 * MIN }))),
  transferredAtMs: rarely(instant(30)),
  windowId: rarely(fc.integer({ min: 1, max: 3 })),
});

const scenario = fc.record({
  tickets: fc.array(ticketArb, { maxLength: 12 }).map((ts) => ts.map((t, i): WaitingTicket => ({ ...t, id: i + 1 }))),
  window: fc.record({ id: fc.integer({ min: 1, max: 3 }), services: fc.subarray([...SERVICES], { minLength: 1 }) }),
  policy: fc
    .record({
      mode: fc.constantFrom(...POLICY_MODES),
      ratio: fc.record({ ordinary: fc.integer({ min: 1, max: 4 }), priority: fc.integer({ min: 1, max: 3 }) }),
      afterWaitMinutes: fc.integer({ min: 0, max: 30 }),
      maxOrdinaryWaitMinutes: fc.integer({ min: 1, max: 60 }),
      appointmentEarlyMinutes: fc.integer({ min: 0, max: 30 }),
    })
    .map((p): QueuePolicy => ({ ...DEFAULT_POLICY, ...p })),
  recent: fc.array(fc.boolean(), { maxLength: 8 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

/** The classes of the eligible tickets at T0, worked out independently of pickNext. */
function analyse(s: Scenario) {
  // The window's services, and a ticket sent to one window only there: stated here, not borrowed from canServe.
  const eligible = s.tickets.filter((t) => s.window.services.includes(t.service) && (t.windowId === null || t.windowId === s.window.id));
  const transferred = eligible.filter((t) => t.transferredAtMs !== null).sort((a, b) => a.transferredAtMs! - b.transferredAtMs! || a.id - b.id);
  const isPriority = (t: WaitingTicket) => priorityNow(t, T0, s.policy).length > 0;
  const priority = eligible.filter(isPriority);
  const ordinary = eligible.filter((t) => !isPriority(t));
  const oldest = earliest(ordinary);
  const overdue = oldest !== undefined && T0 - oldest.issuedAtMs >= s.policy.maxOrdinaryWaitMinutes * MIN;
  const pick = pickNext(s.tickets, s.window, s.policy, T0, s.recent);
  return { eligible, transferred, priority, ordinary, oldest, overdue, isPriority, pick };
}

const runs = { numRuns: 1000 };

describe('ordering properties', () => {
  it('picks a ticket the window may serve, null only when none is eligible, and explains it in Chinese', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { eligible, pick } = analyse(s);
      expect(pick === null).toBe(eligible.length === 0);
      if (pick) {
        expect(s.tickets).toContain(pick.ticket);
        expect(eligible).toContain(pick.ticket);
        expect(canServe(s.window, pick.ticket)).toBe(true);
        expect(pick.explanation).toMatch(han);
      }
    }), runs);
  });

  it('calls an eligible transferred ticket first: the earliest transferred, ties by id', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { transferred, pick } = analyse(s);
      if (transferred.length > 0) expect(pick).toMatchObject({ ticket: transferred[0], reason: 'transferred' });
      else expect(pick?.reason).not.toBe('transferred');
    }), runs);
  });

  it('fairness: with no transfer, the oldest eligible ticket without a priority reason now is called once it has waited the bound', () => {
    // Precisely: "ordinary" means no priority reason at this instant (an appointment outside its
    // slot counts as ordinary); the bound is inclusive. The reason is 'fairness' only when a
    // priority ticket was passed over; with none eligible it is plain first come first served.
    fc.assert(fc.property(scenario, (s) => {
      const { transferred, priority, oldest, overdue, pick } = analyse(s);
      if (transferred.length > 0) return;
      if (overdue) expect(pick).toMatchObject({ ticket: oldest, reason: priority.length > 0 ? 'fairness' : 'fifo' });
      else expect(pick?.reason).not.toBe('fairness');
    }), runs);
  });

  it('strict: with no transfer and no ordinary ticket at the bound, an eligible priority ticket is always called', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { transferred, priority, overdue, pick } = analyse(s);
      if (s.policy.mode !== 'strict' || transferred.length > 0 || overdue || priority.length === 0) return;
      expect(pick).toMatchObject({ ticket: earliest(priority), reason: 'priority' });
    }), runs);
  });

  it('within the class it comes from (priority now or not), the pick is the earliest issued', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { priority, ordinary, isPriority, pick } = analyse(s);
      if (!pick || pick.reason === 'transferred') return;
      expect(pick.ticket).toBe(earliest(isPriority(pick.ticket) ? priority : ordinary));
    }), runs);
  });

  it('between the two classes, follows the mode: the ratio turn, or the priority ticket’s wait', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { eligible, transferred, priority, ordinary, overdue, isPriority, pick } = analyse(s);
      if (transferred.length > 0 || overdue || priority.length === 0 || ordinary.length === 0) return;
      const first = earliest(priority)!;
      if (s.policy.mode === 'ratio') {
        expect(isPriority(pick!.ticket)).toBe(priorityTurn(s.recent, s.policy.ratio));
        expect(pick!.reason).toMatch(/^ratio_/);
      }
      if (s.policy.mode === 'after_wait') {
        const waitedEnough = T0 - first.issuedAtMs >= s.policy.afterWaitMinutes * MIN;
        expect(isPriority(pick!.ticket)).toBe(waitedEnough || earliest(eligible) === first);
        expect(pick!.reason).toBe(waitedEnough ? 'after_wait' : 'fifo');
      }
    }), runs);
  });

  it('ratio: with both kinds waiting and none overdue, a fresh window repeats the pattern P×priority then O×ordinary', () => {
    const ratioArb = fc.record({ ordinary: fc.integer({ min: 1, max: 5 }), priority: fc.integer({ min: 1, max: 5 }) });
    fc.assert(fc.property(ratioArb, fc.integer({ min: 1, max: 4 }), (ratio, rounds) => {
      const calls = rounds * (ratio.ordinary + ratio.priority);
      const queue = Array.from({ length: calls }, (_, i) => [ticket({ issuedAtMs: T0 - i }), ticket({ issuedAtMs: T0 - i, priority: ['disabled'] })]).flat();
      const { kinds } = callSequence(queue, policy({ mode: 'ratio', ratio }), calls);
      expect(kinds).toBe(('P'.repeat(ratio.priority) + 'O'.repeat(ratio.ordinary)).repeat(rounds));
    }), { numRuns: 100 });
  });

  it('simulation: with priority tickets streaming in, no ordinary ticket waits beyond the bound plus one call', () => {
    // One call every `gap` minutes; before each call 1–3 priority tickets and at most one ordinary
    // ticket arrive. Each ordinary ticket must be called at the first call at or past the bound.
    const sim = fc.record({
      mode: fc.constantFrom(...POLICY_MODES),
      ratio: fc.record({ ordinary: fc.integer({ min: 1, max: 5 }), priority: fc.integer({ min: 1, max: 5 }) }),
      bound: fc.integer({ min: 5, max: 60 }),
      gap: fc.integer({ min: 1, max: 10 }),
      arrivals: fc.array(fc.record({ priority: fc.integer({ min: 1, max: 3 }), ordinary: fc.boolean() }), { minLength: 20, maxLength: 80 }),
    });
    fc.assert(fc.property(sim, (s) => {
      const p = policy({ mode: s.mode, ratio: s.ratio, maxOrdinaryWaitMinutes: s.bound });
      const limit = (s.bound + s.gap) * MIN;
      let waiting: WaitingTicket[] = [];
      const recent: boolean[] = [];
      let id = 0;
      let now = T0;
      s.arrivals.forEach((a, k) => {
        now = T0 + k * s.gap * MIN;
        for (let i = 0; i < a.priority; i++) waiting.push(ticket({ id: ++id, issuedAtMs: now, priority: ['elderly'] }));
        if (a.ordinary) waiting.push(ticket({ id: ++id, issuedAtMs: now }));
        const pick = next(waiting, p, now, recent)!;
        const isPriority = pick.ticket.priority.length > 0;
        if (!isPriority) expect(now - pick.ticket.issuedAtMs).toBeLessThan(limit);
        recent.unshift(isPriority);
        waiting = waiting.filter((t) => t !== pick.ticket);
      });
      for (const t of waiting) if (t.priority.length === 0) expect(now - t.issuedAtMs).toBeLessThan(limit);
    }), { numRuns: 300 });
  });
});
