import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsCouple, SERVICES, ticketNumber } from '../../../main/domain/queue/services';
import {
  isOpenTicket,
  TICKET_ACTIONS,
  TICKET_STATE_LABELS,
  TICKET_STATES,
  ticketTransition,
  type TicketAction,
  type TicketState,
} from '../../../main/domain/queue/tickets';

/** The whole table, written out: every pair not listed here must be refused (null). */
const ALLOWED: Readonly<Record<TicketAction, Partial<Record<TicketState, TicketState>>>> = {
  call: { waiting: 'called' },
  recall: { called: 'called' },
  no_show: { called: 'no_show' },
  start: { called: 'serving' },
  finish: { serving: 'done' },
  transfer: { called: 'waiting', serving: 'waiting' },
  ceremony: { serving: 'done' },
  cancel: { waiting: 'cancelled' },
};

const TERMINAL: readonly TicketState[] = ['done', 'no_show', 'cancelled'];

describe('ticket states', () => {
  const pairs = TICKET_STATES.flatMap((state) => TICKET_ACTIONS.map((action) => [state, action] as const));

  it.each(pairs)('%s --%s--> as the table says', (state, action) => {
    expect(ticketTransition(state, action)).toBe(ALLOWED[action][state] ?? null);
  });

  it('allows exactly nine of the 48 state/action pairs', () => {
    expect(pairs.filter(([s, a]) => ticketTransition(s, a) !== null)).toHaveLength(9);
  });

  it('a finished, absent or cancelled ticket takes no action at all', () => {
    for (const state of TERMINAL) for (const action of TICKET_ACTIONS) expect(ticketTransition(state, action), `${state} ${action}`).toBeNull();
  });

  it('counts waiting, called and serving as open, the rest not', () => {
    expect(TICKET_STATES.filter(isOpenTicket)).toEqual(['waiting', 'called', 'serving']);
  });

  it('labels every state in Chinese', () => {
    for (const state of TICKET_STATES) expect(TICKET_STATE_LABELS[state]).toMatch(/^\p{Script=Han}+$/u);
  });

  it('random action sequences stay in the state set; a terminal state never changes; open ⇔ some action applies', () => {
    const actions = fc.array(fc.constantFrom(...TICKET_ACTIONS), { maxLength: 30 });
    fc.assert(
      fc.property(fc.constantFrom(...TICKET_STATES), actions, (start, seq) => {
        let state: TicketState = start;
        for (const action of seq) {
          const after = ticketTransition(state, action);
          if (TERMINAL.includes(state)) expect(after).toBeNull();
          if (after === null) continue; // a refused action leaves the ticket as it was
          expect(TICKET_STATES).toContain(after);
          state = after;
        }
        expect(isOpenTicket(state)).toBe(TICKET_ACTIONS.some((a) => ticketTransition(state, a) !== null));
      }),
      { numRuns: 500 },
    );
  });

  it('every ticket can still reach a terminal state from any open state', () => {
    const reach = (s: TicketState, seen = new Set<TicketState>()): boolean =>
      TERMINAL.includes(s) || (!seen.has(s) && TICKET_ACTIONS.some((a) => { const n = ticketTransition(s, a); return n !== null && reach(n, new Set([...seen, s])); }));
    for (const state of TICKET_STATES) expect(reach(state), state).toBe(true);
  });
});

describe('ticket numbers and couples', () => {
  it('pads the daily sequence to three digits at least', () => {
    expect(ticketNumber('A', 7)).toBe('A007');
    expect(ticketNumber('A', 12)).toBe('A012');
    expect(ticketNumber('F', 999)).toBe('F999');
    expect(ticketNumber('B', 1000)).toBe('B1000');
  });

  it('needs both parties for marriage, the two divorce steps and the ceremony; not for reissue or adoption', () => {
    expect(SERVICES.filter(needsCouple)).toEqual(['marriage', 'divorce_application', 'divorce_registration', 'ceremony']);
  });
});
