import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Violation } from '../../domain/case-types';
import { layoutDocument, type Correction, type Layout, type PlacedImage, type TemplateSpec } from '../../domain/printing/layout';
import { fontkitFor, type PrintFont } from './font';
import { qrModules } from './qr';

/**
 * The one renderer: a filled template to PDF bytes, the same for the screen's preview (with the booklet's
 * pre-printed text underneath), the printer and the archive. Text is laid out by the domain (layout.ts) with
 * this font's metrics, so what is checked is what is drawn.
 */
export interface RenderRequest {
  readonly template: TemplateSpec & { readonly name: string };
  readonly values: Readonly<Record<string, string>>;
  readonly font: PrintFont;
  readonly correction: Correction;
  /** Draw the booklet's pre-printed labels and the field boxes (screen only). */
  readonly background: boolean;
  readonly photo: { readonly bytes: Uint8Array; readonly format: 'jpg' | 'png' } | null;
  /** The verification QR code's text; null leaves the box empty. */
  readonly qr: string | null;
  readonly title: string;
  /** Written as the PDF's dates, so the same print renders to the same bytes. */
  readonly at: Date;
}

export type RenderOutcome = { readonly ok: true; readonly pdf: Uint8Array; readonly layout: Layout } | { readonly ok: false; readonly violations: readonly Violation[] };

const INK = rgb(0, 0, 0);
const PREPRINTED = rgb(0.75, 0.2, 0.2);
const GUIDE = rgb(0.55, 0.7, 0.9);

function drawQr(page: PDFPage, box: PlacedImage['box'], text: string, pageHeight: number): void {
  const { size, dark } = qrModules(text);
  const side = Math.min(box.width, box.height);
  const cell = side / size;
  const left = box.x + (box.width - side) / 2;
  const top = box.y + (box.height - side) / 2;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark(row, col)) { col++; continue; }
      const start = col;
      while (col < size && dark(row, col)) col++;
      page.drawRectangle({ x: left + start * cell, y: pageHeight - top - (row + 1) * cell, width: (col - start) * cell, height: cell, color: INK });
    }
  }
}

async function drawPhoto(doc: PDFDocument, page: PDFPage, box: PlacedImage['box'], photo: NonNullable<RenderRequest['photo']>, pageHeight: number): Promise<void> {
  const image = photo.format === 'png' ? await doc.embedPng(photo.bytes) : await doc.embedJpg(photo.bytes);
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: box.x + (box.width - w) / 2, y: pageHeight - box.y - (box.height + h) / 2, width: w, height: h });
}

function drawGuides(page: PDFPage, layout: Layout, pageHeight: number): void {
  for (const t of layout.texts.filter((x) => x.layer === 'field')) {
    page.drawRectangle({ x: t.box.x, y: pageHeight - t.box.y - t.box.height, width: t.box.width, height: t.box.height, borderColor: GUIDE, borderWidth: 0.4 });
  }
  for (const i of layout.images) {
    page.drawRectangle({ x: i.box.x, y: pageHeight - i.box.y - i.box.height, width: i.box.width, height: i.box.height, borderColor: GUIDE, borderWidth: 0.4, borderDashArray: [2, 2] });
  }
}

function drawTexts(page: PDFPage, layout: Layout, font: PDFFont, pageHeight: number): void {
  for (const t of layout.texts) {
    const color = t.layer === 'background' ? PREPRINTED : INK;
    for (const line of t.lines) page.drawText(line.text, { x: line.x, y: pageHeight - line.baseline, size: line.size, font, color });
  }
}

export async function renderDocument(req: RenderRequest): Promise<RenderOutcome> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitFor(req.font));
  const font = await doc.embedFont(req.font.bytes, { subset: true });
  const metrics = { widthOf: (text: string, size: number) => font.widthOfTextAtSize(text, size), ascent: req.font.ascent, descent: req.font.descent };
  const layout = layoutDocument(req.template, req.values, { metrics, hasGlyph: req.font.hasGlyph, correction: req.correction, background: req.background });
  if (layout.violations.length > 0) return { ok: false, violations: layout.violations };
  const page = doc.addPage([layout.widthPt, layout.heightPt]);
  const h = layout.heightPt;
  if (req.background) {
    page.drawRectangle({ x: 0, y: 0, width: layout.widthPt, height: h, color: rgb(1, 0.97, 0.94) });
    drawGuides(page, layout, h);
  }
  drawTexts(page, layout, font, h);
  for (const image of layout.images) {
    if (image.kind === 'qr' && req.qr) drawQr(page, image.box, req.qr, h);
    if (image.kind === 'photo' && req.photo) await drawPhoto(doc, page, image.box, req.photo, h);
  }
  doc.setTitle(req.title);
  doc.setCreator('婚姻收养登记系统');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(req.at);
  doc.setModificationDate(req.at);
  return { ok: true, pdf: await doc.save(), layout };
}
