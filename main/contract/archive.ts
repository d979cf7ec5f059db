import { z } from 'zod';
import { ARCHIVE_CURSOR_PATTERN, ARCHIVE_KINDS, ARCHIVE_SOURCES } from '../domain/archive-query';
import { RealDateSchema } from './party';

/** 档案查询: registrations by any combination of filters, newest first, a page at a time. */
const Text = (max: number) => z.string().trim().max(max).optional().transform((s) => (s === '' ? undefined : s));

export const ArchiveQuery = z
  .strictObject({
    name: Text(60),
    idNumber: Text(40),
    certificateNumber: Text(60),
    /** The office's 9-digit code, or the start of a back-entered record's office as written. */
    office: Text(60),
    from: RealDateSchema.optional(),
    to: RealDateSchema.optional(),
    kind: z.enum(ARCHIVE_KINDS).optional(),
    source: z.enum(ARCHIVE_SOURCES).default('all'),
    /** The `next` of the previous page. */
    cursor: z.string().regex(ARCHIVE_CURSOR_PATTERN, '翻页位置无效，请重新查询').optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: '截止日期不能早于起始日期', path: ['to'] });
export type ArchiveQuery = z.infer<typeof ArchiveQuery>;
/** The filters as a screen sends them (blank ones may be left out). */
export type ArchiveFilterInput = Omit<z.input<typeof ArchiveQuery>, 'cursor' | 'limit'>;

export const ArchiveHit = z.object({
  id: z.number().int(),
  kind: z.enum(ARCHIVE_KINDS),
  status: z.string(),
  statusLabel: z.string(),
  registeredOn: z.string(),
  certificateNumber: z.string().nullable(),
  officeCode: z.string(),
  /** The registering office as the paper record writes it (back-entered records only). */
  officeText: z.string().nullable(),
  /** A back-entered paper-era record (补录), never a registration made at the window. */
  backEntry: z.boolean(),
  parties: z.array(z.object({ name: z.string(), idNumberMasked: z.string() })),
});
export type ArchiveHit = z.infer<typeof ArchiveHit>;

export const ArchivePage = z.object({
  hits: z.array(ArchiveHit),
  /** The cursor of the next page; null on the last one. */
  next: z.string().nullable(),
  /** Matches counted on a first page only, up to the cap; null on later pages. */
  total: z.number().int().nullable(),
  /** More than `total` match: the screen says "1000+" rather than counting millions. */
  totalCapped: z.boolean(),
});
export type ArchivePage = z.infer<typeof ArchivePage>;
