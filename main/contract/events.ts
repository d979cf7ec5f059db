import { z } from 'zod';
import { IMPORT_JOB_STATES } from '../domain/backentry/job-state';

/** Messages on the WebSocket /api/events. Clients pass their token as the second subprotocol. */
export const EVENTS_PROTOCOL = 'hall.v1';

export const HallEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), at: z.string() }),
  z.object({ type: z.literal('users.changed'), userId: z.number().int() }),
  z.object({ type: z.literal('settings.changed') }),
  z.object({ type: z.literal('cases.changed'), caseId: z.number().int() }),
  z.object({ type: z.literal('appointments.changed'), date: z.string() }),
  /** Sent the moment a window calls (or recalls) a ticket: the board announces it. */
  z.object({
    type: z.literal('queue.called'), number: z.string(), windowNumber: z.number().int(), windowName: z.string(),
    service: z.string(), names: z.string(), recall: z.boolean(), at: z.string(),
  }),
  z.object({ type: z.literal('queue.changed'), day: z.string() }),
  /** The upload state changed: managers' screens refresh their upload alert. */
  z.object({ type: z.literal('uploads.changed') }),
  /** A backup started, moved on, ended or the backup settings changed: the panel and the backup alert refresh. */
  z.object({ type: z.literal('backups.changed') }),
  /** An import's progress after each batch, and its state when it changes. */
  z.object({
    type: z.literal('imports.progress'), jobId: z.number().int(), state: z.enum(IMPORT_JOB_STATES),
    rowsDone: z.number().int(), rowsTotal: z.number().int(), rowsPerSecond: z.number().nullable(), secondsLeft: z.number().nullable(),
    inserted: z.number().int(), skipped: z.number().int(), refused: z.number().int(),
  }),
  z.object({ type: z.literal('queue.rated'), number: z.string(), rating: z.string(), reason: z.string(), windowNumber: z.number().int().nullable() }),
]);
/** What a display or kiosk socket receives; everything else stays with staff. */
export const DEVICE_EVENT_TYPES: readonly HallEvent['type'][] = ['hello', 'queue.called', 'queue.changed'];
export type HallEvent = z.infer<typeof HallEvent>;
