import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPrinterSystem, PrintJobError } from '../../main/devices/printing/printers';
import { samplePdf } from '../helpers/sample-pdf';
import { NO_CALIBRATION } from '../../main/contract/printing';
import { loadPrintFont } from '../../main/devices/printing/font';
import { renderDocument } from '../../main/devices/printing/render';
import { loadTemplates } from '../../main/devices/printing/templates';

/**
 * The real print path: the app's printer layer → cupsd over IPP → the cups-pdf backend → a PDF file.
 * scripts/cups-pdf-setup.sh starts cupsd and adds the queues; .ci/run runs it and sets CI_REQUIRE_CUPS,
 * so CI fails here rather than skipping when CUPS is missing.
 */
const INSTANCE_CONF = '/etc/cups/cups-pdf-HallPDF.conf';
const QUEUES = ['HallPDF', 'HallPDFStopped', 'HallPDFBroken'];
const printers = openPrinterSystem({ configured: undefined, platform: 'linux' });
const reachable = await printers.list().then(() => true, () => false);
const required = Boolean(process.env.CI_REQUIRE_CUPS);

/** Where cups-pdf writes the HallPDF queue's jobs, as the set-up script configured it. */
function outputFolder(): string {
  const out = /^Out\s+(.+)$/m.exec(fs.readFileSync(INSTANCE_CONF, 'utf8'))?.[1];
  if (!out) throw new Error(`${INSTANCE_CONF} names no Out folder: run scripts/cups-pdf-setup.sh`);
  return out.trim();
}

/** cups-pdf names a file after the job's title and labels it with the CUPS job id (Label 1; this build puts it last). */
function writtenBy(jobId: string, title: string): string | null {
  const labelled = (f: string) => f.endsWith(`-job_${jobId}.pdf`) || f.startsWith(`job_${jobId}-`);
  const name = fs.readdirSync(outputFolder()).find((f) => labelled(f) && f.includes(title));
  return name ? path.join(outputFolder(), name) : null;
}

async function failure(p: Promise<unknown>): Promise<PrintJobError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PrintJobError);
  return err as PrintJobError;
}

describe.skipIf(!reachable && !required)('printing through CUPS to the cups-pdf printer', () => {
  const stopReason = `Paper jam in tray 2 (${randomUUID().slice(0, 8)})`;

  beforeAll(() => {
    expect(reachable, 'cupsd does not answer: run scripts/cups-pdf-setup.sh').toBe(true);
    execFileSync('cupsdisable', ['-r', stopReason, 'HallPDFStopped']);
  });
  afterAll(() => {
    if (reachable) execFileSync('cupsenable', ['HallPDFStopped']);
  });

  it('lists the set-up queues with their state and the stopped one\'s reason', async () => {
    const list = await printers.list();
    expect(list.map((p) => p.name), 'run scripts/cups-pdf-setup.sh').toEqual(expect.arrayContaining(QUEUES));
    expect(list.find((p) => p.name === 'HallPDF')).toMatchObject({ kind: 'cups', state: 'idle' });
    expect(list.find((p) => p.name === 'HallPDFStopped')).toMatchObject({ state: 'stopped', message: `${stopReason}; paused` });
  });

  it('prints a certificate that cups-pdf writes out with the same text', async () => {
    const title = `hall-print-${randomUUID().slice(0, 8)}`;
    const number = `J110101-2026-${String(Date.now()).slice(-6)}`;
    const values = {
      holder: '欧阳娜娜', registrationDate: '2026年05月20日', certificateNumber: number, remarks: '',
      p1Name: '司马相如', p1Sex: '男', p1Nationality: '中国', p1BirthDate: '1995年03月15日', p1IdNumber: '110105199503150011',
      p2Name: '欧阳娜娜', p2Sex: '女', p2Nationality: '中国', p2BirthDate: '1997年08月02日', p2IdNumber: '110105199708020026',
    };
    const rendered = await renderDocument({
      template: loadTemplates([path.resolve('resources/templates')]).get('marriage-certificate')!, values, font: loadPrintFont({ file: null, index: 0 }),
      correction: NO_CALIBRATION, background: false, photo: null, qr: null, title, at: new Date(),
    });
    if (!rendered.ok) throw new Error(JSON.stringify(rendered.violations));
    const lines = Object.values(values).filter((v) => v !== '');
    const job = await printers.print('HallPDF', rendered.pdf, title);
    expect(job).toMatchObject({ printer: 'HallPDF', state: 'completed' });
    expect(job.jobId).toMatch(/^\d+$/);
    // CUPS reports the job completed once the backend has exited, so its file is there.
    await expect.poll(() => writtenBy(job.jobId, title), { timeout: 10_000 }).not.toBeNull();
    const file = writtenBy(job.jobId, title)!;
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const line of lines) expect(text).toContain(line);
    expect(text).not.toContain('持证人'); // only the fields: the booklet's own print stays the booklet's
    fs.rmSync(file);
  });

  it('prints to the HALL_PRINTER queue when the job names no printer', async () => {
    const title = `hall-default-${randomUUID().slice(0, 8)}`;
    const job = await openPrinterSystem({ configured: 'HallPDF', platform: 'linux' }).print(null, await samplePdf(['Default queue']), title);
    expect(job).toMatchObject({ printer: 'HallPDF', state: 'completed' });
    await expect.poll(() => writtenBy(job.jobId, title), { timeout: 10_000 }).not.toBeNull();
    fs.rmSync(writtenBy(job.jobId, title)!);
  });

  it('a printer CUPS does not have fails with CUPS\'s own words', async () => {
    const err = await failure(printers.print('HallNoSuchPrinter', await samplePdf(['x']), 'x'));
    expect(err.printer).toBe('HallNoSuchPrinter');
    expect(err.reason).toMatch(/打印机或类不存在|does not exist/);
  });

  it('a stopped printer fails with the reason it was stopped with, and no job is left to come out later', async () => {
    const err = await failure(printers.print('HallPDFStopped', await samplePdf(['x']), 'x'));
    expect(err).toMatchObject({ printer: 'HallPDFStopped', reason: `${stopReason}; paused` });
    expect(execFileSync('lpstat', ['-o', 'HallPDFStopped'], { encoding: 'utf8' })).toBe('');
  });

  it('a job the backend gives up on fails with the state CUPS left it in', async () => {
    const err = await failure(printers.print('HallPDFBroken', await samplePdf(['x']), 'x'));
    expect(err.printer).toBe('HallPDFBroken');
    expect(err.reason).toMatch(/canceled|aborted/);
  });
});
