import { z } from 'zod';
import { ID_TYPES } from '../domain/case-types';
import { CALL_REASONS } from '../domain/queue/ordering';
import { POLICY_MODES, PRIORITY_REASONS } from '../domain/queue/policy';
import { RATINGS } from '../domain/queue/ratings';
import { BOOKABLE_SERVICES, SERVICES } from '../domain/queue/services';
import { TICKET_STATES } from '../domain/queue/tickets';
import { RealDateSchema as LocalDateSchema } from './party';

export const ServiceSchema = z.enum(SERVICES);
const Minutes = z.number().int().min(0).max(24 * 60);

export const QueuePolicySchema = z.strictObject({
  mode: z.enum(POLICY_MODES),
  ratio: z.strictObject({ ordinary: z.number().int().min(1).max(20), priority: z.number().int().min(1).max(20) }),
  afterWaitMinutes: Minutes,
  maxOrdinaryWaitMinutes: z.number().int().min(1).max(24 * 60),
  recallDelaySeconds: z.number().int().min(0).max(600),
  noShowAfterCalls: z.number().int().min(1).max(10),
  elderlyAge: z.number().int().min(50).max(100),
  appointmentEarlyMinutes: Minutes,
  boardNames: z.enum(['masked', 'hidden']),
  prefixes: z.partialRecord(ServiceSchema, z.string().trim().regex(/^[A-Z]$/, '前缀须为一个大写字母')),
}).refine((p) => new Set(Object.values(p.prefixes)).size === Object.values(p.prefixes).length, { message: '各业务的号码前缀不能相同', path: ['prefixes'] });
export type QueuePolicySchema = z.infer<typeof QueuePolicySchema>;

export const WindowInput = z.strictObject({
  number: z.number().int().min(1).max(99),
  name: z.string().trim().min(1).max(30),
  services: z.array(ServiceSchema).min(1),
  active: z.boolean().default(true),
});
export const WindowIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const TicketPerson = z.strictObject({
  idType: z.enum(ID_TYPES).default('resident_id'),
  idNumber: z.string().trim().toUpperCase().min(1).max(32),
  name: z.string().trim().min(1).max(60),
  /** Read from the card, or the document checked by staff (a hall without a reader at reception). */
  verified: z.enum(['reader', 'staff']),
});

export const IssueTicket = z.strictObject({
  service: z.enum(BOOKABLE_SERVICES),
  persons: z.array(TicketPerson).min(1).max(2),
  /** Declared at reception and checked by staff; a kiosk cannot set these (elderly is read from the ID number). */
  priority: z.array(z.enum(['disabled', 'military'])).default([]),
});
export const CheckIn = z.strictObject({ persons: z.array(TicketPerson).min(1).max(2) });

export const TicketView = z.object({
  id: z.number().int(),
  day: LocalDateSchema,
  number: z.string(),
  service: ServiceSchema,
  state: z.enum(TICKET_STATES),
  priority: z.array(z.enum(PRIORITY_REASONS)),
  persons: z.array(z.object({ name: z.string(), idNumberMasked: z.string() })),
  appointmentId: z.number().int().nullable(),
  appointmentSlot: z.string().nullable(),
  issuedAt: z.string(),
  windowId: z.number().int().nullable(),
  windowNumber: z.number().int().nullable(),
  callCount: z.number().int(),
  lastCalledAt: z.string().nullable(),
  transferred: z.boolean(),
  /** Tickets ahead of this one for its service (waiting only). */
  ahead: z.number().int().nullable(),
});
export type TicketView = z.infer<typeof TicketView>;

export const WindowView = z.object({
  id: z.number().int(),
  number: z.number().int(),
  name: z.string(),
  services: z.array(ServiceSchema),
  active: z.boolean(),
  open: z.boolean(),
  openBy: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  current: TicketView.nullable(),
});
export type WindowView = z.infer<typeof WindowView>;

export const QueueState = z.object({
  day: LocalDateSchema,
  windows: z.array(WindowView),
  waiting: z.array(TicketView),
  waitingByService: z.record(ServiceSchema, z.number().int()),
  /** Why the last call of each window chose its ticket. */
  lastCall: z.record(z.string(), z.object({ ticketNumber: z.string(), reason: z.enum(CALL_REASONS), explanation: z.string() })),
});
export type QueueState = z.infer<typeof QueueState>;

export const CallResult = z.object({ ticket: TicketView, reason: z.enum(CALL_REASONS), explanation: z.string() });

export const TicketIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
export const TicketAction = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('call'), windowId: z.number().int(), reason: z.string().trim().min(2).max(200) }),
  z.strictObject({ action: z.literal('recall'), windowId: z.number().int() }),
  z.strictObject({ action: z.literal('no_show'), windowId: z.number().int() }),
  z.strictObject({ action: z.literal('start'), windowId: z.number().int() }),
  z.strictObject({ action: z.literal('finish'), windowId: z.number().int() }),
  z.strictObject({
    action: z.literal('transfer'), windowId: z.number().int(),
    toService: ServiceSchema.optional(), toWindowId: z.number().int().optional(), reason: z.string().trim().min(2).max(200),
  }),
  z.strictObject({ action: z.literal('ceremony'), windowId: z.number().int() }),
  z.strictObject({ action: z.literal('cancel'), reason: z.string().trim().min(2).max(200) }),
]);
export type TicketAction = z.infer<typeof TicketAction>;

export const BoardCall = z.object({ number: z.string(), windowNumber: z.number().int(), windowName: z.string(), service: ServiceSchema, names: z.string(), at: z.string() });
export const BoardState = z.object({
  day: LocalDateSchema,
  officeName: z.string(),
  /** The ticket each open window is calling or serving. */
  windows: z.array(z.object({ number: z.number().int(), name: z.string(), open: z.boolean(), current: BoardCall.nullable() })),
  recent: z.array(BoardCall),
  waitingByService: z.record(ServiceSchema, z.number().int()),
});
export type BoardState = z.infer<typeof BoardState>;

export const RatingInput = z.strictObject({
  /** Today's ticket number as printed (A012). */
  number: z.string().trim().toUpperCase().regex(/^[A-Z]\d{3,4}$/, '号码格式如 A012'),
  rating: z.enum(RATINGS),
  reason: z.string().trim().max(200).default(''),
}).refine((r) => r.rating !== 'dissatisfied' || r.reason.length > 0, { message: '不满意时请选择或填写原因', path: ['reason'] });

export const StatsQuery = z.strictObject({ from: LocalDateSchema, to: LocalDateSchema });
const SummarySchema = z.object({ count: z.number().int(), mean: z.number().nullable(), median: z.number().nullable(), p90: z.number().nullable() });
export const StatsRow = z.object({
  key: z.string(),
  label: z.string(),
  tickets: z.number().int(),
  served: z.number().int(),
  noShows: z.number().int(),
  /** Seconds. */
  waiting: SummarySchema,
  service: SummarySchema,
});
export const QueueStats = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  byService: z.array(StatsRow),
  byWindow: z.array(StatsRow),
  byRegistrar: z.array(StatsRow),
  byDay: z.array(StatsRow),
  appointments: z.object({ capacity: z.number().int(), booked: z.number().int(), checkedIn: z.number().int(), noShows: z.number().int(), fillRate: z.number().nullable() }),
  ratings: z.object({
    satisfied: z.number().int(), basically_satisfied: z.number().int(), dissatisfied: z.number().int(),
    recentDissatisfied: z.array(z.object({ at: z.string(), number: z.string(), windowNumber: z.number().int().nullable(), reason: z.string() })),
  }),
});
export type QueueStats = z.infer<typeof QueueStats>;
