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
