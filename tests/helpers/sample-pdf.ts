import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A one-page A4 PDF with each line of Latin text, for printing tests that check the text came through. */
export async function samplePdf(lines: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((text, i) => page.drawText(text, { x: 56, y: 760 - i * 24, size: 14, font }));
  return doc.save();
}
