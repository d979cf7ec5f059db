import { z } from 'zod';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  schemaVersion: z.number().int(),
  demo: z.boolean(),
  officeName: z.string(),
});
export type Health = z.infer<typeof Health>;
