import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { MM, pdfWords } from '../helpers/pdf';

let host: InProcHost;
let manager: string;
beforeAll(async () => {
  host = await startInProcess();
  ({ manager } = await setUpOffice(host.url));
});
afterAll(async () => host.close());

describe('report tables as a PDF', () => {
  it('sets a long table over several A4 pages in the office font, every word on the page and inside the margins, headings repeated', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`J${String(i + 1).padStart(7, '0')}`, '结婚证', i % 7 === 0 ? '阿卜杜热合曼·买买提明·艾则孜·库尔班江·吐尔逊（打印错误，重打于下一张）' : '已打印', i]);
    const out = await api(host.url, manager, 'POST', '/api/printing/table-pdf', {
      title: '空白证书月度核对 · 2026年11月', subtitle: '东城区民政局婚姻登记处 · 2026-11-01 至 2026-11-30',
      tables: [{ name: '使用明细', columns: ['印制号', '证书', '说明', '序号'], numeric: [false, false, false, true], rows }],
    });
    expect(out.status).toBe(200);
    const words = pdfWords(Buffer.from(out.json.pdfBase64, 'base64'));
    const pages = Math.max(...words.map((w) => w.page));
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) expect(words.filter((w) => w.page === p && w.text === '印制号').length).toBe(1);
    expect(words.map((w) => w.text)).toEqual(expect.arrayContaining(['J0000001', 'J0000120', '共']));
    for (const w of words) {
      expect(w.xMin).toBeGreaterThanOrEqual(5 * MM);
      expect(w.xMax).toBeLessThanOrEqual(292 * MM);
      expect(w.yMax).toBeLessThanOrEqual(205 * MM);
    }
  });

  it('refuses a request without tables, naming the field', async () => {
    const out = await api(host.url, manager, 'POST', '/api/printing/table-pdf', { title: 'x', tables: [] });
    expect(out.status).toBe(422);
    expect(out.json.violations[0].field).toBe('tables');
  });
});
