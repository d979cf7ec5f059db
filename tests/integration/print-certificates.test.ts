import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOfficeKey } from '../../main/exchange/signing';
import { runHall, tempDataDir } from '../helpers/host';
import { assignRange, receiveBatch } from '../../main/store/stock/movements';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { MM, pdfWords } from '../helpers/pdf';

let host: InProcHost;
let clerk: string;
let manager: string;
let windowId: number;
let emptyWindowId: number;
const key = generateOfficeKey();
const by = { actor: 'boss', at: '2026-11-23T01:00:00.000Z', on: '2026-11-23' };

beforeAll(async () => {
  host = await startInProcess({ env: { HALL_PROVINCE_KEY: key.privateKey }, statusChecker: fakeProvince() });
  ({ clerk, manager } = await setUpOffice(host.url));
  windowId = (await api(host.url, manager, 'POST', '/api/queue/windows', { number: 1, name: '结婚登记', services: ['marriage'] })).json.id;
  emptyWindowId = (await api(host.url, manager, 'POST', '/api/queue/windows', { number: 2, name: '离婚登记', services: ['divorce_application'] })).json.id;
  const batch = receiveBatch(host.db, { type: 'marriage', prefix: 'AJ', from: 1001, to: 1100, digits: 8, receivedOn: '2026-11-23', receivedBy: 'boss', note: '' }, by);
  assignRange(host.db, { batchId: batch.id, from: 1001, to: 1010, windowId }, by);
});
afterAll(async () => host.close());

const print = (caseId: number, body: object) => api(host.url, clerk, 'POST', `/api/cases/${caseId}/documents/print`, { printer: null, windowId: null, ...body });

