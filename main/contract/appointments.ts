import { z } from 'zod';
import { ID_TYPES } from '../domain/case-types';
import { BOOKING_SOURCES } from '../domain/appointments/booking-rules';
import { BOOKABLE_SERVICES } from '../domain/queue/services';
import { RealDateSchema as LocalDateSchema } from './party';
import { Violation } from './errors';

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const Count = z.number().int().min(0).max(999);
export const BookableServiceSchema = z.enum(BOOKABLE_SERVICES);
export const CapacitySchema = z.strictObject(Object.fromEntries(BOOKABLE_SERVICES.map((s) => [s, Count])) as Record<(typeof BOOKABLE_SERVICES)[number], typeof Count>);

export const AppointmentPlanSchema = z.strictObject({
  sessions: z.array(z.strictObject({ from: ClockTime, to: ClockTime })).min(1).max(6)
    .refine((ss) => ss.every((s) => s.from < s.to), '每段办公时间的开始须早于结束')
    .refine((ss) => ss.every((s, i) => i === 0 || ss[i - 1]!.to <= s.from), '办公时间段须按时间先后排列且不重叠'),
  slotMinutes: z.number().int().min(5).max(240),
  capacity: CapacitySchema,
  specialDates: z.strictObject({ enabled: z.boolean(), capacity: CapacitySchema }),
  dayOverrides: z.array(z.strictObject({ date: LocalDateSchema, capacity: CapacitySchema, note: z.string().trim().max(60) })).max(400),
  bookAheadMinDays: z.number().int().min(0).max(60),
  bookAheadMaxDays: z.number().int().min(0).max(90),
  cancelDaysBefore: z.number().int().min(0).max(30),
  noShow: z.strictObject({ count: z.number().int().min(1).max(10), withinDays: z.number().int().min(1).max(365), blockDays: z.number().int().min(0).max(365) }),
  perPersonPerDay: z.number().int().min(1).max(10),
}).refine((p) => p.bookAheadMinDays <= p.bookAheadMaxDays, { message: '最早可约天数不能大于最晚可约天数', path: ['bookAheadMaxDays'] });
export type AppointmentPlanSchema = z.infer<typeof AppointmentPlanSchema>;

export const SlotLoad = z.object({
  start: z.string(),
  end: z.string(),
  /** Booked (active) per service. */
  load: CapacitySchema,
});
export const DayLoad = z.object({
  date: LocalDateSchema,
  kind: z.enum(['closed', 'override', 'special', 'ordinary']),
  note: z.string(),
  capacity: CapacitySchema,
  slots: z.array(SlotLoad),
});
export const CalendarQuery = z.strictObject({ from: LocalDateSchema, to: LocalDateSchema });
export const AppointmentCalendar = z.object({ today: LocalDateSchema, bookFrom: LocalDateSchema, bookTo: LocalDateSchema, days: z.array(DayLoad) });

export const BookedPersonSchema = z.strictObject({
  idType: z.enum(ID_TYPES).default('resident_id'),
  idNumber: z.string().trim().toUpperCase().min(1).max(32),
  name: z.string().trim().min(1).max(60),
});

export const BookingInput = z.strictObject({
  service: BookableServiceSchema,
  date: LocalDateSchema,
  slotStart: ClockTime,
  // Online bookings arrive from the province (the exchange), never through this route.
  source: z.enum(['phone', 'walk_in']),
  persons: z.array(BookedPersonSchema).min(1).max(2),
  phone: z.string().trim().max(20).default(''),
  note: z.string().trim().max(200).default(''),
});
export type BookingInput = z.infer<typeof BookingInput>;

export const APPOINTMENT_STATES = ['booked', 'checked_in', 'cancelled', 'no_show'] as const;
export const AppointmentView = z.object({
  id: z.number().int(),
  service: BookableServiceSchema,
  date: LocalDateSchema,
  slotStart: z.string(),
  slotEnd: z.string(),
  source: z.enum(BOOKING_SOURCES),
  provincialId: z.string().nullable(),
  state: z.enum(APPOINTMENT_STATES),
  /** Names in full for staff; ID numbers masked (the full number is matched at check-in, never shown). */
  persons: z.array(z.object({ name: z.string(), idNumberMasked: z.string() })),
  phone: z.string(),
  note: z.string(),
  ticketNumber: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

export const AppointmentQuery = z.strictObject({
  date: LocalDateSchema.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  state: z.enum(APPOINTMENT_STATES).optional(),
  idNumber: z.string().trim().toUpperCase().max(32).optional(),
});
export const AppointmentList = z.object({ items: z.array(AppointmentView) });
export const AppointmentIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
export const AppointmentChange = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('cancel'), reason: z.string().trim().min(2).max(200) }),
  z.strictObject({ action: z.literal('move'), date: LocalDateSchema, slotStart: ClockTime, reason: z.string().trim().min(2).max(200) }),
  z.strictObject({ action: z.literal('no_show') }),
]);
export type AppointmentChange = z.infer<typeof AppointmentChange>;
export const BookingCheck = z.object({ violations: z.array(Violation) });
