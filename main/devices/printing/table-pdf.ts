import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { TablePdfRequest } from '../../contract/printing';
import { fitText, type FontMetrics } from '../../domain/printing/fit';
import { PT_PER_MM } from '../../domain/printing/layout';
import { fontkitFor, type PrintFont } from './font';

/**
 * Report tables on A4 landscape in the office's font: columns sized to their widest text, every cell's text fitted
 * (shrunk, then wrapped: never clipped), the heading repeated on each page, page numbers at the foot.
 */
const PAGE = { width: 297 * PT_PER_MM, height: 210 * PT_PER_MM };
const MARGIN = 12 * PT_PER_MM;
const SIZE = 8;
const MIN_SIZE = 5;
const PAD = 2;
const LINE = rgb(0.6, 0.6, 0.6);

interface Cursor { page: PDFPage; y: number }

function columnWidths(table: TablePdfRequest['tables'][number], widthOf: (t: string) => number): number[] {
  const natural = table.columns.map((title, i) => Math.max(widthOf(title), ...table.rows.slice(0, 500).map((r) => widthOf(String(r[i] ?? '')))) + 2 * PAD + 1);
  const available = PAGE.width - 2 * MARGIN;
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return natural.map((w) => w + (available - total) / natural.length);
  // Too wide: every column keeps at least its share, the wide ones give up the rest (their text wraps).
  const floor = available / natural.length / 2;
  const flexible = natural.map((w) => Math.max(0, w - floor));
  const spare = available - floor * natural.length;
  const flexTotal = flexible.reduce((a, b) => a + b, 0);
  return flexible.map((f) => floor + (flexTotal === 0 ? 0 : (f / flexTotal) * spare));
}

export async function renderTablesPdf(font: PrintFont, req: TablePdfRequest, at: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitFor(font));
  const f: PDFFont = await doc.embedFont(font.bytes, { subset: true });
  const metrics: FontMetrics = { widthOf: (t, s) => f.widthOfTextAtSize(t, s), ascent: font.ascent, descent: font.descent };
  const pages: PDFPage[] = [];
  const newPage = (): Cursor => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    return { page, y: PAGE.height - MARGIN };
  };
  const text = (c: Cursor, s: string, x: number, size: number) => c.page.drawText(s, { x, y: c.y - size * font.ascent, size, font: f });

  /** One row: each cell fitted into its width; the row is as tall as its tallest cell. */
  const row = (c: Cursor, cells: readonly string[], widths: readonly number[], numeric: readonly boolean[], bold: boolean) => {
    const fitted = cells.map((s, i) => {
      const r = fitText(s, { widthPt: widths[i]! - 2 * PAD, heightPt: 200, fontSize: SIZE, minFontSize: MIN_SIZE }, metrics);
      if (!r.ok) throw new Error(`cell too long: ${s.slice(0, 40)}`);
      return r;
    });
    const height = Math.max(...fitted.map((r) => (r.lines.length - 1) * r.lineHeight + r.size * (font.ascent + font.descent))) + 2 * PAD;
    let x = MARGIN;
    if (bold) c.page.drawRectangle({ x: MARGIN, y: c.y - height, width: widths.reduce((a, b) => a + b, 0), height, color: rgb(0.93, 0.93, 0.93) });
    fitted.forEach((r, i) => {
      r.lines.forEach((line, j) => {
        const w = f.widthOfTextAtSize(line, r.size);
        const lx = numeric[i] && !bold ? x + widths[i]! - PAD - w : x + PAD;
        c.page.drawText(line, { x: lx, y: c.y - PAD - r.size * font.ascent - j * r.lineHeight, size: r.size, font: f });
      });
      x += widths[i]!;
    });
    c.page.drawLine({ start: { x: MARGIN, y: c.y - height }, end: { x: x, y: c.y - height }, thickness: 0.3, color: LINE });
    c.y -= height;
    return height;
  };

  let c = newPage();
  text(c, req.title, MARGIN, 14);
  c.y -= 20;
  if (req.subtitle) {
    text(c, req.subtitle, MARGIN, 9);
    c.y -= 14;
  }
  for (const table of req.tables) {
    const widths = columnWidths(table, (t) => f.widthOfTextAtSize(t, SIZE));
    const numeric = table.columns.map((_, i) => table.numeric[i] ?? false);
    if (c.y < MARGIN + 60) c = newPage();
    c.y -= 6;
    text(c, table.name, MARGIN, 10.5);
    c.y -= 16;
    row(c, table.columns, widths, numeric, true);
    if (table.rows.length === 0) {
      text(c, '（无）', MARGIN + PAD, SIZE);
      c.y -= 14;
    }
    for (const r of table.rows) {
      const cells = table.columns.map((_, i) => String(r[i] ?? ''));
      if (c.y < MARGIN + 30) {
        c = newPage();
        row(c, table.columns, widths, numeric, true);
      }
      row(c, cells, widths, numeric, false);
    }
    c.y -= 8;
  }
  pages.forEach((p, i) => {
    const label = `第 ${i + 1} 页 / 共 ${pages.length} 页`;
    p.drawText(label, { x: PAGE.width - MARGIN - f.widthOfTextAtSize(label, 7), y: MARGIN / 2, size: 7, font: f });
  });
  doc.setTitle(req.title);
  doc.setCreator('婚姻收养登记系统');
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  return doc.save();
}
