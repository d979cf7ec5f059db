import { z } from 'zod';

export const UploadRejection = z.object({
  id: z.number().int(),
  recordId: z.string(),
  revision: z.number().int(),
  kind: z.string(),
  code: z.string(),
  message: z.string(),
  /** The case the record came from, to correct it. */
  caseId: z.number().int().nullable(),
  certificateNumber: z.string().nullable(),
});

export const UploadStatusView = z.object({
  /** False when HALL_PROVINCE_URL or HALL_PROVINCE_KEY is not set: records wait in the outbox. */
  configured: z.boolean(),
  state: z.enum(['idle', 'sending', 'retrying', 'stopped', 'unconfigured']),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
  nextAttemptAt: z.string().nullable(),
  pending: z.number().int(),
  rejected: z.number().int(),
  deliveredToday: z.number().int(),
  oldestPendingAt: z.string().nullable(),
  /** Minutes the oldest waiting record has waited; the alert shows past `alertAfterMinutes`. */
  oldestPendingMinutes: z.number().int().nullable(),
  alertAfterMinutes: z.number().int(),
  /** Uploads have stopped (401) or the backlog is older than the limit: every manager screen says so. */
  alert: z.string().nullable(),
  rejections: z.array(UploadRejection),
});
export type UploadStatusView = z.infer<typeof UploadStatusView>;

export const RejectionIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
/** A parked rejection: send it again as it is (the cause was fixed at the province or in the case), or acknowledge it with a note. */
export const RejectionAction = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('retry') }),
  z.strictObject({ action: z.literal('acknowledge'), note: z.string().trim().min(2).max(500) }),
]);
