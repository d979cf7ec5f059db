import { z } from 'zod';

/** The identity read from a card's chip (issue: the identity JSON of `hall idcard read`). */
export const CardIdentitySchema = z.object({
  cardType: z.enum(['resident_id', 'hmt_residence_permit', 'foreign_permanent_id']),
  cardVersion: z.enum(['2017', '2023']).optional(),
  name: z.string().optional(),
  nameEnglish: z.string().optional(),
  sex: z.enum(['M', 'F']).optional(),
  ethnicity: z.string().optional(),
  ethnicityName: z.string().optional(),
  birthDate: z.string().optional(),
  address: z.string().optional(),
  idNumber: z.string().optional(),
  authority: z.string().optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  nationality: z.string().optional(),
  passNumber: z.string().optional(),
  issueCount: z.number().int().optional(),
  photo: z.object({ format: z.literal('wlt'), bytes: z.number().int(), data: z.string() }),
  warnings: z.array(z.object({ code: z.string(), field: z.string(), message: z.string() })).readonly(),
});
export type CardIdentityView = z.infer<typeof CardIdentitySchema>;

export const CardReadingView = z.object({
  identity: CardIdentitySchema,
  photoDecoded: z.boolean(),
  /** Why the photo is not shown: no vendor decoder installed (the WLT bytes are kept). */
  photoNote: z.string().nullable(),
  readAt: z.string(),
  elapsedMs: z.number(),
});
export type CardReadingView = z.infer<typeof CardReadingView>;

export const ReaderStatus = z.object({
  mode: z.enum(['auto', 'simulator', 'none']),
  readers: z.array(z.object({ key: z.string(), label: z.string(), support: z.string() })),
  cardPresent: z.boolean(),
  lastError: z.string().nullable(),
  samples: z.array(z.object({ name: z.string(), label: z.string() })),
});

export const ReadCardRequest = z.strictObject({ timeoutSeconds: z.number().int().min(1).max(60).default(15) });

export const SimulatorAction = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('place'), card: z.string().min(1) }),
  z.strictObject({ action: z.literal('remove') }),
]);
