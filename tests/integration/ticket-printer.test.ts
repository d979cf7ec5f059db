import net from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, freePort } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { setUpOffice } from '../helpers/office';
import { residentId } from '../helpers/people';
import { person } from '../helpers/queue';

let host: InProcHost;
let manager: string;
let printer: net.Server;
let printerPort: number;
const received: Buffer[] = [];

beforeAll(async () => {
  host = await startInProcess();
  ({ manager } = await setUpOffice(host.url));
  await api(host.url, manager, 'POST', '/api/queue/windows', { number: 1, name: '综合窗口', services: ['reissue', 'marriage'] });
  // A network ESC/POS printer: it takes the bytes and closes, as a JetDirect port does.
  printer = net.createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => received.push(Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => printer.listen(0, '127.0.0.1', resolve));
  printerPort = (printer.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await host.close();
  printer.close();
});

describe('ticket printing at a kiosk', () => {
  it('sends the ticket to the kiosk\'s ESC/POS printer, Chinese in the GB code page, and cuts the paper', async () => {
    const kiosk = (await api(host.url, manager, 'POST', '/api/hall-devices', { kind: 'kiosk', name: '自助机', printer: `tcp:127.0.0.1:${printerPort}` })).json.token;
    const t = await api(host.url, kiosk, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [person(residentId('1980-01-01', 'male'), '钱一', 'reader')] });
    const res = await api(host.url, kiosk, 'POST', `/api/queue/tickets/${t.json.id}/print`);
    expect(res.json).toEqual({ outcome: 'printed', printer: `tcp:127.0.0.1:${printerPort}` });
    await expect.poll(() => received.length).toBe(1);
    const bytes = received[0]!;
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0x1b, 0x52, 0x0f])); // ESC R 15: the Chinese character set
    for (const text of ['东城区民政局婚姻登记处', '补领证书', '您前面还有 0 人等候']) expect(bytes.includes(iconv.encode(text, 'gb2312'))).toBe(true);
    expect(bytes.includes(Buffer.from('D001'))).toBe(true);
    expect(bytes.includes(Buffer.from([0x1d, 0x56]))).toBe(true); // GS V: cut
  });

  it('tells the kiosk the printer\'s own reason when it cannot print', async () => {
    const dead = await freePort();
    const kiosk = (await api(host.url, manager, 'POST', '/api/hall-devices', { kind: 'kiosk', name: '坏打印机', printer: `tcp:127.0.0.1:${dead}` })).json.token;
    const t = await api(host.url, kiosk, 'POST', '/api/queue/tickets', { service: 'reissue', persons: [person(residentId('1981-01-01', 'male'), '孙二', 'reader')] });
    const res = await api(host.url, kiosk, 'POST', `/api/queue/tickets/${t.json.id}/print`);
    expect(res.status).toBe(502);
    expect(res.json.code).toBe('PRINTER_FAILED');
    expect(res.json.message).toMatch(/打印失败（打印机 tcp:127\.0\.0\.1:\d+ 连接失败：.*ECONNREFUSED/);
  });

  it('refuses a printer setting it cannot use', async () => {
    const res = await api(host.url, manager, 'POST', '/api/hall-devices', { kind: 'kiosk', name: 'x', printer: 'lpt1' });
    expect(res.status).toBe(422);
    expect(res.json.violations[0].field).toBe('printer');
  });
});
