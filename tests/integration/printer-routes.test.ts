import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PRINT_PDF_BYTES } from '../../main/contract/printing-devices';
import { api, tempDataDir } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { samplePdf } from '../helpers/sample-pdf';

let host: InProcHost;
let folder: string;
let printer: string;
let tokens: { admin: string; clerk: string; manager: string };
let pdfBase64: string;

beforeAll(async () => {
  folder = path.join(tempDataDir('hall-printed-'), 'pdf');
  printer = `pdf:${folder}`;
  host = await startInProcess({ env: { HALL_PRINTER: printer } });
  tokens = await setUpOffice(host.url);
  pdfBase64 = Buffer.from(await samplePdf(['Divorce certificate L110101-2026-000002'])).toString('base64');
});
afterAll(async () => host.close());

describe('the printers of this PC through the loopback device routes, with HALL_PRINTER=pdf:DIR', () => {
  it('lists the PDF folder printer to the desk and to the admin who sets printers up', async () => {
    for (const token of [tokens.clerk, tokens.manager, tokens.admin]) {
      const res = await api(host.url, token, 'GET', '/api/devices/printers');
      expect(res).toEqual({ status: 200, json: { items: [{ name: printer, kind: 'pdf-folder', isDefault: true, state: 'idle', message: null }] } });
    }
  });

  it('prints a registrar\'s PDF into the folder under the job\'s title, unchanged', async () => {
    const res = await api(host.url, tokens.clerk, 'POST', '/api/devices/printer/jobs', { printer: null, pdfBase64, title: '离婚证 L110101-2026-000002' });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ printer, state: 'written' });
    expect(res.json.jobId).toMatch(/^\d{8}-\d{6}-\d{3}-离婚证 L110101-2026-000002\.pdf$/);
    expect(res.json.detail).toBe(path.join(folder, res.json.jobId));
    expect(fs.readFileSync(res.json.detail).toString('base64')).toBe(pdfBase64);
  });

  it('tells the registrar a printer it does not have, with the printer\'s reason', async () => {
    const res = await api(host.url, tokens.manager, 'POST', '/api/devices/printer/jobs', { printer: 'Epson_LQ', pdfBase64, title: '结婚证' });
    expect(res).toEqual({ status: 502, json: { code: 'PRINTER_FAILED', message: `打印失败（Epson_LQ：本机没有这台打印机，只有 ${printer}）` } });
  });

  it('refuses what is not a PDF, naming the field, and prints nothing', async () => {
    const before = fs.readdirSync(folder).length;
    const notPdf = await api(host.url, tokens.clerk, 'POST', '/api/devices/printer/jobs', { printer: null, pdfBase64: Buffer.from('hello').toString('base64'), title: 'x' });
    expect(notPdf.status).toBe(422);
    expect(notPdf.json.violations).toEqual([{ code: 'FIELD_INVALID', field: 'pdfBase64', message: 'PDF 文件：不是 PDF 文件' }]);
    const garbled = await api(host.url, tokens.clerk, 'POST', '/api/devices/printer/jobs', { printer: null, pdfBase64: 'JVBERi0@@@', title: ' ' });
    expect(garbled.json.violations.map((v: { field: string; code: string }) => `${v.field} ${v.code}`).sort()).toEqual(['pdfBase64 FIELD_FORMAT', 'title FIELD_TOO_SHORT']);
    expect(fs.readdirSync(folder).length).toBe(before);
  });

  it('takes a PDF of up to 20 MB and refuses one byte more', async () => {
    const big = Buffer.alloc(MAX_PRINT_PDF_BYTES, 0x20);
    big.write('%PDF-1.7\n');
    const atLimit = await api(host.url, tokens.clerk, 'POST', '/api/devices/printer/jobs', { printer: null, pdfBase64: big.toString('base64'), title: 'big' });
    expect(atLimit.status, JSON.stringify(atLimit.json)).toBe(200);
    expect(fs.statSync(atLimit.json.detail).size).toBe(MAX_PRINT_PDF_BYTES);
    const over = Buffer.concat([big, Buffer.from(' ')]).toString('base64');
    const res = await api(host.url, tokens.clerk, 'POST', '/api/devices/printer/jobs', { printer: null, pdfBase64: over, title: 'big' });
    expect(res.status).toBe(422);
    expect(res.json.violations).toEqual([{ code: 'FIELD_INVALID', field: 'pdfBase64', message: 'PDF 文件：超过 20 MB 上限' }]);
  });

  it('lets only the desk print: the admin may look, not print', async () => {
    const res = await api(host.url, tokens.admin, 'POST', '/api/devices/printer/jobs', { printer: null, pdfBase64, title: 'x' });
    expect(res).toMatchObject({ status: 403, json: { code: 'AUTH_FORBIDDEN' } });
  });

  it('answers this PC only: a caller from the LAN is refused and nothing is printed', async () => {
    const before = fs.readdirSync(folder).length;
    const headers = { authorization: `Bearer ${tokens.clerk}` };
    const list = await host.app.inject({ method: 'GET', url: '/api/devices/printers', headers, remoteAddress: '192.168.1.20' });
    expect(list.statusCode).toBe(403);
    expect(list.json()).toMatchObject({ code: 'DEVICE_REMOTE' });
    const print = await host.app.inject({ method: 'POST', url: '/api/devices/printer/jobs', headers, remoteAddress: '192.168.1.20', payload: { printer: null, pdfBase64, title: 'x' } });
    expect(print.statusCode).toBe(403);
    expect(fs.readdirSync(folder).length).toBe(before);
  });
});
