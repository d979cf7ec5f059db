// Rendering one 结婚证 to PDF: the holder's values laid out and fitted, the font subset and embedded, the signed
// QR code drawn, the document saved — what a registrar waits for between 打印 and the printer starting.
// The first render also parses the OS font file (cached after it).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NO_CALIBRATION } from '../main/contract/printing';
import { loadPrintFont } from '../main/devices/printing/font';
import { renderDocument } from '../main/devices/printing/render';
import { loadTemplates } from '../main/devices/printing/templates';
import { qrSignedText, qrText } from '../main/domain/printing/verification';
import { generateOfficeKey, signCanonical } from '../main/exchange/signing';
import { quantiles } from './quantiles';

export async function runPrintBench(opts: { n?: number; out?: (line: string) => void } = {}): Promise<void> {
  const n = opts.n ?? 300;
  const out = opts.out ?? ((line: string) => console.log(line));
  const template = loadTemplates([path.resolve('resources/templates')]).get('marriage-certificate')!;
  const key = generateOfficeKey();
  const values = (i: number) => ({
    holder: '阿卜杜热合曼·买买提明', registrationDate: '2026年05月20日', certificateNumber: `J110101-2026-${String(i + 1).padStart(6, '0')}`,
    remarks: '当事人双方均为少数民族，依照自治区变通规定办理。',
    p1Name: '阿卜杜热合曼·买买提明', p1Sex: '男', p1Nationality: '中国', p1BirthDate: '1988年12月31日', p1IdNumber: '650102198812311234',
    p2Name: '欧阳娜娜', p2Sex: '女', p2Nationality: '中国', p2BirthDate: '1997年08月02日', p2IdNumber: '110105199708020026',
  });
  const render = async (i: number, signQr: boolean) => {
    const claims = { certificateNumber: values(i).certificateNumber, registrationDate: '2026-05-20', holderIdMasked: '650102********1234', officeCode: '110101001' };
    const qr = signQr ? qrText(claims, signCanonical(qrSignedText(claims), key)) : null;
    const r = await renderDocument({ template, values: values(i), font: loadPrintFont({ file: null, index: 0 }), correction: NO_CALIBRATION, background: false, photo: null, qr, title: 't', at: new Date() });
    if (!r.ok) throw new Error(JSON.stringify(r.violations));
    return r.pdf.length;
  };
  const t0 = performance.now();
  const size = await render(0, true);
  const cold = performance.now() - t0;
  for (let i = 0; i < 20; i++) await render(i, true);
  const withQr: number[] = [];
  const withoutQr: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    await render(i, true);
    withQr.push(performance.now() - a);
    const b = performance.now();
    await render(i, false);
    withoutQr.push(performance.now() - b);
  }
  const q = quantiles(withQr);
  const p = quantiles(withoutQr);
  out(`Certificate rendering (结婚证, ${n} renders, ${(size / 1024).toFixed(1)} KiB PDF with the font subset embedded, font ${loadPrintFont({ file: null, index: 0 }).postscriptName})`);
  out(`  with the signed QR code: median ${q.median.toFixed(1)} ms, p99 ${q.p99.toFixed(1)} ms`);
  out(`  without the QR code:     median ${p.median.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms (the difference is the SM2 signature in plain JS and the QR drawing)`);
  out(`  first render after start (font file read and parsed): ${cold.toFixed(0)} ms`);
}
