import { z } from 'zod';

/** Messages on the WebSocket /api/events. Clients pass their token as the second subprotocol. */
export const EVENTS_PROTOCOL = 'hall.v1';

export const HallEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), at: z.string() }),
  z.object({ type: z.literal('users.changed'), userId: z.number().int() }),
  z.object({ type: z.literal('settings.changed') }),
  z.object({ type: z.literal('cases.changed'), caseId: z.number().int() }),
]);
export type HallEvent = z.infer<typeof HallEvent>;
