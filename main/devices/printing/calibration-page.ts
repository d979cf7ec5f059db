import { PDFDocument, rgb } from 'pdf-lib';
import { CALIBRATION_MARKS } from '../../domain/printing/calibration';
import { PT_PER_MM } from '../../domain/printing/layout';
import { fontkitFor, type PrintFont } from './font';

const A4 = { width: 210, height: 297 };

/**
 * The calibration sheet: a 10 mm grid with a millimetre ruler along the top and left edges and two crosses at
 * known places. Printed uncorrected on plain A4; the registrar measures where the crosses came out.
 */
export async function renderCalibrationPage(font: PrintFont, printer: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitFor(font));
  const f = await doc.embedFont(font.bytes, { subset: true });
  const page = doc.addPage([A4.width * PT_PER_MM, A4.height * PT_PER_MM]);
  const H = A4.height * PT_PER_MM;
  const at = (x: number, y: number) => ({ x: x * PT_PER_MM, y: H - y * PT_PER_MM });
  const line = (x1: number, y1: number, x2: number, y2: number, thickness: number, grey: number) =>
    page.drawLine({ start: at(x1, y1), end: at(x2, y2), thickness, color: rgb(grey, grey, grey) });
  for (let x = 10; x < A4.width; x += 10) line(x, 10, x, A4.height - 10, 0.3, 0.75);
  for (let y = 10; y < A4.height; y += 10) line(10, y, A4.width - 10, y, 0.3, 0.75);
  for (let mm = 0; mm <= A4.width; mm++) line(mm, 0, mm, mm % 10 === 0 ? 6 : mm % 5 === 0 ? 4 : 2.5, 0.3, 0);
  for (let mm = 0; mm <= A4.height; mm++) line(0, mm, mm % 10 === 0 ? 6 : mm % 5 === 0 ? 4 : 2.5, mm, 0.3, 0);
  for (let mm = 20; mm < A4.width; mm += 20) page.drawText(String(mm), { ...at(mm + 0.6, 9), size: 6, font: f });
  for (let mm = 20; mm < A4.height; mm += 20) page.drawText(String(mm), { ...at(6.5, mm - 0.6), size: 6, font: f });
  for (const [name, p] of Object.entries(CALIBRATION_MARKS)) {
    line(p.x - 6, p.y, p.x + 6, p.y, 0.4, 0);
    line(p.x, p.y - 6, p.x, p.y + 6, 0.4, 0);
    page.drawCircle({ ...at(p.x, p.y), size: 2 * PT_PER_MM, borderColor: rgb(0, 0, 0), borderWidth: 0.4 });
    const label = name === 'topLeft' ? `十字 A（应在 ${p.x}, ${p.y} mm）` : `十字 B（应在 ${p.x}, ${p.y} mm）`;
    page.drawText(label, { ...at(name === 'topLeft' ? p.x + 4 : p.x - 48, p.y + (name === 'topLeft' ? 8 : -4)), size: 8, font: f });
  }
  const lines = [
    `打印机校准页 · ${printer}`,
    '请用普通 A4 纸、100% 比例（不要“适合页面”）打印本页，然后用直尺量出：',
    '十字 A、十字 B 的中心到纸张左边缘的距离（x）和到上边缘的距离（y），单位毫米，',
    '填入「打印设置 → 校准」，系统据此计算该打印机的偏移与缩放。',
  ];
  lines.forEach((text, i) => page.drawText(text, { ...at(40, 120 + i * 8), size: i === 0 ? 14 : 10, font: f }));
  doc.setTitle(`打印机校准页 ${printer}`);
  return doc.save();
}
