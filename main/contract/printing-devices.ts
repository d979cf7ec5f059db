import { z } from 'zod';

/** The largest PDF the desk sends to a printer: a few certificate pages with photos fit many times over. */
export const MAX_PRINT_PDF_BYTES = 20 * 1024 * 1024;
/** The request body: the PDF's base64 (4 characters for every 3 bytes) plus the printer, title and JSON around them. */
export const PRINT_JOB_BODY_LIMIT = Math.ceil(MAX_PRINT_PDF_BYTES / 3) * 4 + 64 * 1024;

/** The number of bytes a base64 text decodes to. */
function decodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** A printer this PC offers (CUPS, Windows, or HALL_PRINTER=pdf:DIR), with its own status text. */
export const PrinterView = z.object({
  name: z.string(),
  kind: z.enum(['cups', 'windows', 'pdf-folder']),
  isDefault: z.boolean(),
  state: z.enum(['idle', 'printing', 'stopped', 'unknown']),
  message: z.string().nullable(),
});
export type PrinterView = z.infer<typeof PrinterView>;

export const PrinterList = z.object({ items: z.array(PrinterView) });

export const PrintJobRequest = z.strictObject({
  /** null: the PC's configured printer (HALL_PRINTER), else the OS default. */
  printer: z.string().trim().min(1).max(200).nullable(),
  pdfBase64: z
    .base64('不是有效的 Base64 编码')
    .min(1)
    .refine((s) => decodedBytes(s) <= MAX_PRINT_PDF_BYTES, `超过 ${MAX_PRINT_PDF_BYTES / 1024 / 1024} MB 上限`)
    // "%PDF-" in base64: anything else would come out of the printer as pages of garbage.
    .refine((s) => s.startsWith('JVBERi0'), '不是 PDF 文件'),
  /** The job's name in the printer's queue. */
  title: z.string().trim().min(1).max(200),
});
export type PrintJobRequest = z.infer<typeof PrintJobRequest>;

/** `completed`: the spooler finished the job; `written`: the PDF folder holds it (`detail` is the file). */
export const PrintJobView = z.object({
  printer: z.string(),
  jobId: z.string(),
  state: z.enum(['completed', 'written']),
  detail: z.string().nullable(),
});
export type PrintJobView = z.infer<typeof PrintJobView>;
