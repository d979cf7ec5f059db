import { z } from 'zod';
import { ID_TYPES } from '../domain/case-types';
import { isValidDate } from '../domain/dates';

/** Dates and parties, shared by every kind of case. */
export const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/**
 * A date that exists on the calendar. Case dates stay LocalDateSchema: there a date that does not
 * exist is the law's DATE_INVALID, reported with the other violations; the hall's dates are plain input.
 */
export const RealDateSchema = LocalDateSchema.refine(isValidDate, '不是真实存在的日期');

export const Verification = z.discriminatedUnion('method', [
  z.object({ method: z.literal('reader') }),
  z.object({ method: z.literal('manual'), reason: z.string().trim().min(2).max(200) }),
]);

export const PartySchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  sex: z.enum(['male', 'female']),
  birthDate: LocalDateSchema,
  // Any string: an unknown type is the law's refusal (ID_TYPE_UNSUPPORTED), not a malformed request.
  idType: z.string().trim().min(1).max(40) as unknown as z.ZodType<(typeof ID_TYPES)[number]>,
  idNumber: z.string().trim().toUpperCase().min(1).max(32),
  nationality: z.string().trim().toUpperCase().length(3).default('CHN'),
  idValidUntil: z.union([LocalDateSchema, z.literal('long_term')]).nullable().default(null),
  overseasChinese: z.boolean().default(false),
  ethnicity: z.string().trim().max(20).optional(),
  verification: Verification.nullable().default(null),
});
export type Party = z.infer<typeof PartySchema>;
