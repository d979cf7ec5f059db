import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ipp from 'ipp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cupsPrinterSystem } from '../../main/devices/printing/printers/cups';
import { PrintJobError } from '../../main/devices/printing/printers';
import { freePort } from '../helpers/host';
import { samplePdf } from '../helpers/sample-pdf';

/**
 * The IPP layer against a scripted CUPS: the operations and attributes the hall sends, and the reason it
 * reports for each answer. The real cupsd is in print-cups.test.ts; this one scripts what cupsd rarely does on cue.
 */
interface Received {
  readonly code: number;
  readonly resource: string;
  readonly attrs: Record<string, unknown>;
  /** The whole request: attributes, then the document. */
  readonly body: Buffer;
}
type Attrs = Record<string, unknown>;
interface Answer {
  readonly status?: string;
  readonly message?: string;
  readonly printers?: Attrs[];
  readonly job?: Attrs;
}

const OP = { printJob: 0x02, cancelJob: 0x08, getJob: 0x09, getPrinter: 0x0b, getDefault: 0x4001, getPrinters: 0x4002 } as const;

/** ipp.serialize writes one group per tag; CUPS-Get-Printers answers one printer group per printer. */
function answerBytes(id: number, a: Answer): Buffer {
  const operation = { 'attributes-charset': 'utf-8', 'attributes-natural-language': 'en', ...(a.message ? { 'status-message': a.message } : {}) };
  const head = ipp.serialize({ statusCode: a.status ?? 'successful-ok', id, 'operation-attributes-tag': operation, ...(a.job ? { 'job-attributes-tag': a.job } : {}) } as never);
  const printerGroups = (a.printers ?? []).map((p) => ipp.serialize({ statusCode: 'successful-ok', id, 'printer-attributes-tag': p } as never).subarray(8, -1));
  return Buffer.concat([head.subarray(0, -1), ...printerGroups, Buffer.from([0x03])]);
}

function readRequest(body: Buffer, resource: string): Received {
  const attrs = (ipp.parse(body)['operation-attributes-tag'] ?? {}) as Attrs;
  return { code: body.readUInt16BE(2), resource, attrs, body };
}

let server: http.Server;
let port: number;
let received: Received[] = [];
let script: (r: Received) => Answer = () => ({});

function listen(srv: http.Server, where: number | string): Promise<void> {
  return new Promise((resolve) => (typeof where === 'number' ? srv.listen(where, '127.0.0.1', resolve) : srv.listen(where, resolve)));
}
function fakeCups(): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const r = readRequest(body, req.url ?? '');
      received.push(r);
      res.writeHead(200, { 'content-type': 'application/ipp' });
      res.end(answerBytes(body.readUInt32BE(4), script(r)));
    });
  });
}

beforeAll(async () => {
  server = fakeCups();
  await listen(server, 0);
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => server.close());
afterEach(() => {
  received = [];
});

const epson = { 'printer-name': 'Epson_LQ', 'printer-state': 'idle', 'printer-state-message': '', 'printer-state-reasons': 'none', 'printer-is-accepting-jobs': true };
const stopped = { ...epson, 'printer-name': 'Old_HP', 'printer-state': 'stopped', 'printer-state-message': 'Paper jam', 'printer-state-reasons': ['media-jam-error', 'paused'] };

function printers(configured?: string, jobTimeoutMs = 60_000) {
  return cupsPrinterSystem({ server: `127.0.0.1:${port}`, configured, jobTimeoutMs, pollMs: 1 });
}

async function failure(p: Promise<unknown>): Promise<PrintJobError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PrintJobError);
  return err as PrintJobError;
}

