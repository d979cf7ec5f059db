import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPrinterSystem, PrintJobError } from '../../main/devices/printing/printers';
import { tempDataDir } from '../helpers/host';
import { samplePdf } from '../helpers/sample-pdf';

const at = new Date(2026, 4, 20, 9, 30, 15, 7).getTime();

describe('HALL_PRINTER=pdf:DIR, the printer that writes PDF files', () => {
  it('is the one printer listed, named as configured, whatever the OS', async () => {
    const dir = path.join(tempDataDir('hall-pdf-'), 'out');
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(await openPrinterSystem({ configured: `pdf:${dir}`, platform }).list()).toEqual([
        { name: `pdf:${dir}`, kind: 'pdf-folder', isDefault: true, state: 'idle', message: null },
      ]);
    }
  });

  it('writes each job to DIR/<yyyyMMdd-HHmmss-SSS>-<title>.pdf, making the folder, byte for byte', async () => {
    const dir = path.join(tempDataDir('hall-pdf-'), 'printed', 'today');
    const printers = openPrinterSystem({ configured: `pdf:${dir}`, now: () => at });
    const pdf = await samplePdf(['Certificate J110101-2026-000007']);
    const job = await printers.print(null, pdf, '结婚证 J110101-2026-000007');
    const file = path.join(dir, '20260520-093015-007-结婚证 J110101-2026-000007.pdf');
    expect(job).toEqual({ printer: `pdf:${dir}`, jobId: path.basename(file), state: 'written', detail: file });
    expect(fs.readFileSync(file).equals(Buffer.from(pdf))).toBe(true);
  });

  it('never overwrites: a second job with the same title in the same millisecond gets its own file', async () => {
    const dir = tempDataDir('hall-pdf-');
    const printers = openPrinterSystem({ configured: `pdf:${dir}`, now: () => at });
    const first = await printers.print(`pdf:${dir}`, await samplePdf(['first']), 'form');
    const second = await printers.print(null, await samplePdf(['second']), 'form');
    expect([first.jobId, second.jobId]).toEqual(['20260520-093015-007-form.pdf', '20260520-093015-007-form-2.pdf']);
    expect(fs.readdirSync(dir).sort()).toEqual([first.jobId, second.jobId].sort());
    expect(fs.readFileSync(first.detail!).equals(fs.readFileSync(second.detail!))).toBe(false);
  });

  it('refuses a printer it does not have, and says why it cannot write', async () => {
    const root = tempDataDir('hall-pdf-');
    const printers = openPrinterSystem({ configured: `pdf:${root}` });
    await expect(printers.print('Epson_LQ', await samplePdf(['x']), 'x')).rejects.toMatchObject({ printer: 'Epson_LQ', reason: `本机没有这台打印机，只有 pdf:${root}` });
    // A file where the folder should be: the OS's own error comes back.
    const blocked = path.join(root, 'not-a-folder');
    fs.writeFileSync(blocked, 'x');
    const err = await openPrinterSystem({ configured: `pdf:${blocked}` }).print(null, await samplePdf(['x']), 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrintJobError);
    expect((err as PrintJobError).reason).toMatch(/EEXIST|ENOTDIR/);
    expect(fs.readFileSync(blocked, 'utf8')).toBe('x');
  });

  it('wants a folder after pdf:', () => {
    expect(() => openPrinterSystem({ configured: 'pdf:' })).toThrow('HALL_PRINTER=pdf: 之后须写上保存 PDF 的目录');
  });
});