describe('printing the certificates of a registered marriage', () => {
  it('lists both 结婚证 and the forms; a preview consumes no blank; each print takes the window\'s next serial and files its PDF', async () => {
    const m = await marry(host.url, clerk, '印');
    const listed = await api(host.url, clerk, 'GET', `/api/cases/${m.caseId}/prints`);
    expect(listed.json.printables.filter((p: { document: string }) => p.document === 'marriage-certificate')).toEqual([
      expect.objectContaining({ holder: 0, holderName: m.husband.name, stock: 'marriage', paper: 'booklet' }),
      expect.objectContaining({ holder: 1, holderName: m.wife.name, stock: 'marriage', paper: 'booklet' }),
    ]);
    expect(listed.json.printables.map((p: { document: string }) => p.document)).toEqual(expect.arrayContaining(['marriage-declaration', 'review-form']));

    const preview = await api(host.url, clerk, 'POST', `/api/cases/${m.caseId}/documents/preview`, { document: 'marriage-certificate', holder: 0 });
    expect(preview.status).toBe(200);
    expect(pdfWords(Buffer.from(preview.json.pdfBase64, 'base64')).map((w) => w.text)).toEqual(expect.arrayContaining(['持证人', m.husband.name, m.certificateNumber]));
    expect((await api(host.url, clerk, 'GET', `/api/cases/${m.caseId}/prints`)).json.uses).toEqual([]);

    const first = await print(m.caseId, { document: 'marriage-certificate', holder: 0, windowId });
    expect(first.status).toBe(200);
    expect(first.json.use).toMatchObject({ serial: 'AJ00001001', outcome: 'printed', holderPosition: 0 });
    const pdf = Buffer.from(first.json.pdfBase64, 'base64');
    const words = pdfWords(pdf).map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining([m.husband.name, m.wife.name, m.certificateNumber]));
    expect(words).not.toContain('持证人'); // the booklet's own print is not printed again
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect(first.json.use.sha256).toBe(sha);
    const c = (await api(host.url, clerk, 'GET', `/api/cases/${m.caseId}`)).json;
    expect(c.archive).toEqual([expect.objectContaining({ kind: 'certificate', sha256: sha })]);
    const audit = host.db.prepare(`SELECT action, detail FROM audit WHERE detail LIKE ?`).all(`%${sha}%`) as { action: string }[];
    expect(audit.map((a) => a.action).sort()).toEqual(['archive.add', 'stock.print']);

    const second = await print(m.caseId, { document: 'marriage-certificate', holder: 1, windowId });
    expect(second.json.use.serial).toBe('AJ00001002');
    expect(pdfWords(Buffer.from(second.json.pdfBase64, 'base64')).find((w) => w.text === m.wife.name)).toBeTruthy();
  });

  it('signs a QR code that the verification page accepts, and refuses one changed by a character', async () => {
    const m = await marry(host.url, clerk, '码');
    const out = await print(m.caseId, { document: 'marriage-certificate', holder: 1, windowId });
    const code = out.json.verificationCode as string;
    expect(code).toMatch(new RegExp(`^HV1\\|${m.certificateNumber}\\|\\d{4}-\\d{2}-\\d{2}\\|\\d{6}\\*+\\w{4}\\|110101001\\|[0-9a-f]{128}$`));
    const ok = await api(host.url, null, 'GET', `/api/verify?code=${encodeURIComponent(code)}`);
    expect(ok.json).toMatchObject({ signatureValid: true, standing: 'stands', certificateNumber: m.certificateNumber });
    const forged = code.replace(m.certificateNumber, m.certificateNumber.replace(/\d$/, (d) => String((Number(d) + 1) % 10)));
    expect((await api(host.url, null, 'GET', `/api/verify?code=${encodeURIComponent(forged)}`)).json).toMatchObject({ signatureValid: false, standing: 'invalid' });

    // `hall verify` offline: on this office's data folder it reads the records; elsewhere, with the public key only, the signature
    const here = await runHall(['verify', code], { HALL_DATA_DIR: host.dataDir, HALL_PROVINCE_KEY: key.privateKey });
    expect(here.code).toBe(0);
    expect(here.out).toContain('证书真实有效');
    const away = await runHall(['verify', code, '--public-key', key.publicKey], { HALL_DATA_DIR: tempDataDir() });
    expect(away.out).toContain('签名有效');
    expect((await runHall(['verify', forged, '--public-key', key.publicKey], { HALL_DATA_DIR: tempDataDir() })).code).toBe(1);
  });

  it('refuses with CERT_STOCK_EMPTY at a window without blanks, files nothing, and prints forms without a blank', async () => {
    const m = await marry(host.url, clerk, '空');
    const refused = await print(m.caseId, { document: 'marriage-certificate', holder: 0, windowId: emptyWindowId });
    expect(refused.status).toBe(422);
    expect(refused.json.violations).toEqual([expect.objectContaining({ code: 'CERT_STOCK_EMPTY' })]);
    expect((await api(host.url, clerk, 'GET', `/api/cases/${m.caseId}`)).json.archive).toEqual([]);
    const form = await print(m.caseId, { document: 'marriage-declaration', holder: 0 });
    expect(form.status).toBe(200);
    expect(form.json.use).toBeNull();
    expect(pdfWords(Buffer.from(form.json.pdfBase64, 'base64')).map((w) => w.text)).toContain('申请结婚登记声明书');
  });

  it('refuses a document the case cannot carry: no 离婚证 for a marriage', async () => {
    const m = await marry(host.url, clerk, '错');
    const r = await print(m.caseId, { document: 'divorce-certificate', holder: 0, windowId });
    expect(r.status).toBe(422);
    expect(r.json.violations[0].code).toBe('PRINT_NOT_PRINTABLE');
  });

  it('applies a printer\'s calibration measured from the calibration page', async () => {
    const page = await api(host.url, clerk, 'GET', '/api/printing/calibration-page?printer=HallPDF');
    expect(pdfWords(Buffer.from(page.json.pdfBase64, 'base64')).map((w) => w.text).join('')).toContain('打印机校准页');
    // this printer puts everything 2 mm right and 1 mm low, and stretches 1% across
    const cal = await api(host.url, clerk, 'POST', '/api/printing/calibration', { printer: 'HallPDF', topLeft: { x: 22.2, y: 21 }, bottomRight: { x: 193.9, y: 278 } });
    expect(cal.json.settings.calibrations.HallPDF).toEqual({ scaleX: 0.9901, scaleY: 1, offsetX: -1.98, offsetY: -1 });
    const m = await marry(host.url, clerk, '校');
    const plain = await api(host.url, clerk, 'POST', `/api/cases/${m.caseId}/documents/preview`, { document: 'marriage-certificate', holder: 0 });
    const corrected = await api(host.url, clerk, 'POST', `/api/cases/${m.caseId}/documents/preview`, { document: 'marriage-certificate', holder: 0, printer: 'HallPDF' });
    const find = (b64: string) => pdfWords(Buffer.from(b64, 'base64')).find((w) => w.text === m.certificateNumber)!;
    const a = find(plain.json.pdfBase64);
    const b = find(corrected.json.pdfBase64);
    // the box starts at x = 36 mm: drawn at 36 × 0.9901 − 1.98 mm, the printer's ×1.01 + 2 mm puts it back at 36 mm
    expect(b.xMin - a.xMin).toBeCloseTo((36 * 0.9901 - 1.98 - 36) * MM, 1);
    expect(((36 * 0.9901 - 1.98) * 1.01 + 2)).toBeCloseTo(36, 2);
    expect(b.yMin - a.yMin).toBeCloseTo(-1 * MM, 1);
  });
});
