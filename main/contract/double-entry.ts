import { z } from 'zod';
import { HAND_ENTRY_FIELDS, type HandEntryField } from '../domain/backentry/compare';
import { DOUBLE_ENTRY_STATES } from '../domain/backentry/double-entry';
import { Violation } from './errors';

/** Entering paper-era records by hand (手工补录), and double entry (双人录入) when the office turns it on (issue 10). */

/** The body may carry a scanned page: base64 of up to 12 MB, plus the JSON around it. */
export const HAND_ENTRY_BODY_LIMIT = 17 * 1024 * 1024;
export const MAX_SCAN_BYTES = 12 * 1024 * 1024;
/** Images a browser shows beside the form. */
export const SCAN_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.bmp'] as const;

const FieldText = z.string().max(200);
export const HandEntryValuesSchema = z.partialRecord(z.enum(HAND_ENTRY_FIELDS as [HandEntryField, ...HandEntryField[]]), FieldText);

export const ScanUpload = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((name) => SCAN_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)), '扫描件须为图片（PNG、JPEG、WebP、GIF 或 BMP）'),
  contentBase64: z.string().min(1).max(Math.ceil(MAX_SCAN_BYTES / 3) * 4, '扫描件不能超过 12 MB'),
});

export const HandEntryInput = z.strictObject({
  values: HandEntryValuesSchema,
  /** Where the page is kept (档案盒号/页号): with the scan's SHA-256, what two entries of one page meet by. */
  pageRef: z.string().trim().max(60).nullable().default(null),
  scan: ScanUpload.nullable().default(null),
});

export const HandEntryResult = z.object({
  /**
   * entered: the record is a case now; awaiting_second: stored as a page's first entry (not a case);
   * disputed: the two entries differ (or agree on a record the archive refuses) and a manager decides;
   * duplicate: both agreed on a record the archive already holds, and nothing was added.
   */
  outcome: z.enum(['entered', 'awaiting_second', 'disputed', 'duplicate']),
  caseId: z.number().int().nullable(),
  pageId: z.number().int().nullable(),
  message: z.string(),
});
export type HandEntryResult = z.infer<typeof HandEntryResult>;

export const BackEntrySettingsSchema = z.strictObject({ doubleEntry: z.boolean() });
export type BackEntrySettings = z.infer<typeof BackEntrySettingsSchema>;

/** A page in double entry, without what anyone typed on it: the second clerk types blind. */
export const EntryPageView = z.object({
  id: z.number().int(),
  pageRef: z.string(),
  scanName: z.string(),
  scanSha256: z.string(),
  state: z.enum(DOUBLE_ENTRY_STATES),
  stateLabel: z.string(),
  firstBy: z.string(),
  firstName: z.string(),
  firstAt: z.string(),
  secondBy: z.string().nullable(),
  secondName: z.string().nullable(),
  secondAt: z.string().nullable(),
  resolvedName: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  caseId: z.number().int().nullable(),
});
export type EntryPageView = z.infer<typeof EntryPageView>;

export const EntryPageQuery = z.object({ state: z.enum(DOUBLE_ENTRY_STATES).optional() });
export const EntryPageList = z.object({ pages: z.array(EntryPageView) });
export const EntryPageParams = z.object({ id: z.coerce.number().int().positive() });

export const EntryScanView = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

/** Both entries of a disputed page, field by field, for the third person only. */
export const EntryDifferencesView = z.object({
  page: EntryPageView,
  fields: z.array(z.object({ field: z.string(), label: z.string(), first: z.string().nullable(), second: z.string().nullable(), agree: z.boolean() })),
  /** Why the entries went to a manager although they agreed (the archive refused the record), else null. */
  problem: Violation.nullable(),
});
export type EntryDifferencesView = z.infer<typeof EntryDifferencesView>;

export const ResolveEntryInput = z.strictObject({ values: HandEntryValuesSchema });
