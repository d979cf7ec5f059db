import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as PdfToPrinter from 'pdf-to-printer';
import { safeTitle } from './pdf-file-name';
import { PrintJobError, type PrinterInfo, type PrinterSystem } from './types';

type PdfToPrinterApi = typeof PdfToPrinter;

/** Loaded on Windows only: the package carries a SumatraPDF executable that nothing else needs. */
async function pdfToPrinter(): Promise<PdfToPrinterApi> {
  // A CommonJS bundle: Node's import gives its exports as `default`, a bundler may give them directly.
  const mod = (await import('pdf-to-printer')) as PdfToPrinterApi & { default?: PdfToPrinterApi };
  return mod.default ?? mod;
}

/**
 * Windows printers through pdf-to-printer (SumatraPDF prints a temp file silently). The spooler
 * reports no job id or state back through it, so a job is `completed` once it is handed over.
 */
export function windowsPrinterSystem(configured: string | undefined): PrinterSystem {
  return {
    async list(): Promise<PrinterInfo[]> {
      try {
        const lib = await pdfToPrinter();
        const [printers, def] = await Promise.all([lib.getPrinters(), lib.getDefaultPrinter()]);
        return printers.map((p) => ({ name: p.name, kind: 'windows' as const, isDefault: p.name === def?.name, state: 'unknown' as const, message: null }));
      } catch (err) {
        throw new PrintJobError('', err instanceof Error ? err.message : String(err));
      }
    },
    async print(requested, pdf, title) {
      const printer = requested ?? configured ?? null;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-print-'));
      // SumatraPDF shows the file name as the job name in the Windows queue.
      const file = path.join(dir, `${safeTitle(title)}.pdf`);
      try {
        fs.writeFileSync(file, pdf);
        const lib = await pdfToPrinter();
        await lib.print(file, { ...(printer !== null ? { printer } : {}), silent: true });
        return { printer: printer ?? '', jobId: '', state: 'completed' as const, detail: null };
      } catch (err) {
        throw new PrintJobError(printer ?? '', err instanceof Error ? err.message : String(err));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
