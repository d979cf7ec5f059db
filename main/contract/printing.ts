import { z } from 'zod';
import { DOCUMENT_IDS } from '../domain/printing/documents';
import { STOCK_TYPES } from '../domain/printing/stock';

/**
 * A print template (resources/templates/*.json, or the office's own copy in the data folder's templates/):
 * the page in millimetres and, per field, its box (origin at the page's top-left corner), type size and
 * alignment. Booklets print only the fields (套打); A4 forms print their fixed text too.
 */
export const MmBox = z.strictObject({
  x: z.number().min(0).max(500),
  y: z.number().min(0).max(500),
  width: z.number().positive().max(500),
  height: z.number().positive().max(500),
});
export type MmBox = z.infer<typeof MmBox>;

const Align = z.enum(['left', 'center', 'right']);

export const TemplateText = z.strictObject({
  text: z.string().min(1),
  box: MmBox,
  fontSize: z.number().min(4).max(72).default(10.5),
  minFontSize: z.number().min(4).max(72).default(6),
  align: Align.default('left'),
});
export type TemplateText = z.infer<typeof TemplateText>;

export const TemplateField = z.strictObject({
  /** The value's name (documentValues in main/domain/printing/values.ts), or `photo` / `qr`. */
  key: z.string().regex(/^[A-Za-z0-9]+$/),
  /** The field's name as the booklet prints it, for messages and the preview. */
  label: z.string().min(1),
  kind: z.enum(['text', 'photo', 'qr']).default('text'),
  box: MmBox,
  fontSize: z.number().min(4).max(72).default(10.5),
  minFontSize: z.number().min(4).max(72).default(6),
  align: Align.default('left'),
  /** A field that may print empty (remarks); the others must have a value. */
  optional: z.boolean().default(false),
});
export type TemplateField = z.infer<typeof TemplateField>;

export const TemplateSchema = z.strictObject({
  id: z.enum(DOCUMENT_IDS),
  name: z.string().min(1),
  paper: z.enum(['booklet', 'a4']),
  page: z.strictObject({ width: z.number().positive().max(500), height: z.number().positive().max(500) }),
  stock: z.enum(STOCK_TYPES).nullable(),
  /** Printed on every copy (the text of a form). */
  fixed: z.array(TemplateText).default([]),
  /** Already printed on the booklet: drawn on screen previews and calibration only, never printed. */
  background: z.array(TemplateText).default([]),
  fields: z.array(TemplateField).min(1),
});
export type Template = z.infer<typeof TemplateSchema>;

/** A printer's correction, measured from the calibration page: mm added after scaling. */
export const CalibrationSchema = z.strictObject({
  offsetX: z.number().min(-30).max(30).default(0),
  offsetY: z.number().min(-30).max(30).default(0),
  scaleX: z.number().min(0.9).max(1.1).default(1),
  scaleY: z.number().min(0.9).max(1.1).default(1),
});
export type Calibration = z.infer<typeof CalibrationSchema>;
export const NO_CALIBRATION: Calibration = { offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1 };

/** The office's printing settings: the font, each window's printer, each printer's calibration. */
export const PrintSettingsSchema = z.strictObject({
  /** A TrueType font file (.ttf or .ttc); null: the OS's Song/Ming face. */
  fontFile: z.string().trim().min(1).max(400).nullable().default(null),
  fontIndex: z.number().int().min(0).max(64).default(0),
  /** Window id → the printer its certificates go to (a CUPS/Windows printer name, or pdf:DIR). */
  windowPrinters: z.record(z.string().regex(/^\d+$/), z.string().trim().min(1).max(200)).default({}),
  calibrations: z.record(z.string().min(1).max(200), CalibrationSchema).default({}),
  /** Print the verification QR code on certificates (needs the office's SM2 key). */
  qrEnabled: z.boolean().default(true),
});
export type PrintSettings = z.infer<typeof PrintSettingsSchema>;

export const PrintFontView = z.object({ ok: z.boolean(), file: z.string().nullable(), name: z.string().nullable(), problem: z.string().nullable() });
export const PrintSettingsView = z.object({ settings: PrintSettingsSchema, font: PrintFontView, qrKeyConfigured: z.boolean() });

export const DocumentRequest = z.strictObject({
  document: z.enum(DOCUMENT_IDS),
  holder: z.number().int().min(0).max(10).nullable(),
  /** The printer the copy goes to: its calibration is applied. */
  printer: z.string().trim().min(1).max(200).nullable().default(null),
  /** The window whose blanks a certificate consumes. */
  windowId: z.number().int().positive().nullable().default(null),
});
export type DocumentRequest = z.infer<typeof DocumentRequest>;

export const PrintUseView = z.object({
  id: z.number().int(),
  serial: z.string(),
  outcome: z.enum(['printed', 'spoiled']),
  document: z.string().nullable(),
  holderPosition: z.number().int().nullable(),
  usedAt: z.string(),
  usedBy: z.string(),
  note: z.string(),
  printer: z.string().nullable(),
  sha256: z.string().nullable(),
});

export const PrintableView = z.object({
  document: z.enum(DOCUMENT_IDS),
  name: z.string(),
  holder: z.number().int().nullable(),
  holderName: z.string().nullable(),
  stock: z.enum(STOCK_TYPES).nullable(),
  paper: z.enum(['booklet', 'a4']),
});
export const CasePrintsView = z.object({
  printables: z.array(PrintableView),
  uses: z.array(PrintUseView),
});

export const RenderedDocument = z.object({
  pdfBase64: z.string(),
  title: z.string(),
  /** Present when a certificate consumed a blank. */
  use: PrintUseView.nullable(),
  /** The text of the certificate's verification QR code, when one was printed. */
  verificationCode: z.string().nullable(),
  /** What the registrar should know (no photo on file, no QR key). */
  notes: z.array(z.string()),
});

export const CalibrationPageQuery = z.object({ printer: z.string().trim().min(1).max(200).optional() });

/**
 * Where the calibration page's two crosses came out, measured on paper with a ruler from the sheet's top and
 * left edges (mm); they are printed at (20, 20) and (190, 277).
 */
export const CalibrationMeasurement = z.strictObject({
  printer: z.string().trim().min(1).max(200),
  topLeft: z.strictObject({ x: z.number().min(0).max(60), y: z.number().min(0).max(60) }),
  bottomRight: z.strictObject({ x: z.number().min(150).max(230), y: z.number().min(230).max(320) }),
});

export const VerifyQuery = z.object({ code: z.string().trim().min(10).max(600) });
export const VerifyResult = z.object({
  signatureValid: z.boolean(),
  certificateNumber: z.string().nullable(),
  registrationDate: z.string().nullable(),
  holderIdMasked: z.string().nullable(),
  officeCode: z.string().nullable(),
  standing: z.enum(['stands', 'revoked', 'dissolved', 'replaced', 'unknown', 'mismatch', 'invalid']),
  message: z.string(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

/** Tables the screen already shows, to be set as an A4 PDF in the office's font (reports for the county bureau). */
export const TablePdfRequest = z.strictObject({
  title: z.string().trim().min(1).max(100),
  subtitle: z.string().trim().max(200).default(''),
  tables: z.array(z.strictObject({
    name: z.string().trim().min(1).max(60),
    columns: z.array(z.string().max(40)).min(1).max(20),
    numeric: z.array(z.boolean()).max(20).default([]),
    rows: z.array(z.array(z.union([z.string().max(300), z.number()])).max(20)).max(5000),
  })).min(1).max(10),
});
export type TablePdfRequest = z.infer<typeof TablePdfRequest>;