describe('the CUPS printer layer over IPP', () => {
  it('lists printers with CUPS-Get-Printers and marks the one CUPS-Get-Default names', async () => {
    script = (r) => (r.code === OP.getDefault ? { printers: [{ 'printer-name': 'Epson_LQ' }] } : { printers: [epson, stopped] });
    expect(await printers().list()).toEqual([
      { name: 'Epson_LQ', kind: 'cups', isDefault: true, state: 'idle', message: null },
      { name: 'Old_HP', kind: 'cups', isDefault: false, state: 'stopped', message: 'Paper jam; media-jam-error; paused' },
    ]);
    expect(received.map((r) => r.code).sort()).toEqual([OP.getDefault, OP.getPrinters]);
    expect(received.find((r) => r.code === OP.getPrinters)!.attrs['requested-attributes']).toEqual(expect.arrayContaining(['printer-name', 'printer-state-message']));
  });

  it('a CUPS without printers lists none: its "not found" is no failure', async () => {
    script = () => ({ status: 'client-error-not-found', message: 'No destinations added.' });
    expect(await printers().list()).toEqual([]);
  });

  it('sends the PDF with Print-Job and waits on Get-Job-Attributes until the job completes', async () => {
    let polls = 0;
    script = (r) => {
      if (r.code === OP.getPrinter) return { printers: [epson] };
      if (r.code === OP.printJob) return { job: { 'job-id': 41, 'job-state': 'pending', 'job-state-reasons': 'none' } };
      polls++;
      return { job: { 'job-id': 41, 'job-state': polls < 3 ? 'processing' : 'completed', 'job-state-reasons': 'none' } };
    };
    const pdf = await samplePdf(['Marriage certificate J110101-2026-000001']);
    expect(await printers().print('Epson_LQ', pdf, '结婚证 J110101-2026-000001')).toEqual({ printer: 'Epson_LQ', jobId: '41', state: 'completed', detail: null });
    const job = received.find((r) => r.code === OP.printJob)!;
    expect(job.resource).toBe('/printers/Epson_LQ');
    expect(job.attrs).toMatchObject({ 'printer-uri': `ipp://127.0.0.1:${port}/printers/Epson_LQ`, 'job-name': '结婚证 J110101-2026-000001', 'document-format': 'application/pdf' });
    expect(job.attrs['requesting-user-name']).toBe(os.userInfo().username);
    expect(job.body.subarray(-pdf.length).equals(Buffer.from(pdf))).toBe(true);
    expect(received.filter((r) => r.code === OP.getJob).map((r) => r.attrs['job-id'])).toEqual([41, 41, 41]);
  });

  it('refuses a stopped printer with its own message before sending anything', async () => {
    script = () => ({ printers: [stopped] });
    const err = await failure(printers().print('Old_HP', new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'x'));
    expect(err).toMatchObject({ printer: 'Old_HP', reason: 'Paper jam; media-jam-error; paused' });
    expect(received.map((r) => r.code)).toEqual([OP.getPrinter]);
  });

  it('reports CUPS\'s own words when it refuses the job', async () => {
    script = (r) => (r.code === OP.getPrinter ? { printers: [epson] } : { status: 'server-error-not-accepting-jobs', message: 'Destination "Epson_LQ" is not accepting jobs.' });
    const err = await failure(printers().print('Epson_LQ', await samplePdf(['x']), 'x'));
    expect(err).toMatchObject({ printer: 'Epson_LQ', reason: 'Destination "Epson_LQ" is not accepting jobs.' });
  });

  it('a job the printer stops on is reported with the printer\'s reason and cancelled, so it cannot come out later', async () => {
    script = (r) => {
      if (r.code === OP.getPrinter) return { printers: [epson] };
      if (r.code === OP.cancelJob) return {};
      return { job: { 'job-id': 7, 'job-state': 'pending', 'job-state-reasons': 'printer-stopped', 'job-state-message': 'Printer cover open' } };
    };
    const err = await failure(printers().print('Epson_LQ', await samplePdf(['x']), 'x'));
    expect(err.reason).toBe('Printer cover open; printer-stopped');
    expect(received.find((r) => r.code === OP.cancelJob)?.attrs).toMatchObject({ 'job-id': 7 });
  });

  it('an aborted job fails with its reasons and is not cancelled again', async () => {
    script = (r) => {
      if (r.code === OP.getPrinter) return { printers: [epson] };
      if (r.code === OP.printJob) return { job: { 'job-id': 8, 'job-state': 'pending' } };
      return { job: { 'job-id': 8, 'job-state': 'aborted', 'job-state-reasons': 'aborted-by-system', 'job-state-message': 'Filter failed' } };
    };
    const err = await failure(printers().print('Epson_LQ', await samplePdf(['x']), 'x'));
    expect(err.reason).toBe('Filter failed; aborted-by-system');
    expect(received.some((r) => r.code === OP.cancelJob)).toBe(false);
  });

  it('a job not done in time is cancelled and reported with where it stood', async () => {
    script = (r) => {
      if (r.code === OP.getPrinter) return { printers: [epson] };
      if (r.code === OP.cancelJob) return {};
      return { job: { 'job-id': 9, 'job-state': 'processing', 'job-state-message': 'Warming up' } };
    };
    const err = await failure(printers(undefined, 0).print('Epson_LQ', await samplePdf(['x']), 'x'));
    expect(err.reason).toBe('0 秒内未打印完成，已取消：Warming up');
    expect(received.find((r) => r.code === OP.cancelJob)?.attrs).toMatchObject({ 'job-id': 9 });
  });

  it('a job naming no printer goes to HALL_PRINTER, else to the CUPS default, else fails saying there is none', async () => {
    script = (r) => {
      if (r.code === OP.getDefault) return { status: 'client-error-not-found', message: 'No default printer.' };
      if (r.code === OP.getPrinter) return { printers: [epson] };
      return { job: { 'job-id': 5, 'job-state': 'completed' } };
    };
    expect((await printers('Epson_LQ').print(null, await samplePdf(['x']), 'x')).printer).toBe('Epson_LQ');
    expect(received.some((r) => r.code === OP.getDefault)).toBe(false);
    const err = await failure(printers().print(null, await samplePdf(['x']), 'x'));
    expect(err).toMatchObject({ printer: '', reason: `CUPS 127.0.0.1:${port} 没有默认打印机` });
  });

  it('a CUPS that is not running is reported with the connection error', async () => {
    const dead = await freePort();
    const err = await failure(cupsPrinterSystem({ server: `127.0.0.1:${dead}`, configured: undefined }).print('Epson_LQ', await samplePdf(['x']), 'x'));
    expect(err.reason).toMatch(new RegExp(`CUPS 127\\.0\\.0\\.1:${dead} 无法连接：.*ECONNREFUSED`));
    await expect(cupsPrinterSystem({ server: `127.0.0.1:${dead}`, configured: undefined }).list()).rejects.toBeInstanceOf(PrintJobError);
  });

  it('reaches CUPS through its local socket when CUPS_SERVER names one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-cups-sock-'));
    const socket = path.join(dir, 'cups.sock');
    const local = fakeCups();
    await listen(local, socket);
    try {
      script = () => ({ printers: [epson] });
      expect((await cupsPrinterSystem({ server: socket, configured: undefined }).list()).map((p) => p.name)).toEqual(['Epson_LQ']);
    } finally {
      local.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
