/** A ticket's life: waiting → called (again and again) → serving → done, or absent, or back to waiting on transfer. */
export const TICKET_STATES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const TICKET_STATE_LABELS: Readonly<Record<TicketState, string>> = {
  waiting: '等候中',
  called: '已叫号',
  serving: '办理中',
  done: '已办结',
  no_show: '过号',
  cancelled: '已取消',
};

export const TICKET_ACTIONS = ['call', 'recall', 'no_show', 'start', 'finish', 'transfer', 'ceremony', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const NEXT: Readonly<Record<TicketAction, Partial<Record<TicketState, TicketState>>>> = {
  call: { waiting: 'called' },
  recall: { called: 'called' },
  no_show: { called: 'no_show' },
  start: { called: 'serving' },
  finish: { serving: 'done' },
  transfer: { called: 'waiting', serving: 'waiting' },
  // The marriage ticket is done; a new ticket for the couple waits in the ceremony queue.
  ceremony: { serving: 'done' },
  cancel: { waiting: 'cancelled' },
};

/** The state after an action, or null when the action is not allowed in that state. */
export function ticketTransition(state: TicketState, action: TicketAction): TicketState | null {
  return NEXT[action][state] ?? null;
}

/** A ticket that still needs the hall: it counts as open for the per-person check. */
export function isOpenTicket(state: TicketState): boolean {
  return state === 'waiting' || state === 'called' || state === 'serving';
}
