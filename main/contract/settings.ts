import { z } from 'zod';
import { OFFICE_CODE_PATTERN } from '../domain/office';

export const OfficeSettingsInput = z.strictObject({
  officeName: z.string().trim().min(2).max(60),
  officeCode: z.string().trim().regex(OFFICE_CODE_PATTERN, '须为 9 位数字'),
  foreignRelated: z.boolean(),
});
export type OfficeSettingsInput = z.infer<typeof OfficeSettingsInput>;

export const OfficeSettingsView = z.object({
  officeName: z.string(),
  officeCode: z.string(),
  foreignRelated: z.boolean(),
  /** True when HALL_OFFICE_CODE (or config.json) fixes the code; the screen then shows it read-only. */
  officeCodeFromConfig: z.boolean(),
});
export type OfficeSettingsView = z.infer<typeof OfficeSettingsView>;
